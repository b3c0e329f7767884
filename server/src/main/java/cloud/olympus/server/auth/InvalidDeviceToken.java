package cloud.olympus.server.auth;

import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.domain.ErrorKind;

/** A device token that is missing, unknown or revoked: this is not a registered terminal (any more). */
public class InvalidDeviceToken extends DomainException {

    public InvalidDeviceToken() {
        super(ErrorKind.INVALID_TOKEN, "This terminal is not registered (or no longer); a manager registers it again");
    }
}
