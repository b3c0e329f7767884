package cloud.olympus.server.workforce;

import java.time.Instant;
import java.util.UUID;

/** A planned stretch of work at a place; without a person ({@code staffId} null) it is open for anyone with its job. */
public record Shift(UUID id, UUID locationId, UUID staffId, String staffRole, Instant startsAt, Instant endsAt, int breakMinutes,
                    UUID templateId, String note) {

    public boolean isOpen() {
        return staffId == null;
    }
}
