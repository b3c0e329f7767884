package cloud.olympus.server.shared.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL binaries the embedded library ships and unpacks (into {@code PG-<md5 of what this
 * resolver hands it>} under its working folder). Handing the archive through here tells where they
 * land, so the server can run PostgreSQL's single-user mode on a data folder before the postmaster
 * starts.
 *
 * <p>The library reads and checksums the whole 15 MB archive at every start to find its folder. Once
 * the binaries are unpacked, this resolver hands it a short key instead: the archive's name, size and
 * CRC as the jar's directory lists them (read without reading the archive), and the key's folder is a
 * link to the unpacked one. Other binaries (another version, another jar) have another key, and a key
 * whose folder is gone or incomplete gets the whole archive again, so the library unpacks it as before.
 */
final class PostgresBinaries implements PgBinaryResolver {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);

    /** Where the library unpacks by default: {@code embedded-pg} in the temporary folder. */
    static final Path DEFAULT_FOLDER = Path.of(System.getProperty("ot.epg.working-dir",
            new File(System.getProperty("java.io.tmpdir"), "embedded-pg").getPath()));
    /** One per folder and JVM: the library unpacks once per resolver. */
    private static final Map<Path, PostgresBinaries> BY_FOLDER = new ConcurrentHashMap<>();

    private final Path workingDirectory;
    /** The folder the library was sent to: {@code PG-<md5>}. */
    private volatile String unpackedIn;
    /** The key's folder, to link to the unpacked binaries once the library has unpacked them. */
    private volatile Path keyFolder;

    PostgresBinaries(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** The binaries unpacked in {@code folder}. */
    static PostgresBinaries in(Path folder) {
        return BY_FOLDER.computeIfAbsent(folder.toAbsolutePath().normalize(), PostgresBinaries::new);
    }

    /** Where the library unpacks; the server hands it this folder explicitly. */
    Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        Optional<String> key = ArchiveKey.of(system, machineHardware);
        if (key.isPresent()) {
            byte[] bytes = key.get().getBytes(StandardCharsets.UTF_8);
            String folderName = "PG-" + md5(bytes);
            Path folder = workingDirectory.resolve(folderName);
            if (Files.isRegularFile(folder.resolve(".exists")) && Files.isExecutable(folder.resolve("bin").resolve("postgres"))) {
                unpackedIn = folderName;
                return new ByteArrayInputStream(bytes);
            }
            if (Files.isSymbolicLink(folder)) {
                Files.delete(folder); // its binaries were removed: unpack them again
            }
            keyFolder = folder;
        }
        return wholeArchive(system, machineHardware);
    }

    /**
     * After a start that unpacked the archive: links the key's folder to the binaries, so the next
     * start skips reading the archive. Where links cannot be made, every start reads it, as before.
     */
    void keepForNextStart() {
        Path link = keyFolder;
        String target = unpackedIn;
        if (link == null || target == null || link.getFileName().toString().equals(target)) {
            return;
        }
        keyFolder = null;
        try {
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of(target));
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("Could not link {} to {}; the binaries archive is read at every start", link, target, e);
        }
    }

    private InputStream wholeArchive(String system, String machineHardware) throws IOException {
        InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (archive == null) {
            return null;
        }
        MessageDigest md5 = md5Digest();
        return new FilterInputStream(new DigestInputStream(archive, md5)) {
            private boolean closed;

            @Override
            public void close() throws IOException {
                super.close();
                if (!closed) {
                    closed = true;
                    unpackedIn = "PG-" + HexFormat.of().formatHex(md5.digest());
                }
            }
        };
    }

    private static String md5(byte[] bytes) throws IOException {
        return HexFormat.of().formatHex(md5Digest().digest(bytes));
    }

    private static MessageDigest md5Digest() throws IOException {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    /**
     * Runs SQL statements, one per line, in single-user mode on a data folder no postmaster serves.
     * {@code secrets} never appear in what a failure reports.
     */
    void runSingleUser(Path pgData, List<String> statements, List<String> secrets) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as the library does: PostgreSQL refuses to run as root
        }
        command.addAll(List.of(binary("postgres").toString(), "--single", "-D", pgData.toString(),
                "-c", "exit_on_error=true", "postgres"));
        Path log = Files.createTempFile("olympus-single-user-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try (var input = process.getOutputStream()) {
                input.write((String.join("\n", statements) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("PostgreSQL single-user mode did not finish on " + pgData);
            }
            if (process.exitValue() != 0) {
                String output = Files.readString(log, StandardCharsets.UTF_8);
                for (String secret : secrets) {
                    output = output.replace(secret, "***");
                }
                throw new IOException("PostgreSQL single-user mode failed on " + pgData + ": " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted in PostgreSQL single-user mode", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private Path binary(String name) throws IOException {
        String folder = unpackedIn;
        if (folder == null) {
            throw new IOException("The PostgreSQL binaries have not been unpacked yet");
        }
        Path binary = workingDirectory.resolve(folder).resolve("bin").resolve(name);
        if (!Files.isExecutable(binary)) {
            throw new IOException("No PostgreSQL binary at " + binary);
        }
        return binary;
    }
}
