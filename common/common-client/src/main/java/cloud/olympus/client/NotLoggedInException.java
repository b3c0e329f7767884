package cloud.olympus.client;

/** A call that needs a session was made before logging in (or after logging out). */
public class NotLoggedInException extends IllegalStateException {

    public NotLoggedInException() {
        super("not logged in");
    }

    protected NotLoggedInException(String message) {
        super(message);
    }
}
