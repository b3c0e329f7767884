package cloud.olympus.server.auth;

import cloud.olympus.server.shared.domain.NotFound;

/** No such user in this business. */
public class UserNotFound extends NotFound {

    public UserNotFound() {
        super("User");
    }
}
