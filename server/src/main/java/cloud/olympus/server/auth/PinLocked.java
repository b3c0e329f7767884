package cloud.olympus.server.auth;

import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.domain.ErrorKind;

/** A PIN locked after too many wrong tries in a row; a manager unlocks it. */
public class PinLocked extends DomainException {

    public PinLocked() {
        super(ErrorKind.PIN_LOCKED, "This PIN is locked after too many wrong tries; a manager can unlock it");
    }
}
