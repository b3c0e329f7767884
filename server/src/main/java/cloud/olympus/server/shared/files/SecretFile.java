package cloud.olympus.server.shared.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A secret the server keeps in its data folder: random, readable by its owner alone from the
 * moment the file exists (never briefly open to others), and written whole or not at all (a crash
 * midway leaves no half-written secret behind).
 */
public final class SecretFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFile() {
    }

    /** A folder only its owner may enter, created if missing, closed to others if it was open. */
    public static Path privateFolder(Path folder) throws IOException {
        if (isPosix(folder.getFileSystem().getPath("/"))) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER));
            Files.setPosixFilePermissions(folder, PRIVATE_FOLDER);
        } else {
            Files.createDirectories(folder);
        }
        return folder;
    }

    /** The secret in {@code file}; a new random one when the file does not exist yet. */
    public static Secret readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            tighten(file);
            return new Secret(Files.readString(file, StandardCharsets.UTF_8).trim(), false);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        write(file, value);
        return new Secret(value, true);
    }

    /** Writes {@code value} to a private temporary file, forces it to disk, then renames it into place. */
    private static void write(Path file, String value) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        FileAttribute<?>[] attributes = isPosix(folder)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
        try (FileChannel channel = FileChannel.open(temporary,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
            ByteBuffer bytes = ByteBuffer.wrap((value + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private static void tighten(Path file) throws IOException {
        if (isPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** A secret and whether it was made just now (nothing can know it yet). */
    public record Secret(String value, boolean created) {
        @Override
        public String toString() {
            return "Secret[***]";
        }
    }
}
