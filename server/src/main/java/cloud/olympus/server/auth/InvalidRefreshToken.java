package cloud.olympus.server.auth;

import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.domain.ErrorKind;

/** A refresh token that is unknown, spent, expired or revoked. */
public class InvalidRefreshToken extends DomainException {

    public InvalidRefreshToken(String message) {
        super(ErrorKind.INVALID_TOKEN, message);
    }
}
