package cloud.olympus.server.auth;

import java.time.Instant;
import java.util.UUID;

/**
 * A user logged in successfully: with their password ({@link #PASSWORD}), or with their PIN on the
 * registered terminal {@code deviceId} ({@link #PIN}); {@code deviceId} is null for any other login.
 */
public record UserLoggedIn(UUID tenantId, UUID userId, String clientAddress, Instant at, UUID deviceId, String method) {

    public static final String PASSWORD = "password";
    public static final String PIN = "pin";

    public UserLoggedIn(UUID tenantId, UUID userId, String clientAddress, Instant at) {
        this(tenantId, userId, clientAddress, at, null, PASSWORD);
    }
}
