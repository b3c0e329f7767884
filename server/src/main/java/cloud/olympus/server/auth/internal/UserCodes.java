package cloud.olympus.server.auth.internal;

import cloud.olympus.model.auth.PairingCode;
import java.security.SecureRandom;

/**
 * New codes for a watch to show ({@link PairingCode}): 20^8 of them, about 34 bits, which is
 * plenty for codes that live minutes, belong to one business and whose wrong entries are rate limited.
 */
public final class UserCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UserCodes() {
    }

    /** A fresh code, normalised: {@code BCDFGHJK}. */
    public static String next() {
        StringBuilder code = new StringBuilder(PairingCode.LENGTH);
        for (int i = 0; i < PairingCode.LENGTH; i++) {
            code.append(PairingCode.ALPHABET.charAt(RANDOM.nextInt(PairingCode.ALPHABET.length())));
        }
        return code.toString();
    }
}
