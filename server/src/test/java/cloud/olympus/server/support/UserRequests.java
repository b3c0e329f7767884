package cloud.olympus.server.support;

import cloud.olympus.server.auth.web.UserController.CreateUserRequest;
import cloud.olympus.server.auth.web.UserController.UpdateUserRequest;
import java.util.List;

/** Bodies for the users API, built from its own request records with only what a test names. */
public final class UserRequests {

    private UserRequests() {
    }

    /** A new user with the tests' password and these roles. */
    public static CreateUserRequest user(String email, String... roles) {
        return new CreateUserRequest(email, TestTenants.PASSWORD, List.of(roles), null, null, null);
    }

    /** New roles for a user, nothing else changed. */
    public static UpdateUserRequest newRoles(String... roles) {
        return new UpdateUserRequest(null, List.of(roles), null, null, null);
    }

    /** A new name for a user, nothing else changed. */
    public static UpdateUserRequest newDisplayName(String displayName) {
        return new UpdateUserRequest(null, null, null, displayName, null);
    }

    /** A new password for a user, nothing else changed. */
    public static UpdateUserRequest newPassword(String password) {
        return new UpdateUserRequest(password, null, null, null, null);
    }
}
