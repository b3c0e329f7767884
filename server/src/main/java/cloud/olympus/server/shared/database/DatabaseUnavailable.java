package cloud.olympus.server.shared.database;

/**
 * The server cannot get at its database for a reason a person has to fix (the data folder is in
 * use, a PostgreSQL will not stop). Start-up ends with this message alone, not a stack trace.
 */
public class DatabaseUnavailable extends IllegalStateException {

    private final String action;

    DatabaseUnavailable(String description, String action) {
        super(description);
        this.action = action;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }
}
