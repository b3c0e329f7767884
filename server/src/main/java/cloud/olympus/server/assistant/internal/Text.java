package cloud.olympus.server.assistant.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the rules read it: lower case, without accents (ß as ss, œ as oe), punctuation as spaces
 * except the dots, slashes and dashes of dates and numbers, single spaces.
 */
final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9./\\- ]");
    private static final Pattern LOOSE_PUNCTUATION = Pattern.compile("(?<![0-9])[./\\-]|[/\\-](?![0-9])");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private Text() {
    }

    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("œ", "oe").replace("æ", "ae");
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String kept = OTHER.matcher(plain).replaceAll(" ");
        return SPACES.matcher(LOOSE_PUNCTUATION.matcher(kept).replaceAll(" ")).replaceAll(" ").trim();
    }

    /** The words of normalised text, trailing dots dropped. */
    static List<String> words(String normalised) {
        return Arrays.stream(normalised.split(" ")).map(w -> w.endsWith(".") ? w.substring(0, w.length() - 1) : w)
                .filter(w -> !w.isEmpty()).toList();
    }

    /** Edit distance, for names typed a letter wrong. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
