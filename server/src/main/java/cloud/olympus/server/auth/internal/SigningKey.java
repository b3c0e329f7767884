package cloud.olympus.server.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The HMAC key that signs access tokens. One key for all instances: taken from
 * {@code OLYMPUS_AUTH_JWT_SECRET} when set, otherwise generated once and kept in the database,
 * where every instance started against it finds the same key.
 */
public record SigningKey(String kid, byte[] secret) {

    public SecretKey secretKey() {
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    static SigningKey fromConfiguredSecret(String configured) {
        byte[] secret = configured.getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException("olympus.auth.jwt-secret must be at least 32 bytes");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
            return new SigningKey("cfg-" + HexFormat.of().formatHex(digest, 0, 6), secret);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The newest live key in the database, creating one if there is none. */
    static SigningKey loadOrCreate(DataSource ownerDataSource) {
        JdbcClient jdbc = JdbcClient.create(ownerDataSource);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource));
        return tx.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('olympus.signing_keys'))").query(Object.class).single();
            var existing = jdbc.sql("""
                            SELECT kid, secret FROM auth.signing_keys
                            WHERE retired_at IS NULL ORDER BY created_at DESC, kid LIMIT 1
                            """)
                    .query((rs, n) -> new SigningKey(rs.getString("kid"), rs.getBytes("secret")))
                    .optional();
            if (existing.isPresent()) {
                return existing.get();
            }
            byte[] secret = new byte[32];
            SecureRandom random = new SecureRandom();
            random.nextBytes(secret);
            byte[] id = new byte[9];
            random.nextBytes(id);
            SigningKey key = new SigningKey(Base64.getUrlEncoder().withoutPadding().encodeToString(id), secret);
            jdbc.sql("INSERT INTO auth.signing_keys (kid, secret) VALUES (:kid, :secret)")
                    .param("kid", key.kid()).param("secret", key.secret()).update();
            return key;
        });
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + "]";
    }
}
