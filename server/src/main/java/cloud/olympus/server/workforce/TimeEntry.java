package cloud.olympus.server.workforce;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Worked time as the clock saw it, from clock-in to clock-out (null while open), with its breaks;
 * {@code approvedAt} and {@code approvedBy} once a manager approved it (then it is not corrected
 * until the approval is withdrawn).
 */
public record TimeEntry(UUID id, UUID staffId, UUID locationId, UUID shiftId, Instant clockIn, Instant clockOut,
                        List<Break> breaks, boolean corrected, String source, UUID deviceId, Instant approvedAt,
                        UUID approvedBy) {

    /** An entry nobody approved yet. */
    public TimeEntry(UUID id, UUID staffId, UUID locationId, UUID shiftId, Instant clockIn, Instant clockOut,
                     List<Break> breaks, boolean corrected, String source, UUID deviceId) {
        this(id, staffId, locationId, shiftId, clockIn, clockOut, breaks, corrected, source, deviceId, null, null);
    }

    public boolean approved() {
        return approvedAt != null;
    }

    /** A pause within an entry; {@code endedAt} null while it lasts. */
    public record Break(Instant startedAt, Instant endedAt) {
    }

    public boolean isOpen() {
        return clockOut == null;
    }

    public boolean onBreak() {
        return breaks.stream().anyMatch(b -> b.endedAt() == null);
    }

    /** Minutes of breaks, counting a running one up to {@code now}. */
    public long breakMinutes(Instant now) {
        return breaks.stream().mapToLong(b -> minutes(b.startedAt(), b.endedAt() == null ? end(now) : b.endedAt())).sum();
    }

    /** Minutes worked: from clock-in to clock-out (or {@code now}) less breaks. */
    public long workedMinutes(Instant now) {
        return Math.max(0, minutes(clockIn, end(now)) - breakMinutes(now));
    }

    private Instant end(Instant now) {
        return clockOut == null ? now : clockOut;
    }

    private static long minutes(Instant from, Instant to) {
        return to.isBefore(from) ? 0 : Duration.between(from, to).toMinutes();
    }
}
