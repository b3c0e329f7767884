package cloud.olympus.client.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Someone at work now: who (name, staff role), since when, their planned shift if they clocked in
 * for one, their breaks, and the minutes worked so far.
 */
public record ShiftEntry(UUID staffId, String name, String staffRole, Instant clockIn, Instant shiftStarts, Instant shiftEnds,
                         List<Break> breaks, long workedMinutes, long breakMinutes) {

    public ShiftEntry {
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
    }

    /** Whether they are on a break now. */
    public boolean onBreak() {
        return breaks.stream().anyMatch(b -> b.endedAt() == null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Break(Instant startedAt, Instant endedAt) {
    }
}
