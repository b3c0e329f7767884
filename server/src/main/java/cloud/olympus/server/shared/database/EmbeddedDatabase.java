package cloud.olympus.server.shared.database;

import cloud.olympus.server.shared.files.SecretFile;
import cloud.olympus.server.shared.files.SecretFile.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the server brings along, in {@code <data-dir>/pgdata}:
 * <ul>
 *   <li>durable: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on, so an
 *       answered commit survives a power cut (test databases may switch this off, explicitly);</li>
 *   <li>private: the superuser's password is a random secret kept in the data folder, which only
 *       its owner can enter;</li>
 *   <li>restartable: a PostgreSQL left running by a server that was killed is stopped first, and a
 *       folder in use by a live server is refused with a clear message.</li>
 * </ul>
 */
final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{20,200}");
    /** Crash recovery after a power cut replays the write-ahead log before PostgreSQL takes logins. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

    private final DataFolderLock lock;
    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(DataFolderLock lock, EmbeddedPostgres postgres, String password) {
        this.lock = lock;
        this.postgres = postgres;
        this.password = password;
    }

    static EmbeddedDatabase start(Path dataDir, boolean durable, int port) throws IOException {
        SecretFile.privateFolder(dataDir);
        DataFolderLock lock = DataFolderLock.take(dataDir);
        try {
            Path pgData = dataDir.resolve("pgdata");
            LeftoverPostgres.stop(pgData);
            Secret secret = SecretFile.readOrCreate(dataDir.resolve("database.secret"));
            if (!SECRET.matcher(secret.value()).matches()) {
                throw new DatabaseUnavailable(dataDir.resolve("database.secret") + " is damaged.",
                        "Restore it from a backup of the data folder.");
            }
            String sync = durable ? "on" : "off";
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    // Spring stops PostgreSQL after the pools have closed; the library's own hook would race them.
                    .setRegisterShutdownHook(false)
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPgBinaryResolver(PostgresBinaries.INSTANCE)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("fsync", sync)
                    .setServerConfig("synchronous_commit", sync)
                    .setServerConfig("full_page_writes", sync)
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    .setConnectConfig("password", secret.value())
                    .setDataDirectoryCustomizer(folder -> PrivateAccess.apply(folder.toPath(), secret, PostgresBinaries.INSTANCE));
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {} ({}, {} ms)", postgres.getPort(), pgData,
                    durable ? "durable" : "NOT durable: fsync and synchronous commit off",
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedDatabase(lock, postgres, secret.value());
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The superuser login: owner of the schema, used for migrations only. */
    OwnerLogin ownerLogin() {
        return new OwnerLogin("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", password);
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.close();
        }
    }
}
