package cloud.olympus.server.workforce;

import cloud.olympus.model.auth.Permission;
import java.util.Set;

/** A job people do at a business (server, bartender, stylist...), with what it adds to their access roles. */
public record StaffRole(String code, String name, Set<Permission> permissions) {
}
