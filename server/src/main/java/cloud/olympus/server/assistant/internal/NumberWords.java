package cloud.olympus.server.assistant.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Numbers written as digits or as words, from two to twenty (one is also an article, so only as digits);
 * the words as {@link Text} leaves them ("dix sept").
 */
final class NumberWords {

    private static final Map<Language, Map<String, Integer>> WORDS = new EnumMap<>(Language.class);

    static {
        words(Language.EN, "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
                + " eighteen nineteen twenty");
        words(Language.ES, "dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis diecisiete"
                + " dieciocho diecinueve veinte");
        words(Language.FR, "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix_sept"
                + " dix_huit dix_neuf vingt");
        words(Language.DE, "zwei drei vier funf sechs sieben acht neun zehn elf zwolf dreizehn vierzehn funfzehn sechzehn siebzehn"
                + " achtzehn neunzehn zwanzig");
    }

    private NumberWords() {
    }

    private static void words(Language language, String twoToTwenty) {
        Map<String, Integer> values = new HashMap<>();
        List<String> words = List.of(twoToTwenty.split(" "));
        for (int i = 0; i < words.size(); i++) {
            values.put(words.get(i).replace('_', ' '), i + 2);
        }
        WORDS.put(language, Map.copyOf(values));
    }

    /** The number a word stands for: digits up to three of them, or a number word of the language. */
    static Optional<Integer> value(String word, Language language) {
        if (word.matches("[0-9]{1,3}")) {
            return Optional.of(Integer.parseInt(word));
        }
        return Optional.ofNullable(WORDS.get(language).get(word));
    }

    /** The alternatives of a pattern matching any number word of the language. */
    static String pattern(Language language) {
        return "[0-9]{1,3}|" + String.join("|", WORDS.get(language).keySet().stream()
                .sorted(java.util.Comparator.comparing(String::length).reversed()).toList());
    }
}
