package cloud.olympus.server.auth;

import cloud.olympus.model.auth.Role;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A partial update of a user; empty fields stay as they are. */
public record UserChanges(Optional<String> phone, Optional<String> displayName, Optional<Set<Role>> roles,
                          Optional<String> password, Optional<Map<String, Object>> metadata) {
}
