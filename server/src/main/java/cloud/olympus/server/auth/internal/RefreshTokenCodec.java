package cloud.olympus.server.auth.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque refresh tokens, and device codes of the same shape: 16 bytes naming the tenant (so a
 * refresh or a device's poll can be looked up under that tenant's row-level security) and 32 random
 * bytes, base64url. Only their SHA-256 is stored.
 */
public final class RefreshTokenCodec {

    private static final int RANDOM_BYTES = 32;
    private static final int LENGTH = 16 + RANDOM_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RefreshTokenCodec() {
    }

    public static String newToken(UUID tenantId) {
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH);
        buffer.putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits());
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        buffer.put(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** The tenant a well-formed token belongs to; empty for anything else. */
    public static Optional<UUID> tenantOf(String token) {
        byte[] raw = decode(token);
        if (raw == null) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(raw);
        return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String token) {
        if (token == null || token.length() != 64) {
            return null;
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(token);
            return raw.length == LENGTH ? raw : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
