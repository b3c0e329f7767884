package cloud.olympus.server.shared.web;

import cloud.olympus.server.shared.domain.InputBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** An instant in a query parameter, read one way (or a business date, where a list takes either): ISO-8601 within the bounds of any instant the API takes, else a 400 naming it. */
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

    /**
     * The instant, or a business date turned into the instant its day starts at by {@code dayStart}
     * ({@code to} then means the end of that day: the start of the next); null when absent or blank.
     */
    public static Instant instantOrDay(String value, String field, Function<LocalDate, Instant> dayStart) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(value);
                InputBounds.dateProblem(date).ifPresent(problem -> {
                    throw ApiProblem.invalid(field + " " + problem).with("field", field);
                });
                return dayStart.apply(field.equals("to") ? date.plusDays(1) : date);
            } catch (DateTimeParseException e) {
                throw ApiProblem.invalid(field + " must be an instant or a date").with("field", field);
            }
        }
        InputBounds.instantProblem(instant).ifPresent(problem -> {
            throw ApiProblem.invalid(field + " " + problem).with("field", field);
        });
        return instant;
    }
}
