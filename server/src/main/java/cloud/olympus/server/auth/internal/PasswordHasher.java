package cloud.olympus.server.auth.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane). Checking a password for a user
 * who does not exist still costs one full hash, so timing does not tell which emails exist.
 */
@Component
public class PasswordHasher {

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    /** Hashed beside the start-up (a full hash, the server's first); a check that needs it before then waits. */
    private final CompletableFuture<String> decoy;

    PasswordHasher() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.decoy = CompletableFuture.supplyAsync(() -> encoder.encode(HexFormat.of().formatHex(random)));
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        if (hash == null || hash.isEmpty()) {
            encoder.matches(password, decoy.join());
            return false;
        }
        return encoder.matches(password, hash);
    }

    /** Spends the time of a real check and answers no. */
    public boolean rejectInConstantTime(String password) {
        encoder.matches(password, decoy.join());
        return false;
    }
}
