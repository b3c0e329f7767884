package cloud.olympus.server.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Liquibase at start-up: skipped when the database has exactly the changelog the server brings,
 * run when a changeset is new or the database was changed by other means.
 */
class ChangelogLiquibaseTests {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path folder;

    private EmbeddedDatabase database;
    private PGSimpleDataSource owner;
    private JdbcClient jdbc;
    private Path changelog;

    @BeforeEach
    void startDatabase() throws Exception {
        database = EmbeddedDatabase.start(folder.resolve("data"), false, 0);
        OwnerLogin login = database.ownerLogin();
        owner = new PGSimpleDataSource();
        owner.setUrl(login.url());
        owner.setUser(login.username());
        owner.setPassword(login.password());
        jdbc = JdbcClient.create(owner);
        changelog = Files.createDirectories(folder.resolve("classes/db/shop"));
        Files.writeString(changelog.resolve("master.yaml"), """
                databaseChangeLog:
                  - includeAll:
                      path: db/shop/changes/
                  - include:
                      file: db/shop/always.sql
                """);
        Files.writeString(changelog.resolve("always.sql"), """
                --liquibase formatted sql
                --changeset test:touch runAlways:true
                UPDATE shelf SET touched = touched + 1;
                """);
        Files.createDirectories(changelog.resolve("changes"));
        Files.writeString(changelog.resolve("changes/001-shelf.sql"), """
                --liquibase formatted sql
                --changeset test:shelf
                CREATE TABLE shelf (touched int NOT NULL);
                INSERT INTO shelf VALUES (0);
                """);
    }

    @AfterEach
    void stopDatabase() throws Exception {
        database.close();
    }

    @Test
    void anUnchangedChangelogIsNotRunAgain() throws Exception {
        assertThat(update(true).skipped()).isFalse();
        assertThat(touched()).isEqualTo(1);

        assertThat(update(true).skipped()).as("the same changelog, the same database").isTrue();
        assertThat(update(true).skipped()).isTrue();
        assertThat(touched()).as("the always-run changeset did not run either").isEqualTo(1);
    }

    @Test
    void aNewChangesetIsApplied() throws Exception {
        update(true);
        addBinChangeset();

        assertThat(update(true).skipped()).isFalse();
        assertThat(tableExists("bin")).isTrue();
        assertThat(touched()).isEqualTo(2);
        assertThat(update(true).skipped()).as("and the next start has nothing to do again").isTrue();
    }

    @Test
    void aChangedFileRunsLiquibaseWhichSaysSo() throws Exception {
        update(true);
        Files.writeString(changelog.resolve("always.sql"), """
                --liquibase formatted sql
                --changeset test:touch runAlways:true
                UPDATE shelf SET touched = touched + 10;
                """);

        assertThat(update(true).skipped()).isFalse();
        assertThat(touched()).isEqualTo(11);
    }

    @Test
    void aDatabaseChangedByOtherMeansIsBroughtBack() throws Exception {
        update(true);
        addBinChangeset();
        update(true);
        // Rolled back by hand: the table and its changeset's row are gone, the comment stays.
        jdbc.sql("DROP TABLE bin").update();
        jdbc.sql("DELETE FROM databasechangelog WHERE id = 'bin'").update();

        assertThat(update(true).skipped()).isFalse();
        assertThat(tableExists("bin")).isTrue();
    }

    @Test
    void everythingRunsWhenTheCallerSaysSo() throws Exception {
        update(true);
        Timestamp before = jdbc.sql("SELECT dateexecuted FROM databasechangelog WHERE id = 'touch'").query(Timestamp.class).single();

        assertThat(update(false).skipped()).isFalse();
        assertThat(touched()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT dateexecuted FROM databasechangelog WHERE id = 'touch'").query(Timestamp.class).single())
                .isAfterOrEqualTo(before);
    }

    @Test
    void theFilesNamedForEveryStartRunEvenWhenLiquibaseIsSkipped() throws Exception {
        jdbc.sql("CREATE ROLE shelf_reader NOLOGIN").update();
        Files.writeString(changelog.resolve("master.yaml"), Files.readString(changelog.resolve("master.yaml")) + """
                  - include:
                      file: db/shop/grants.sql
                """);
        Files.writeString(changelog.resolve("grants.sql"), """
                --liquibase formatted sql

                -- Every start.
                --changeset test:grants runAlways:true splitStatements:false
                DO $$
                BEGIN
                    GRANT SELECT ON shelf TO shelf_reader;
                END
                $$;
                """);
        assertThat(update(true, "grants.sql").skipped()).isFalse();
        assertThat(mayRead()).isTrue();
        jdbc.sql("REVOKE SELECT ON shelf FROM shelf_reader").update();

        assertThat(update(true, "grants.sql").skipped()).isTrue();
        assertThat(mayRead()).as("the grant is back").isTrue();
        assertThat(touched()).as("and nothing else ran").isEqualTo(1);
    }

    private boolean mayRead() {
        return jdbc.sql("SELECT has_table_privilege('shelf_reader', 'shelf', 'SELECT')").query(Boolean.class).single();
    }

    /** One start's Liquibase, with the changelog as the folder holds it now. */
    private ChangelogLiquibase update(boolean maySkip, String... everyStart) throws Exception {
        try (URLClassLoader classes = new URLClassLoader(new URL[] {folder.resolve("classes").toUri().toURL()}, null)) {
            ChangelogLiquibase liquibase = new ChangelogLiquibase(owner, "db/shop/", "master.yaml", maySkip, everyStart);
            liquibase.setResourceLoader(new DefaultResourceLoader(classes));
            liquibase.afterPropertiesSet();
            return liquibase;
        }
    }

    private void addBinChangeset() throws Exception {
        Files.writeString(changelog.resolve("changes/002-bin.sql"), """
                --liquibase formatted sql
                --changeset test:bin
                CREATE TABLE bin (id int);
                """);
    }

    private int touched() {
        return jdbc.sql("SELECT touched FROM shelf").query(Integer.class).single();
    }

    private boolean tableExists(String name) {
        return jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param(name).query(Boolean.class).single();
    }
}
