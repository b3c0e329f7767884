package cloud.olympus.server.auth.internal;

import cloud.olympus.server.shared.files.SecretFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;

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
        Path file = SecretFile.privateFolder(dataDir).resolve("admin.key");
        return new AdminKey(SecretFile.readOrCreate(file).value(), file.toString());
    }

    /** Compares in constant time. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8));
    }

    public String source() {
        return source;
    }
}
