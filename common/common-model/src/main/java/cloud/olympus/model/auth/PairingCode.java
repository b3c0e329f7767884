package cloud.olympus.model.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * The short code a watch shows while it waits to be paired, and a person types on the till: eight
 * consonants in two groups, {@code BCDF-GHJK}. No vowels (so no words, rude or otherwise), no
 * letters that read as digits (I, O), nothing that depends on case. Typed codes are read without
 * regard to case, dashes or spaces, on the till and on the server alike.
 */
public final class PairingCode {

    /** The twenty letters a code is made of. */
    public static final String ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";
    public static final int LENGTH = 8;
    private static final int LONGEST_TYPED = 32;

    private PairingCode() {
    }

    /** The code as compared and stored (upper case, no dash); empty when what was typed cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > LONGEST_TYPED) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** A normalised code as a watch shows it: {@code BCDF-GHJK}. */
    public static String display(String normalised) {
        return normalised.substring(0, LENGTH / 2) + "-" + normalised.substring(LENGTH / 2);
    }
}
