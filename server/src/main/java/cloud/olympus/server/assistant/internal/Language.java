package cloud.olympus.server.assistant.internal;

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

    public static Optional<Language> of(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
