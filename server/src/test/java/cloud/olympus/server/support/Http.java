package cloud.olympus.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real HTTP client for tests: JSON in, {@link Response} out. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Reads decimals exactly, trailing zeros included, as a till would. */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /**
     * Writes bodies as the server names their fields (snake_case, nulls included: spring.jackson in
     * application.yaml), for a server in another process; tests with the server in their own JVM
     * write with its own mapper instead. RequestJsonTests holds the two to the same JSON.
     */
    public static final JsonMapper WIRE = JsonMapper.builder()
            .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private final String base;
    private final JsonMapper wire;
    private final Map<String, String> headers;

    public Http(String base) {
        this(base, WIRE);
    }

    /** Request records are written by {@code wire}: the server's own mapper, so the JSON is what it reads. */
    public Http(String base, JsonMapper wire) {
        this(base, wire, Map.of());
    }

    private Http(String base, JsonMapper wire, Map<String, String> headers) {
        this.base = base;
        this.wire = wire;
        this.headers = headers;
    }

    public Http withToken(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    public Http withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Http(base, wire, copy);
    }

    /** The same server, without this one's token or other headers. */
    public Http withoutHeaders() {
        return new Http(base, wire, Map.of());
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, json(body), "application/json");
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, json(body), "application/json");
    }

    public Response put(String path, Object body) {
        return send("PUT", path, json(body), "application/json");
    }

    /** Sends a raw body, for malformed input. */
    public Response send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose answer is not text (a zip, a picture): its bytes as they came. */
    public HttpResponse<byte[]> bytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient client() {
        return CLIENT;
    }

    public String base() {
        return base;
    }

    /** A request record as the server reads it; a map as it stands; a string as it is (for malformed JSON). */
    private String json(Object body) {
        return body instanceof String s ? s : wire.writeValueAsString(body);
    }

    /** A response with its body parsed as JSON when it is JSON. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The problem type's last segment, e.g. {@code not-found}. */
        public String problemType() {
            String type = json().path("type").asString();
            return type.substring(type.lastIndexOf('/') + 1);
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
