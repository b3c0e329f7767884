package cloud.olympus.server.shared.database;

import java.nio.file.Path;

/**
 * An embedded database in a process of its own, as a server runs it, for tests that kill that
 * process without warning. Prints {@code ready <port>} once the database takes logins.
 */
public final class EmbeddedDatabaseProcess {

    private EmbeddedDatabaseProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), true, 0);
        System.out.println("ready " + database.ownerLogin().url());
        System.out.flush();
        Thread.currentThread().join();
    }
}
