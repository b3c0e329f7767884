package cloud.olympus.client.api;

import java.util.UUID;

/** Someone who may switch in with a PIN on a registered terminal, and whether their PIN is locked. */
public record PinHolder(UUID userId, String displayName, boolean locked) {
}
