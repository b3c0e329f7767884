package cloud.olympus.server.support;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** GraphQL over real HTTP for tests: a document and its variables in, {@link Answer} out. */
public record GraphQl(Http http) {

    public static final String PATH = "/graphql";

    public Answer run(String document) {
        return run(document, Map.of());
    }

    public Answer run(String document, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return new Answer(http.post(PATH, body));
    }

    /**
     * A GraphQL input from one of the REST API's request records: the same fields in camelCase
     * (as {@code createOrder}'s {@code input} is {@code POST /api/v1/orders}'s body).
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> input(Object request) {
        return Http.JSON.convertValue(request, Map.class);
    }

    /** Sends a body as it is, for requests that are not even GraphQL. */
    public Answer raw(String body) {
        return new Answer(http.send("POST", PATH, body, "application/json"));
    }

    /** What the server answered; for GraphQL answers, their data and errors. */
    public record Answer(Http.Response response) {

        public int status() {
            return response.status();
        }

        public JsonNode data() {
            return response.json().path("data");
        }

        public JsonNode errors() {
            return response.json().path("errors");
        }

        /** The first error's problem type, its last segment: {@code not-found}. */
        public String errorType() {
            String type = errors().path(0).path("extensions").path("type").asString("");
            return type.substring(type.lastIndexOf('/') + 1);
        }

        public String classification() {
            return errors().path(0).path("extensions").path("classification").asString("");
        }

        public String message() {
            return errors().path(0).path("message").asString("");
        }

        @Override
        public String toString() {
            return response.toString();
        }
    }
}
