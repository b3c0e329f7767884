package cloud.olympus.server.assistant.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds one of a list of names in a question, accent- and case-insensitively, forgiving a plural
 * ending and a letter or two typed wrong in longer words. Short words must be exact, so that "the"
 * never reads as "tea". Two names found equally well is no answer.
 */
final class NameMatcher {

    /** A name found, how far from exact (0 is exact), and the question's words it took. */
    record Hit(Vocabulary.Name name, int distance, int start, int length) {
    }

    /** What the search found: one name, or several equally good (ambiguous). */
    record Result(Optional<Hit> hit, boolean ambiguous) {
        static final Result NONE = new Result(Optional.empty(), false);
    }

    private NameMatcher() {
    }

    static Result find(List<String> words, List<Vocabulary.Name> names) {
        List<Hit> hits = new ArrayList<>();
        for (Vocabulary.Name name : names) {
            List<String> parts = Text.words(Text.normalise(name.name()));
            if (parts.isEmpty()) {
                continue;
            }
            best(words, name, parts).ifPresent(hits::add);
        }
        if (hits.isEmpty()) {
            return Result.NONE;
        }
        hits.sort(java.util.Comparator.comparingInt((Hit h) -> -h.length()).thenComparingInt(Hit::distance));
        Hit top = hits.get(0);
        boolean tie = hits.size() > 1 && hits.get(1).length() == top.length() && hits.get(1).distance() == top.distance()
                && !hits.get(1).name().name().equalsIgnoreCase(top.name().name());
        return tie ? new Result(Optional.empty(), true) : new Result(Optional.of(top), false);
    }

    private static Optional<Hit> best(List<String> words, Vocabulary.Name name, List<String> parts) {
        Hit best = null;
        for (int start = 0; start + parts.size() <= words.size(); start++) {
            int total = 0;
            for (int i = 0; i < parts.size() && total >= 0; i++) {
                int d = wordDistance(words.get(start + i), parts.get(i));
                total = d < 0 ? -1 : total + d;
            }
            if (total >= 0 && (best == null || total < best.distance())) {
                best = new Hit(name, total, start, parts.size());
            }
        }
        return Optional.ofNullable(best);
    }

    /** How far a word of the question is from a word of the name, or -1 when it is another word. */
    private static int wordDistance(String said, String part) {
        if (said.equals(part)) {
            return 0;
        }
        for (String ending : new String[] {"s", "es", "x", "n", "en", "e"}) {
            if (said.equals(part + ending) || part.equals(said + ending)) {
                return part.length() >= 3 ? 1 : -1;
            }
        }
        if (part.length() < 4 || said.length() < 4) {
            return -1;
        }
        int allowed = part.length() >= 8 ? 2 : 1;
        int d = Text.distance(said, part);
        return d <= allowed ? d + 1 : -1;
    }
}
