package cloud.olympus.server.workforce;

import java.time.LocalTime;
import java.util.UUID;

/** A shift pattern (morning bar from 07:00 to 15:00, say); one ending at or before its start ends the next day. */
public record ShiftTemplate(UUID id, String name, UUID locationId, String staffRole, LocalTime startTime, LocalTime endTime,
                            int breakMinutes) {
}
