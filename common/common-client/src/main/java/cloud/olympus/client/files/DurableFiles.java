package cloud.olympus.client.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files a terminal keeps across crashes: written whole or not at all, and on disk when the call
 * returns. A file is written beside its place under a temporary name, flushed, renamed into place
 * (atomically where the file system can), and the rename flushed in its folder.
 */
public final class DurableFiles {

    /** The prefix of files still being written; a crash can leave one behind, never a torn file. */
    public static final String TEMPORARY_PREFIX = ".writing-";
    private static final Logger LOG = LoggerFactory.getLogger(DurableFiles.class);

    private DurableFiles() {
    }

    /** Puts {@code content} at {@code file}, replacing what was there, durably. */
    public static void write(Path file, byte[] content) throws IOException {
        write(file, content, false);
    }

    /**
     * Like {@link #write(Path, byte[])}, for a secret: the file is readable and writable by its owner
     * only, from its first byte (POSIX {@code 0600}; elsewhere, as near as the file system allows).
     */
    public static void writePrivate(Path file, byte[] content) throws IOException {
        write(file, content, true);
    }

    private static void write(Path file, byte[] content, boolean secret) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve(TEMPORARY_PREFIX + file.getFileName());
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        java.nio.file.attribute.FileAttribute<?>[] attributes = secret && posix
                ? new java.nio.file.attribute.FileAttribute<?>[]{java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))}
                : new java.nio.file.attribute.FileAttribute<?>[0];
        if (secret) {
            Files.deleteIfExists(temporary);
        }
        try (FileChannel channel = FileChannel.open(temporary, java.util.Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), attributes)) {
            if (secret && !posix) {
                java.io.File plain = temporary.toFile();
                plain.setReadable(false, false);
                plain.setReadable(true, true);
                plain.setWritable(false, false);
                plain.setWritable(true, true);
            }
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        move(temporary, file);
        syncFolder(folder);
    }

    /** Renames {@code from} to {@code to}, atomically where the file system can, replacing {@code to}. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes renames in {@code folder} durable: on Linux the folder's entries need their own flush. */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a folder; the rename is still atomic there.
            LOG.debug("Could not flush the folder {}: {}", folder, e.toString());
        }
    }
}
