package cloud.olympus.desktop.console;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.Problem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields a server refused in a form, each with the server's sentence: from the list of field
 * errors a validation answers, or the one {@code field} a business rule names.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Field (wire name) to sentence; empty when the refusal names no field. */
    public static Map<String, String> of(OlympusApiException refusal) {
        Problem problem = refusal.problem();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.errors()) {
            if (!error.field().isBlank()) {
                fields.put(error.field(), error.message().isBlank() ? problem.message() : error.message());
            }
        }
        Object field = problem.extra().get("field");
        if (field instanceof String name && !name.isBlank()) {
            fields.putIfAbsent(name, problem.message());
        }
        return fields;
    }
}
