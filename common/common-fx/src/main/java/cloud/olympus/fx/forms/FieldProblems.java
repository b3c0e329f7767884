package cloud.olympus.fx.forms;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.Problem;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a form was refused, split the way a form shows it: a message next to each field the server
 * (or the form's own check) named, and one for the form as a whole when no field was named.
 * Field names are the API's ({@code starts_at}, {@code settings.tax_rates}).
 */
public record FieldProblems(Map<String, Phrase> fields, Phrase general) {

    /** A key without a text: the server's own words are shown. */
    private static final String SERVER_WORDS = "problem.field";

    public static final FieldProblems NONE = new FieldProblems(Map.of(), Phrase.NONE);

    public FieldProblems {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** One field at fault, said by the form itself before anything was sent. */
    public static FieldProblems field(String field, Phrase phrase) {
        return new FieldProblems(Map.of(field, phrase), Phrase.NONE);
    }

    /**
     * What a failed call says: the problem's {@code errors} (each field with the server's words), or
     * its single {@code field} with its detail (or the text for its {@code reason}, such as
     * {@code problem.conflict.double_booked}); anything else as the general message.
     */
    public static FieldProblems of(RuntimeException failure) {
        if (failure instanceof OlympusApiException refused) {
            Problem problem = refused.problem();
            Map<String, Phrase> fields = new LinkedHashMap<>();
            problem.errors().forEach(e -> fields.put(e.field(), Phrase.orElse(SERVER_WORDS, e.message())));
            if (problem.extra().get("field") instanceof String field && !field.isBlank()) {
                // The server's own words say what is wrong with the field; a reason we have a text for says it in the person's language.
                String reason = problem.extra().get("reason") instanceof String r ? "." + r : "";
                fields.put(field, Phrase.orElse(reason.isEmpty() ? SERVER_WORDS : Problems.PREFIX + problem.kind() + reason,
                        problem.message()));
            }
            return fields.isEmpty() ? new FieldProblems(Map.of(), Problems.phrase(problem)) : new FieldProblems(fields, Phrase.NONE);
        }
        return new FieldProblems(Map.of(), Problems.phrase(failure));
    }

    /** The message for {@code field} or for any field under it ({@code tax_rates} covers {@code settings.tax_rates.food}). */
    public Phrase of(String field) {
        Phrase exact = fields.get(field);
        if (exact != null) {
            return exact;
        }
        return fields.entrySet().stream()
                .filter(e -> e.getKey().equals(field) || e.getKey().endsWith("." + field) || e.getKey().startsWith(field + ".")
                        || e.getKey().contains("." + field + "."))
                .map(Map.Entry::getValue).findFirst().orElse(Phrase.NONE);
    }

    /** The one thing to say where a list has no fields: the general message, else the first field's. */
    public Phrase first() {
        return general.isNone() && !fields.isEmpty() ? fields.values().iterator().next() : general;
    }

    public boolean isEmpty() {
        return fields.isEmpty() && general.isNone();
    }
}
