package cloud.olympus.server.auth;

import cloud.olympus.model.auth.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A device paired through its pairing code (a watch) whose session is still open: {@code id} names
 * its pairing request; who approved it (the session is theirs), with their roles; the device's own
 * description ({@code userAgent}); when it collected its session, and when it last refreshed it.
 */
public record PairedDevice(UUID id, UUID userId, String userName, Set<Role> roles, String userAgent, Instant pairedAt,
                           Instant lastUsedAt) {

    public PairedDevice {
        roles = Set.copyOf(roles);
    }
}
