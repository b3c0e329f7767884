package cloud.olympus.model.tenant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The short name a business logs in with ({@code bella-cucina}). Lower-case letters, digits and
 * single hyphens, 3 to 63 characters, starting with a letter and not ending with a hyphen, so
 * that a slug is also a valid DNS label for per-tenant host names.
 */
public record TenantSlug(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$");

    public TenantSlug {
        if (!isValid(value)) {
            throw new IllegalArgumentException(describeProblem(value).orElse("invalid slug"));
        }
    }

    /** Parses user input, folding case and trimming blanks; empty when it is not a valid slug. */
    public static Optional<TenantSlug> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String folded = input.trim().toLowerCase(Locale.ROOT);
        return isValid(folded) ? Optional.of(new TenantSlug(folded)) : Optional.empty();
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    /** A sentence saying what is wrong with a candidate slug, for error messages. */
    public static Optional<String> describeProblem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("slug must not be blank");
        }
        if (value.length() < 3 || value.length() > 63) {
            return Optional.of("slug must be 3 to 63 characters long");
        }
        if (!Character.isLetter(value.charAt(0))) {
            return Optional.of("slug must start with a letter");
        }
        if (!isValid(value)) {
            return Optional.of("slug may hold only lower-case letters, digits and single hyphens, and must not end with a hyphen");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
