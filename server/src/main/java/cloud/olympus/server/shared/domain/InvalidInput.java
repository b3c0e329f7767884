package cloud.olympus.server.shared.domain;

/** A value is missing, out of bounds or makes no sense; name the field with {@link #field}. */
public class InvalidInput extends DomainException {

    public InvalidInput(String message) {
        super(ErrorKind.INVALID, message);
    }

    protected InvalidInput(ErrorKind kind, String message) {
        super(kind, message);
    }
}
