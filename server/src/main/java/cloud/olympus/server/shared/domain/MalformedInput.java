package cloud.olympus.server.shared.domain;

/** Input that cannot be read at all. */
public class MalformedInput extends DomainException {

    public MalformedInput(String message) {
        super(ErrorKind.MALFORMED, message);
    }

    protected MalformedInput(ErrorKind kind, String message) {
        super(kind, message);
    }
}
