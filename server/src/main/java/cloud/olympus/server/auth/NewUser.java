package cloud.olympus.server.auth;

import cloud.olympus.model.auth.Role;
import java.util.Map;
import java.util.Set;

/** What it takes to add a user to the current tenant. */
public record NewUser(String email, String password, String phone, String displayName, Set<Role> roles,
                      Map<String, Object> metadata) {

    public NewUser {
        roles = Set.copyOf(roles);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
