package cloud.olympus.fx.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The clients' texts, in English, Spanish, French and German. A text is formatted with
 * {@link MessageFormat} only when arguments are given; such texts double their apostrophes.
 */
public final class Messages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH, Locale.GERMAN);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts for a locale, falling back to English for languages Olympus does not speak. */
    public static Messages forLocale(Locale locale) {
        Locale chosen = SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
        return new Messages(ResourceBundle.getBundle("cloud.olympus.fx.messages", chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), chosen);
    }

    /** The language the texts are in (English, Spanish, French or German), also for numbers, money and dates. */
    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** Whether there is a text for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A phrase in this language: its text with its arguments, or, when there is no text for its key,
     * the words it falls back to (the server's own, say); empty for {@link Phrase#NONE}.
     */
    public String text(Phrase phrase) {
        if (phrase == null || phrase.isNone()) {
            return "";
        }
        if (!has(phrase.key()) && phrase.fallback() != null) {
            return phrase.fallback();
        }
        // An argument that is itself a phrase (the name of a permission, say) is put in this language first.
        return get(phrase.key(), phrase.args().stream().map(a -> a instanceof Phrase inner ? text(inner) : a).toArray());
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
