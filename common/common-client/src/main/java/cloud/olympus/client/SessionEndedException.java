package cloud.olympus.client;

/**
 * The server ended this session (logout elsewhere, a new password or roles, a removed user, a
 * refresh token used twice): the person has to log in again. Nothing kept on the till is lost;
 * it waits for that login.
 */
public class SessionEndedException extends NotLoggedInException {

    public SessionEndedException() {
        super("the session has ended; log in again");
    }
}
