package cloud.olympus.server.analytics.web;

import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.web.ApiProblem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The query values the analytics endpoints read: a date and a place. */
final class AnalyticsInput {

    private AnalyticsInput() {
    }

    /** A date written YYYY-MM-DD; none: null. */
    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field + " must be a date such as 2026-11-27").with("field", field);
        }
    }

    /** No id: the tenant acting. */
    static UUID location(String value) {
        return Input.optionalId(value, "location_id");
    }
}
