package cloud.olympus.server.shared.web;

import java.util.UUID;

/** An id given as a query parameter: absent when blank, a 400 naming the parameter when it is no id. */
public final class QueryIds {

    private QueryIds() {
    }

    public static UUID optional(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field + " must be an id").with("field", field);
        }
    }
}
