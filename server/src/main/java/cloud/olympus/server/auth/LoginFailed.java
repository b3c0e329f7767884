package cloud.olympus.server.auth;

import java.time.Instant;
import java.util.UUID;

/**
 * A login was refused. {@code tenantId} is null when the slug named no tenant; the reason is
 * for the audit trail only, the caller is always told the same thing. A PIN refused on a
 * registered terminal names the terminal ({@code deviceId}) and the user it was tried for
 * ({@code userId}, when that user exists); both are null for a password login.
 */
public record LoginFailed(UUID tenantId, String tenantSlug, String email, String clientAddress, Reason reason, Instant at,
                          UUID deviceId, UUID userId) {

    public enum Reason { UNKNOWN_TENANT, UNKNOWN_USER, WRONG_PASSWORD, RATE_LIMITED, WRONG_PIN, NO_PIN, PIN_LOCKED }

    public LoginFailed(UUID tenantId, String tenantSlug, String email, String clientAddress, Reason reason, Instant at) {
        this(tenantId, tenantSlug, email, clientAddress, reason, at, null, null);
    }
}
