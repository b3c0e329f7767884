package cloud.olympus.server.shared.domain;

/** The caller may not do this, whatever the request says. */
public class NotAllowed extends DomainException {

    public NotAllowed(String message) {
        super(ErrorKind.NOT_ALLOWED, message);
    }

    protected NotAllowed(ErrorKind kind, String message) {
        super(kind, message);
    }
}
