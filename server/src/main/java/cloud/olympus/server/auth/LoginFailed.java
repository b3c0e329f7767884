package cloud.olympus.server.auth;

import java.time.Instant;
import java.util.UUID;

/**
 * A login was refused. {@code tenantId} is null when the slug named no tenant; the reason is
 * for the audit trail only, the caller is always told the same thing.
 */
public record LoginFailed(UUID tenantId, String tenantSlug, String email, String clientAddress, Reason reason, Instant at) {

    public enum Reason { UNKNOWN_TENANT, UNKNOWN_USER, WRONG_PASSWORD, RATE_LIMITED }
}
