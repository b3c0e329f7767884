package cloud.olympus.server.shared.domain;

/** The request contradicts what is already recorded. */
public class Conflict extends DomainException {

    public Conflict(String message) {
        super(ErrorKind.CONFLICT, message);
    }

    protected Conflict(ErrorKind kind, String message) {
        super(kind, message);
    }
}
