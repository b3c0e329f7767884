package cloud.olympus.server.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which entries to list: each part that is not null narrows the list. {@code from} is inclusive,
 * {@code to} exclusive.
 */
public record AuditFilter(String action, UUID actorId, String subjectType, UUID subjectId, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
