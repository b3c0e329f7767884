package cloud.olympus.client;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error the server answered, read from its {@code application/problem+json} body. {@link #kind()}
 * is the last segment of the stable type ({@code not-found}, {@code rate-limited}, ...).
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      Map<String, Object> extra) {

    private static final Logger LOG = LoggerFactory.getLogger(Problem.class);
    private static final String TYPE_BASE = "https://olympus.cloud/problems/";

    public record FieldError(String field, String message) {
    }

    public String kind() {
        return type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : type;
    }

    /** A sentence fit to show a person. */
    public String message() {
        if (detail != null && !detail.isBlank()) {
            return detail;
        }
        return title != null && !title.isBlank() ? title : "Error " + status;
    }

    /** Reads a problem body; anything that is not one becomes a problem describing the status. */
    static Problem parse(JsonMapper json, int status, String body) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (RuntimeException e) {
            // Not JSON (a proxy's error page): described by its status below.
            LOG.debug("A {} answer whose body is not a problem document: {}", status, e.toString());
            node = null;
        }
        if (node == null || !node.isObject()) {
            return new Problem("about:blank", "HTTP " + status, status, null, List.of(), Map.of());
        }
        List<FieldError> errors = node.path("errors").isArray()
                ? node.path("errors").valueStream()
                    .map(e -> new FieldError(e.path("field").asString(""), e.path("message").asString("")))
                    .toList()
                : List.of();
        @SuppressWarnings("unchecked")
        Map<String, Object> all = json.convertValue(node, Map.class);
        Map<String, Object> extra = new java.util.LinkedHashMap<>(all);
        List.of("type", "title", "status", "detail", "instance", "errors").forEach(extra::remove);
        return new Problem(node.path("type").asString("about:blank"), node.path("title").asString(null),
                node.path("status").asInt(status), node.path("detail").asString(null), errors, Map.copyOf(extra));
    }
}
