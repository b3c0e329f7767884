package cloud.olympus.server.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole server on a random port, over real HTTP, on an embedded PostgreSQL of its own, with
 * demo data. Every test class that extends this shares one application context (and one
 * database), so tests make their own tenants with unique slugs rather than clean up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EventLog.class)
public abstract class ApiTest {

    public static final String ADMIN_KEY = "test-admin-key-0123456789";
    private static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    protected int port;

    /** The application's own mapper: request records go out named as the server reads them. */
    @Autowired
    private JsonMapper serverJson;

    @DynamicPropertySource
    static void serverProperties(DynamicPropertyRegistry registry) {
        registry.add("olympus.data-dir", DATA_DIR::toString);
        registry.add("olympus.demo", () -> "true");
        registry.add("olympus.demo-history-days", () -> "3");
        registry.add("olympus.demo-customers", () -> "40");
        registry.add("olympus.auth.admin-key", () -> ADMIN_KEY);
        registry.add("olympus.auth.session-check-interval", () -> "2s");
        registry.add("olympus.auth.refresh-grace", () -> "2s");
        registry.add("olympus.auth.rate-limit.identity-attempts", () -> "5");
        registry.add("olympus.auth.rate-limit.identity-window", () -> "10m");
        registry.add("olympus.auth.rate-limit.account-attempts", () -> "12");
        registry.add("olympus.auth.rate-limit.account-window", () -> "1h");
        // Tests act as a reverse proxy on loopback, so they can log in from several client addresses.
        registry.add("olympus.http.trusted-proxies", () -> "127.0.0.1,::1");
        registry.add("olympus.auth.rate-limit.address-attempts", () -> "100000");
        registry.add("olympus.auth.rate-limit.address-window", () -> "1m");
        registry.add("olympus.http.max-body-bytes", () -> "65536");
        registry.add("olympus.cors.allowed-origins", () -> "https://console.example");
        registry.add("olympus.realtime.socket.auth-timeout", () -> "2s");
        registry.add("olympus.approvals.sweep-interval", () -> "1s");
        // Tests take a business's rollups away and rebuild them when they choose, not when the server is ready.
        registry.add("olympus.analytics.backfill-on-start", () -> "false");
    }

    protected Http http() {
        return new Http("http://localhost:" + port, serverJson);
    }

    protected Http http(String accessToken) {
        return http().withToken(accessToken);
    }

    /** A fresh business with its owner logged in and a way to fill its shop. */
    protected TestShop openShop(String industry) {
        TestTenants.Opened tenant = openTenant(industry, "professional");
        return new TestShop(tenant, http(tenant.accessToken()));
    }

    /** A fresh business with its owner logged in. */
    protected TestTenants.Opened openTenant(String industry, String tier) {
        return TestTenants.open(http(), industry, tier);
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Path createDataDir() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "test-data-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
