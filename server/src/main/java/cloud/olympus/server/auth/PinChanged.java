package cloud.olympus.server.auth;

import java.time.Instant;
import java.util.UUID;

/**
 * Something happened to a person's PIN: they set it, an admin removed it, it locked after too many
 * wrong tries (on the terminal {@code deviceId}; no actor), or a manager unlocked it.
 */
public record PinChanged(UUID tenantId, UUID userId, Change change, UUID actorId, UUID deviceId, Instant at) {

    public enum Change { SET, REMOVED, LOCKED, UNLOCKED }
}
