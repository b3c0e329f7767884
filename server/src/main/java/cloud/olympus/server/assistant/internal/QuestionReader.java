package cloud.olympus.server.assistant.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question: its language (the one asked for wins), its intent, and what it names: days,
 * a number of results, a product, a category and a location of the business. Pure rules, no outside
 * service; text that tries to give the assistant orders is refused rather than read.
 */
public final class QuestionReader {

    private static final Pattern ORDERS_TO_THE_ASSISTANT = Pattern.compile("\\b(?:ignor\\w*|disregard|forget|olvida\\w*|oublie\\w*"
            + "|vergiss|pretend|jailbreak|act as|you are now|developer mode|system prompt|prompt|instructions?|instrucciones"
            + "|consignes|anweisung\\w*|password|passwor\\w*|contrasena|mot de passe|api key|token|sudo|rm rf|drop table"
            + "|union select|select from|delete from|insert into)\\b");
    private static final Pattern MARKUP = Pattern.compile("(?i)<\\s*/?\\s*[a-z]+|\\{\\{|\\$\\{|;\\s*--");
    private static final Pattern TOP = Pattern.compile("\\b(?:top|los|las|les|die) ?(N)\\b|\\b(N)\\b");

    private QuestionReader() {
    }

    public static Reading read(String question, Language asked, Vocabulary vocabulary, LocalDate today) {
        String text = Text.normalise(question == null ? "" : question);
        List<String> words = Text.words(text);
        Language language = asked != null ? asked : LanguageDetector.detect(question == null ? "" : question, words);
        if (words.isEmpty()) {
            return Reading.declined(language, Reading.Decline.EMPTY);
        }
        if (ORDERS_TO_THE_ASSISTANT.matcher(text).find() || MARKUP.matcher(question).find()) {
            return Reading.declined(language, Reading.Decline.REFUSED);
        }
        IntentRules.Match match = IntentRules.match(text, language);
        if (match.ambiguous()) {
            return Reading.declined(language, Reading.Decline.AMBIGUOUS);
        }
        if (match.intent().isEmpty()) {
            return Reading.declined(language, Reading.Decline.NOT_UNDERSTOOD);
        }
        Intent intent = match.intent().get();
        Optional<DateExpressions.Found> days = DateExpressions.find(text, language, today, intent.lookingAhead());
        String rest = days.map(DateExpressions.Found::rest).orElse(text);

        Named location = named(rest, vocabulary.locations());
        Named product = named(location.rest(), vocabulary.products());
        Named category = named(product.rest(), vocabulary.categories());
        if (location.ambiguous() || product.ambiguous() || category.ambiguous()) {
            return Reading.declined(language, Reading.Decline.AMBIGUOUS);
        }
        return new Reading(language, Optional.of(intent), Reading.Decline.NONE,
                days.map(DateExpressions.Found::from).orElse(null), days.map(DateExpressions.Found::to).orElse(null),
                limit(category.rest(), language), product.name(), category.name() == null ? null : category.name().name(),
                location.name());
    }

    private record Named(Vocabulary.Name name, boolean ambiguous, String rest) {
    }

    private static Named named(String text, List<Vocabulary.Name> names) {
        List<String> words = Text.words(text);
        NameMatcher.Result result = NameMatcher.find(words, names);
        if (result.hit().isEmpty()) {
            return new Named(null, result.ambiguous(), text);
        }
        NameMatcher.Hit hit = result.hit().get();
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i < hit.start() || i >= hit.start() + hit.length()) {
                rest.append(words.get(i)).append(' ');
            }
        }
        return new Named(hit.name(), false, rest.toString().trim());
    }

    /** "top 5", "las cinco", or a lone number: how many to list, from 1 to 50. */
    private static Integer limit(String text, Language language) {
        String numbers = NumberWords.pattern(language);
        Matcher m = Pattern.compile(TOP.pattern().replace("N", numbers)).matcher(text);
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            Optional<Integer> value = NumberWords.value(word, language).filter(n -> n >= 1 && n <= 50);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return null;
    }
}
