package cloud.olympus.server.workforce.web;

import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.QueryInstants;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Query parameters of the workforce endpoints, read one way: a bad one is a 400 naming it. */
final class Params {

    private Params() {
    }

    static UUID id(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field + " must be an id").with("field", field);
        }
    }

    static Instant instant(String value, String field, Instant otherwise) {
        return value == null || value.isBlank() ? otherwise : QueryInstants.parse(value, field);
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field + " must be a date, such as 2026-03-02").with("field", field);
        }
    }
}
