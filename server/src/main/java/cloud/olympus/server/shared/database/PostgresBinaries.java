package cloud.olympus.server.shared.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
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
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL binaries the embedded library ships and unpacks (into {@code PG-<md5 of the
 * archive>} under its working folder). Handing the archive through here tells where they land, so
 * the server can run PostgreSQL's single-user mode on a data folder before the postmaster starts.
 */
final class PostgresBinaries implements PgBinaryResolver {

    /** One per JVM: the library unpacks once per resolver. */
    static final PostgresBinaries INSTANCE = new PostgresBinaries();

    private volatile String archiveDigest;

    private PostgresBinaries() {
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (archive == null) {
            return null;
        }
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        return new FilterInputStream(new DigestInputStream(archive, md5)) {
            private boolean closed;

            @Override
            public void close() throws IOException {
                super.close();
                if (!closed) {
                    closed = true;
                    archiveDigest = HexFormat.of().formatHex(md5.digest());
                }
            }
        };
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
        String digest = archiveDigest;
        if (digest == null) {
            throw new IOException("The PostgreSQL binaries have not been unpacked yet");
        }
        String workingDir = System.getProperty("ot.epg.working-dir",
                new File(System.getProperty("java.io.tmpdir"), "embedded-pg").getPath());
        Path binary = Path.of(workingDir, "PG-" + digest, "bin", name);
        if (!Files.isExecutable(binary)) {
            throw new IOException("No PostgreSQL binary at " + binary);
        }
        return binary;
    }
}
