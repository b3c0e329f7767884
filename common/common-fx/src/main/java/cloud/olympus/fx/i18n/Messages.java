package cloud.olympus.fx.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The clients' texts, in English, Spanish, French and German. */
public final class Messages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH, Locale.GERMAN);

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The texts for a locale, falling back to English for languages Olympus does not speak. */
    public static Messages forLocale(Locale locale) {
        Locale chosen = SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
        return new Messages(ResourceBundle.getBundle("cloud.olympus.fx.messages", chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key, Object... args) {
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
