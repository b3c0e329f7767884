package cloud.olympus.desktop.till;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * What lets a cashier who logged in on this terminal before log in again while the server is
 * away: a slow salted hash of their password (never the password), their user, tenant and roles,
 * and the name their receipts carry ({@code displayName}, absent in files from before it was kept).
 */
public record OfflineLogin(String tenantSlug, String email, UUID userId, UUID tenantId, Set<String> roles, String salt,
                           String hash, String displayName) {

    private static final int ITERATIONS = 210_000;

    public OfflineLogin {
        roles = Set.copyOf(roles);
    }

    static OfflineLogin remember(String slug, String email, String password, UUID userId, UUID tenantId, Set<String> roles,
                                 String displayName) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new OfflineLogin(slug, email, userId, tenantId, roles, Base64.getEncoder().encodeToString(salt),
                Base64.getEncoder().encodeToString(derive(password, salt)), displayName);
    }

    boolean matches(String slug, String email, String password) {
        return this.tenantSlug.equals(slug) && this.email.equalsIgnoreCase(email)
                && MessageDigest.isEqual(Base64.getDecoder().decode(hash), derive(password, Base64.getDecoder().decode(salt)));
    }

    private static byte[] derive(String password, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
