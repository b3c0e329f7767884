package cloud.olympus.server.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The PostgreSQL binaries: unpacked from their archive once, then found again without reading the
 * archive, and unpacked again when they are gone or the archive is another one.
 */
class PostgresBinariesTests {

    private static final long ARCHIVE_AT_LEAST = 5_000_000;

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path folder;

    @Test
    void unpackedBinariesAreFoundWithoutReadingTheArchive() throws Exception {
        Path working = folder.resolve("embedded-pg");

        PostgresBinaries first = new PostgresBinaries(working);
        assertThat(handedSize(first)).as("nothing unpacked yet: the whole archive").isGreaterThan(ARCHIVE_AT_LEAST);
        startAndStop(new PostgresBinaries(working), working);

        PostgresBinaries next = new PostgresBinaries(working);
        assertThat(handedSize(next)).as("a key of the archive, not the archive").isLessThan(200);
        startAndStop(new PostgresBinaries(working), working);
        try (Stream<Path> unpacked = Files.list(working)) {
            assertThat(unpacked.filter(path -> !Files.isSymbolicLink(path))).as("unpacked once").hasSize(1);
        }
    }

    @Test
    void binariesThatWereRemovedAreUnpackedAgain() throws Exception {
        Path working = folder.resolve("embedded-pg");
        startAndStop(new PostgresBinaries(working), working);
        try (Stream<Path> unpacked = Files.list(working)) {
            for (Path path : unpacked.filter(path -> !Files.isSymbolicLink(path)).toList()) {
                deleteTree(path);
            }
        }

        assertThat(handedSize(new PostgresBinaries(working))).isGreaterThan(ARCHIVE_AT_LEAST);
        startAndStop(new PostgresBinaries(working), working);
        assertThat(handedSize(new PostgresBinaries(working))).isLessThan(200);
    }

    @Test
    void anotherArchiveHasAnotherKey() {
        String key = ArchiveKey.key("postgres-linux-x86_64.txz", 14_982_416, 0x1234abcdL);
        assertThat(key).isNotEqualTo(ArchiveKey.key("postgres-linux-x86_64.txz", 14_982_416, 0x1234abceL))
                .isNotEqualTo(ArchiveKey.key("postgres-linux-x86_64.txz", 14_982_417, 0x1234abcdL))
                .isNotEqualTo(ArchiveKey.key("postgres-linux-x86_64-alpine.txz", 14_982_416, 0x1234abcdL));
    }

    /** How many bytes the resolver hands the library: what the library reads and checksums. */
    private static long handedSize(PostgresBinaries binaries) throws IOException {
        try (InputStream handed = binaries.getPgBinary("Linux", "x86_64")) {
            return handed.transferTo(OutputStream.nullOutputStream());
        }
    }

    private void startAndStop(PostgresBinaries binaries, Path working) throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setDataDirectory(Files.createTempDirectory(folder, "pgdata-")).setCleanDataDirectory(true)
                .setPgBinaryResolver(binaries).setOverrideWorkingDirectory(working.toFile()).start()) {
            binaries.keepForNextStart();
            assertThat(JdbcClient.create(postgres.getPostgresDatabase()).sql("SELECT 1").query(Integer.class).single()).isEqualTo(1);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
