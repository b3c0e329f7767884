package cloud.olympus.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationsTests extends ApiTest {

    @Test
    void healthIsUpIncludingTheDatabase() {
        Http.Response health = http().get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(health.json().at("/components/durability/status").asString()).isEqualTo("UP");
        assertThat(http().get("/health/readiness").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void metricsArePrometheusText() {
        http().get("/api/v1/users/me");
        Http.Response metrics = http().get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body()).contains("http_server_requests_seconds_count", "hikaricp_connections_active",
                "jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentListsEveryEndpoint() {
        Http.Response docs = http().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        List<String> paths = List.copyOf(docs.json().get("paths").propertyNames());
        assertThat(paths).contains("/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout",
                "/api/v1/users", "/api/v1/users/{id}", "/api/v1/users/me", "/api/v1/tenant", "/api/v1/tenant/locations",
                "/api/v1/admin/tenants", "/api/v1/admin/tenants/{id}",
                "/api/v1/inventory/items", "/api/v1/inventory/items/{id}", "/api/v1/inventory/items/{id}/adjustments",
                "/api/v1/inventory/items/{id}/movements", "/api/v1/inventory/categories", "/api/v1/orders", "/api/v1/orders/{id}",
                "/api/v1/orders/{id}/status", "/api/v1/orders/{id}/payments", "/api/v1/orders/{id}/refunds",
                "/api/v1/customers", "/api/v1/customers/{id}", "/api/v1/customers/{id}/loyalty");
        assertThat(docs.json().get("components").get("securitySchemes").has("bearer")).isTrue();
        assertThat(http().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void requestIdsAreEchoedOrMadeUp() {
        assertThat(http().withHeader("X-Request-Id", "till-7-42").get("/health").header("X-Request-Id")).isEqualTo("till-7-42");
        String madeUp = http().withHeader("X-Request-Id", "bad id with spaces").get("/health").header("X-Request-Id");
        assertThat(madeUp).isNotEqualTo("bad id with spaces").hasSize(36);
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() {
        Http.Response allowed = http().withHeader("Origin", "https://console.example")
                .withHeader("Access-Control-Request-Method", "POST")
                .send("OPTIONS", "/api/v1/auth/login", null, null);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://console.example");
        Http.Response refused = http().withHeader("Origin", "https://evil.example")
                .withHeader("Access-Control-Request-Method", "POST")
                .send("OPTIONS", "/api/v1/auth/login", null, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    }
}
