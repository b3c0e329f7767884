package cloud.olympus.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Input the server cannot accept gets a 4xx problem that says why; never a 500. */
class BadInputTests extends ApiTest {

    @Test
    void malformedJsonIsA400() {
        assertProblem(http().send("POST", "/api/v1/auth/login", "{\"email\": ", "application/json"), 400, "malformed-request");
        assertProblem(http().send("POST", "/api/v1/auth/login", "[1,2,3]", "application/json"), 400, "malformed-request");
        assertProblem(http().send("POST", "/api/v1/auth/login", "{} trailing", "application/json"), 400, "malformed-request");
    }

    @Test
    void unknownFieldsAreNamed() {
        Http.Response response = http().post("/api/v1/auth/login", Map.of("email", "a@b.test", "password", "x",
                "tenant_slug", "abc", "is_admin", true));
        assertProblem(response, 400, "malformed-request");
        assertThat(response.json().get("detail").asString()).contains("is_admin");
    }

    @Test
    void missingFieldsAreListed() {
        Http.Response response = http().post("/api/v1/auth/login", Map.of("email", "a@b.test"));
        assertProblem(response, 400, "validation-failed");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("password", "tenant_slug");
        assertProblem(http().send("POST", "/api/v1/auth/login", null, "application/json"), 400, "malformed-request");
    }

    @Test
    void wrongTypesAreA400NamingTheField() {
        Http.Response number = http().post("/api/v1/auth/login", Map.of("email", 42, "password", "x", "tenant_slug", "abc"));
        assertProblem(number, 400, "malformed-request");
        assertThat(number.json().get("detail").asString()).contains("email");

        var tenant = openTenant("retail", "starter");
        Http.Response roles = http(tenant.accessToken()).post("/api/v1/users", Map.of("email", "a@b.test",
                "password", "long-enough-1", "roles", "cashier"));
        assertProblem(roles, 400, "malformed-request");
        assertThat(roles.json().get("detail").asString()).contains("roles");
        assertProblem(http(tenant.accessToken()).get("/api/v1/users/not-a-uuid"), 400, "malformed-request");
    }

    @Test
    void oversizeBodiesAre413WhetherDeclaredOrStreamed() throws Exception {
        String big = "{\"email\":\"" + "a".repeat(70_000) + "\"}";
        assertProblem(http().send("POST", "/api/v1/auth/login", big, "application/json"), 413, "payload-too-large");

        // Chunked: no Content-Length, so the limit is enforced while reading.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(http().base() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> response = http().client().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void wrongMediaTypeMethodAndPathAreProblems() {
        assertProblem(http().send("POST", "/api/v1/auth/login", "email=a", "text/plain"), 415, "unsupported-media-type");
        assertProblem(http().send("DELETE", "/api/v1/auth/login", null, null), 405, "method-not-allowed");
        var tenant = openTenant("retail", "starter");
        assertProblem(http(tenant.accessToken()).get("/api/v1/no-such-thing"), 404, "not-found");
    }

    @Test
    void longFieldsAreRefusedBeforeAnyWork() {
        Http.Response response = http().post("/api/v1/auth/login", Map.of("email", "a@b.test",
                "password", "p".repeat(300), "tenant_slug", "abc"));
        assertProblem(response, 400, "validation-failed");
        assertThat(response.json().get("errors").findValuesAsString("field")).isEqualTo(List.of("password"));
    }

    private static void assertProblem(Http.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo(type);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }
}
