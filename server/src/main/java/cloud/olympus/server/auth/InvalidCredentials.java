package cloud.olympus.server.auth;

import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.domain.ErrorKind;

/** A login whose tenant, email or password is not right; which of them is never said. */
public class InvalidCredentials extends DomainException {

    public InvalidCredentials(String message) {
        super(ErrorKind.INVALID_CREDENTIALS, message);
    }
}
