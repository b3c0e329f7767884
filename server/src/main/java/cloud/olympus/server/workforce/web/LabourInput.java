package cloud.olympus.server.workforce.web;

import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.web.ApiProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The query values the labour and staffing endpoints share: a business date and a place. */
final class LabourInput {

    private LabourInput() {
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.invalid("date is required, such as 2026-11-27").with("field", "date");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("date must be a date such as 2026-11-27").with("field", "date");
        }
    }

    /** No id: the tenant acting. */
    static UUID location(String value) {
        return Input.optionalId(value, "location_id");
    }
}
