package cloud.olympus.server.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cloud.olympus.server.OlympusServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A server whose database cannot start stops saying why and what to do, without a stack trace: at
 * once for a data folder another server holds, and when PostgreSQL's own start (on a thread of its
 * own) fails, as soon as a bean needs the database.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseStartTests {

    @TempDir
    Path folder;

    @Test
    void aFolderInUseStopsTheStartWithWhatToDo(CapturedOutput output) throws Exception {
        Throwable failure;
        try (DataFolderLock held = DataFolderLock.take(folder)) {
            failure = catchThrowable(() -> new SpringApplicationBuilder(OlympusServer.class)
                    .run("--server.port=0", "--olympus.data-dir=" + folder, "--olympus.demo=false").close());
        }

        assertThat(databaseUnavailable(failure)).hasMessageContaining("is in use by another Olympus server (process " + ProcessHandle.current().pid() + ")");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("The data folder " + folder + " is in use by another Olympus server")
                .contains("give this one a folder of its own with OLYMPUS_DATA_DIR");
    }

    @Test
    void aFailedPostgresStartStopsTheServerWithWhatToDo(CapturedOutput output) throws Exception {
        Files.writeString(folder.resolve("database.secret"), "not a secret\n");

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(OlympusServer.class)
                .run("--server.port=0", "--olympus.data-dir=" + folder, "--olympus.demo=false").close());

        assertThat(databaseUnavailable(failure)).hasMessageContaining("database.secret is damaged");
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Restore it from a backup of the data folder.");
        assertThat(folder.resolve("pgdata/postmaster.pid")).doesNotExist();
    }

    private static Throwable databaseUnavailable(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof DatabaseUnavailable)) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(DatabaseUnavailable.class);
        return cause;
    }
}
