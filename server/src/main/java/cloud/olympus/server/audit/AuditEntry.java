package cloud.olympus.server.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail. {@code actorId} is null when nobody known acted (a refused login),
 * {@code deviceId} when the action came from no known device. {@code before}, {@code after} and
 * {@code details} are JSON objects as text; before and after are null when they do not apply.
 */
public record AuditEntry(UUID id, Instant occurredAt, UUID actorId, UUID deviceId, String action, String subjectType,
                         UUID subjectId, String before, String after, String details) {
}
