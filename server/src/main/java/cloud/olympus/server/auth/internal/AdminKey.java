package cloud.olympus.server.auth.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The platform operator's key for the admin API ({@code /api/v1/admin}): from
 * {@code OLYMPUS_AUTH_ADMIN_KEY}, or generated once into {@code <data-dir>/admin.key}.
 */
public final class AdminKey {

    private final byte[] key;
    private final String source;

    private AdminKey(String key, String source) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.source = source;
    }

    static AdminKey configuredOrStored(String configured, Path dataDir) throws IOException {
        if (!configured.isBlank()) {
            return new AdminKey(configured.trim(), "configuration");
        }
        Path file = dataDir.resolve("admin.key");
        if (Files.exists(file)) {
            return new AdminKey(Files.readString(file).trim(), file.toString());
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(dataDir);
        Files.writeString(file, generated + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // Not a POSIX file system; the file keeps the folder's permissions.
        }
        return new AdminKey(generated, file.toString());
    }

    /** Compares in constant time. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8));
    }

    public String source() {
        return source;
    }
}
