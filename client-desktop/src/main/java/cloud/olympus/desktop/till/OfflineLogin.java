package cloud.olympus.desktop.till;

import cloud.olympus.model.auth.Role;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What lets a person who logged in on this terminal before log in again while the server is away,
 * until {@code expiresAt}: their user, tenant and roles, the name their receipts carry, and what
 * proves their password without keeping it.
 *
 * <p>The password gives a key through a slow salted derivation (PBKDF2), which is never stored. From
 * it come two others: one whose value is stored ({@code verifier}) to check the password, and one
 * that seals every other field ({@code mac}, an HMAC). Editing the file to give someone more roles
 * or a later expiry breaks the seal, and only the password can make a new one. Entries from before
 * the seal ({@code mac} absent) are not trusted.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OfflineLogin(String tenantSlug, String email, UUID userId, UUID tenantId, Set<Role> roles, String displayName,
                           Instant rememberedAt, Instant expiresAt, String salt, String verifier, String mac) {

    private static final int ITERATIONS = 210_000;
    private static final int VERSION = 2;

    public OfflineLogin {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Remembers a login the server just accepted, for {@code validity} from {@code now}. */
    static OfflineLogin remember(String slug, String email, String password, UUID userId, UUID tenantId, Set<Role> roles,
                                 String displayName, Instant now, Duration validity) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Keys keys = Keys.of(password, salt);
        OfflineLogin unsealed = new OfflineLogin(slug, email, userId, tenantId, roles, displayName, now, now.plus(validity),
                Base64.getEncoder().encodeToString(salt), Base64.getEncoder().encodeToString(keys.verifier()), null);
        return unsealed.sealedWith(keys);
    }

    /** Whether this entry is the one for {@code slug} and {@code email}. */
    boolean isFor(String slug, String email) {
        return tenantSlug.equals(slug) && this.email.equalsIgnoreCase(email);
    }

    /**
     * Checks {@code password} against this entry: empty when it is not the password; the entry when
     * it is, the seal holds and it has not run out at {@code now}; refused otherwise.
     */
    java.util.Optional<OfflineLogin> open(String password, Instant now) {
        if (salt == null || verifier == null) {
            return java.util.Optional.empty();
        }
        Keys keys = Keys.of(password, Base64.getDecoder().decode(salt));
        if (!MessageDigest.isEqual(keys.verifier(), Base64.getDecoder().decode(verifier))) {
            return java.util.Optional.empty();
        }
        if (mac == null || rememberedAt == null || expiresAt == null) {
            throw new OfflineLoginRefused(OfflineLoginRefused.Reason.OUTDATED, null);
        }
        if (!MessageDigest.isEqual(keys.seal(sealed()), Base64.getDecoder().decode(mac))) {
            throw new OfflineLoginRefused(OfflineLoginRefused.Reason.TAMPERED, null);
        }
        if (!now.isBefore(expiresAt)) {
            throw new OfflineLoginRefused(OfflineLoginRefused.Reason.EXPIRED, expiresAt);
        }
        return java.util.Optional.of(this);
    }

    private OfflineLogin sealedWith(Keys keys) {
        return new OfflineLogin(tenantSlug, email, userId, tenantId, roles, displayName, rememberedAt, expiresAt, salt, verifier,
                Base64.getEncoder().encodeToString(keys.seal(sealed())));
    }

    /** Every field the seal covers, each with its length, so that no two entries read the same. */
    private byte[] sealed() {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[]{VERSION, tenantSlug, email.toLowerCase(java.util.Locale.ROOT), userId, tenantId,
                String.join(",", roles.stream().map(Role::wireName).sorted().toList()), displayName, rememberedAt, expiresAt, salt,
                verifier}) {
            String value = field == null ? "" : field.toString();
            text.append(value.length()).append(':').append(value).append(';');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The keys that come from a password: one to check it with, stored; one to seal with, never stored. */
    private record Keys(byte[] verifier, byte[] sealing) {

        static Keys of(String password, byte[] salt) {
            byte[] derived = derive(password, salt);
            return new Keys(hmac(derived, "olympus offline login: verifier"), hmac(derived, "olympus offline login: seal"));
        }

        byte[] seal(byte[] content) {
            return hmac(sealing, content);
        }

        private static byte[] derive(String password, byte[] salt) {
            try {
                PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("PBKDF2 with HMAC-SHA256 is part of every Java runtime", e);
            }
        }

        private static byte[] hmac(byte[] key, String label) {
            return hmac(key, label.getBytes(StandardCharsets.UTF_8));
        }

        private static byte[] hmac(byte[] key, byte[] content) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return mac.doFinal(content);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
            }
        }
    }
}
