package cloud.olympus.server.shared.database;

import cloud.olympus.server.shared.files.SecretFile;
import cloud.olympus.server.shared.files.SecretFile.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
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

    /** How long closing waits for a start under way: well within the 60 s systemd gives a stop. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(20);

    private final DataFolderLock lock;
    private final CompletableFuture<Started> started;
    private final Path pgData;
    private final Duration closeWait;
    private volatile boolean closed;

    EmbeddedDatabase(DataFolderLock lock, CompletableFuture<Started> started, Path pgData, Duration closeWait) {
        this.lock = lock;
        this.started = started;
        this.pgData = pgData;
        this.closeWait = closeWait;
        // A start that ends after closing gave up on it stops again at once.
        started.whenComplete((postgres, failed) -> {
            if (postgres != null && closed) {
                stopQuietly(postgres);
            }
        });
    }

    /** Takes the data folder and starts PostgreSQL on it; returns once it takes logins. */
    static EmbeddedDatabase start(Path dataDir, boolean durable, int port) throws IOException {
        EmbeddedDatabase database = begin(dataDir, durable, port, PostgresBinaries.DEFAULT_FOLDER);
        try {
            database.awaitStarted();
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * Takes the data folder now (a folder in use fails here, at once) and starts PostgreSQL on a
     * thread of its own, so the server builds the rest of its context meanwhile. {@link #ownerLogin()}
     * waits for it, and fails the way the start failed.
     */
    static EmbeddedDatabase begin(Path dataDir, boolean durable, int port, Path binariesDir) throws IOException {
        SecretFile.privateFolder(dataDir);
        DataFolderLock lock = DataFolderLock.take(dataDir);
        CompletableFuture<Started> started = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                started.complete(startPostgres(dataDir, durable, port, PostgresBinaries.in(binariesDir)));
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
        return new EmbeddedDatabase(lock, started, dataDir.resolve("pgdata"), CLOSE_WAIT);
    }

    private static Started startPostgres(Path dataDir, boolean durable, int port, PostgresBinaries binaries)
            throws IOException {
        Path pgData = dataDir.resolve("pgdata");
        LeftoverPostgres.stop(pgData);
        Secret secret = SecretFile.readOrCreate(dataDir.resolve("database.secret"));
        if (!SECRET.matcher(secret.value()).matches()) {
            throw new DatabaseUnavailable(dataDir.resolve("database.secret") + " is damaged.",
                    "Restore it from a backup of the data folder.");
        }
        String sync = durable ? "on" : "off";
        long begun = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // Spring stops PostgreSQL after the pools have closed; the library's own hook would race them.
                .setRegisterShutdownHook(false)
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPgBinaryResolver(binaries)
                .setOverrideWorkingDirectory(binaries.workingDirectory().toFile())
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("fsync", sync)
                .setServerConfig("synchronous_commit", sync)
                .setServerConfig("full_page_writes", sync)
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "")
                .setConnectConfig("password", secret.value())
                .setDataDirectoryCustomizer(folder -> PrivateAccess.apply(folder.toPath(), secret, binaries));
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        binaries.keepForNextStart();
        log.info("Embedded PostgreSQL on port {} with data in {} ({}, {} ms)", postgres.getPort(), pgData,
                durable ? "durable" : "NOT durable: fsync and synchronous commit off",
                (System.nanoTime() - begun) / 1_000_000);
        return new Started(postgres, secret.value());
    }

    /** Waits for PostgreSQL to take logins; throws what stopped its start. */
    private Started awaitStarted() throws IOException {
        try {
            return started.join();
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException("The embedded PostgreSQL did not start", cause);
        }
    }

    /** The superuser login: owner of the schema, used for migrations only. Waits for PostgreSQL. */
    OwnerLogin ownerLogin() throws IOException {
        Started postgres = awaitStarted();
        return new OwnerLogin("jdbc:postgresql://localhost:" + postgres.postgres().getPort() + "/postgres", "postgres",
                postgres.password());
    }

    /**
     * Stops PostgreSQL. A start still under way (crash recovery, say) is waited for a while, then
     * the half-started PostgreSQL is stopped as a leftover one would be.
     */
    @Override
    public void close() throws IOException {
        closed = true;
        try {
            Started postgres = started.handle((done, failed) -> done)
                    .completeOnTimeout(null, closeWait.toMillis(), TimeUnit.MILLISECONDS).join();
            if (postgres != null) {
                postgres.postgres().close();
            } else if (!started.isDone()) {
                log.warn("The embedded PostgreSQL did not finish starting within {} s; stopping it", closeWait.toSeconds());
                LeftoverPostgres.stop(pgData);
            }
        } finally {
            lock.close();
        }
    }

    private static void stopQuietly(Started postgres) {
        try {
            postgres.postgres().close();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not stop the embedded PostgreSQL that finished starting after the server stopped", e);
        }
    }

    private record Started(EmbeddedPostgres postgres, String password) {
    }
}
