package cloud.olympus.server.assistant.internal;

import cloud.olympus.server.shared.domain.InvalidInput;
import java.util.Locale;
import java.util.Optional;

/** The languages the assistant reads and answers in. */
public enum Language {
    EN("en", Locale.US), ES("es", Locale.forLanguageTag("es-ES")), FR("fr", Locale.FRANCE), DE("de", Locale.GERMANY);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language asked for by its code (any other code is refused), else the first of these an
     * {@code Accept-Language} header accepts, by its weights, else English. A header that cannot be
     * read is no preference.
     */
    public static Language chosen(String asked, String acceptLanguage) {
        if (asked != null && !asked.isBlank()) {
            return of(asked.trim()).orElseThrow(() -> new InvalidInput("language must be one of en, es, fr, de").field("language"));
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                Optional<Language> accepted = range.getWeight() > 0 ? of(range.getRange().split("-")[0]) : Optional.empty();
                if (accepted.isPresent()) {
                    return accepted.get();
                }
            }
        } catch (IllegalArgumentException unreadable) {
            return EN;
        }
        return EN;
    }

    public static Optional<Language> of(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
