package cloud.olympus.fx.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * Something to tell a person, before it is put in their language: a text's key and its arguments,
 * and the words to show when there is no text for the key (the server's, for a problem it describes
 * and the clients have no translation of). View models hold phrases; views show
 * {@link Messages#text(Phrase)}.
 */
public record Phrase(String key, List<Object> args, String fallback) {

    /** Nothing to say. */
    public static final Phrase NONE = new Phrase("", List.of(), null);

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args), null);
    }

    /** The text for {@code key}, or {@code fallback} where there is none. */
    public static Phrase orElse(String key, String fallback) {
        return new Phrase(key, List.of(), fallback);
    }

    public boolean isNone() {
        return key.isEmpty();
    }
}
