package cloud.olympus.server.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL as a server starts it: durable, closed to everyone without the data
 * folder's secret, and able to start again after the server was killed.
 */
class EmbeddedDatabaseTests {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path folder;

    @Test
    void commitsWaitForTheDisk() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, true, 0)) {
            JdbcClient owner = JdbcClient.create(dataSource(database.ownerLogin()));
            Map<String, String> settings = owner.sql("""
                            SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes')
                            """)
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(settings).containsExactlyInAnyOrderEntriesOf(
                    Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
        }
    }

    @Test
    void onlyWhoKnowsTheDataFoldersSecretGetsIn() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, true, 0)) {
            OwnerLogin login = database.ownerLogin();
            assertThat(login.password()).isEqualTo(Files.readString(folder.resolve("database.secret")).trim());
            assertThatThrownBy(() -> connect(login.url(), "postgres", null)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(login.url(), "postgres", "postgres")).isInstanceOf(SQLException.class);
            connect(login.url(), "postgres", login.password()).close();

            String access = Files.readString(folder.resolve("pgdata/pg_hba.conf"));
            assertThat(access).doesNotContain("trust").contains("scram-sha-256");
            assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(folder.resolve("database.secret")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aFolderThatTrustedEveryLocalUserIsClosedOnTheNextStart() throws Exception {
        Path pgData = folder.resolve("pgdata");
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setDataDirectory(pgData)
                .setCleanDataDirectory(false).start()) {
            JdbcClient.create(earlier.getPostgresDatabase()).sql("CREATE TABLE kept (note text)").update();
        }
        assertThat(Files.readString(pgData.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, true, 0)) {
            OwnerLogin login = database.ownerLogin();
            assertThatThrownBy(() -> connect(login.url(), "postgres", null)).isInstanceOf(SQLException.class);
            assertThat(Files.readString(pgData.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertThat(JdbcClient.create(dataSource(login)).sql("SELECT count(*) FROM kept").query(Long.class).single()).isZero();
        }
    }

    @Test
    void afterTheServerIsKilledItsPostgresIsStoppedAndTheNextStartGoesAhead() throws Exception {
        Process server = startInOwnProcess(folder);
        try {
            String url = awaitReady(server);
            String password = Files.readString(folder.resolve("database.secret")).trim();
            try (var connection = connect(url, "postgres", password)) {
                connection.createStatement().execute("CREATE TABLE answered (id int); INSERT INTO answered VALUES (1)");
            }
            // A second server on the same folder is refused while the first one lives.
            assertThatThrownBy(() -> EmbeddedDatabase.start(folder, true, 0))
                    .isInstanceOf(DatabaseUnavailable.class)
                    .hasMessageContaining("in use by another Olympus server (process " + server.pid() + ")");
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        long leftover = Long.parseLong(Files.readAllLines(folder.resolve("pgdata/postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).as("PostgreSQL outlives its server").contains(true);

        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, true, 0)) {
            assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(JdbcClient.create(dataSource(database.ownerLogin())).sql("SELECT count(*) FROM answered")
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void closingDuringAStartThatDoesNotEndStopsTheHalfStartedPostgresInTime() throws Exception {
        // A PostgreSQL running on the folder whose start has not been answered (as in a long crash recovery).
        Process server = startInOwnProcess(folder);
        try {
            awaitReady(server);
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        long postmaster = Long.parseLong(Files.readAllLines(folder.resolve("pgdata/postmaster.pid")).get(0).trim());
        EmbeddedDatabase starting = new EmbeddedDatabase(DataFolderLock.take(folder), new CompletableFuture<>(),
                folder.resolve("pgdata"), Duration.ofMillis(500));

        assertTimeoutPreemptively(Duration.ofSeconds(45), starting::close);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        DataFolderLock.take(folder).close();
    }

    private static Process startInOwnProcess(Path folder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseProcess.class.getName(), folder.toString()))
                .redirectErrorStream(true).start();
    }

    private static String awaitReady(Process process) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("ready ")) {
                return line.substring("ready ".length());
            }
        }
        throw new IllegalStateException("The database process ended before it was ready");
    }

    private static java.sql.Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    private static PGSimpleDataSource dataSource(OwnerLogin login) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(login.url());
        dataSource.setUser(login.username());
        dataSource.setPassword(login.password());
        return dataSource;
    }
}
