package cloud.olympus.server.shared.web;

import cloud.olympus.server.shared.domain.InputBounds;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** An instant in a query parameter, read one way: ISO-8601 within the bounds of any instant the API takes, else a 400 naming it. */
public final class QueryInstants {

    private QueryInstants() {
    }

    /** The instant, or null when the parameter is absent. */
    public static Instant parse(String value, String field) {
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field + " must be an ISO-8601 instant, such as 2026-03-01T00:00:00Z").with("field", field);
        }
        InputBounds.instantProblem(instant).ifPresent(problem -> {
            throw ApiProblem.invalid(field + " " + problem).with("field", field);
        });
        return instant;
    }
}
