package cloud.olympus.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.OlympusServer;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestTenants;
import cloud.olympus.server.support.UserRequests;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server against a PostgreSQL it did not start, given only {@code spring.datasource.*}, whose
 * owner login is neither superuser nor able to bypass row-level security: the set-up most hosted
 * databases give you. Started twice to show migrations and role set-up survive a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseTests {

    @Test
    void servesFromAnExternalDatabaseOwnedByAnOrdinaryRole(CapturedOutput output) throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "external-");
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
            JdbcClient superuser = JdbcClient.create(external.getPostgresDatabase());
            superuser.sql("CREATE ROLE shop_owner LOGIN PASSWORD 'owner-secret' CREATEROLE").update();
            superuser.sql("CREATE DATABASE shop OWNER shop_owner").update();
            String url = "jdbc:postgresql://localhost:" + external.getPort() + "/shop";

            for (int start = 1; start <= 2; start++) {
                try (ConfigurableApplicationContext server = new SpringApplicationBuilder(OlympusServer.class).run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=shop_owner",
                        "--spring.datasource.password=owner-secret",
                        "--server.port=0",
                        "--olympus.data-dir=" + dataDir,
                        "--olympus.demo=true", "--olympus.demo-history-days=2", "--olympus.demo-customers=20")) {
                    Http http = new Http("http://localhost:" + server.getEnvironment().getProperty("local.server.port"),
                            server.getBean(JsonMapper.class));
                    // This PostgreSQL runs with fsync off: said loudly, without failing the probes.
                    Http.Response health = http.get("/health");
                    assertThat(health.status()).isEqualTo(200);
                    assertThat(health.json().get("status").asString()).isEqualTo("NOT_DURABLE");
                    assertThat(health.json().at("/components/durability/status").asString()).isEqualTo("NOT_DURABLE");
                    assertThat(http.get("/health/readiness").json().get("status").asString()).isEqualTo("UP");
                    Http.Response login = TestTenants.login(http, "bella-cucina", "owner@bella-cucina.example", "olympus-demo");
                    assertThat(login.status()).as("start %d: %s", start, login).isEqualTo(200);
                    String token = login.json().get("access_token").asString();
                    assertThat(http.withToken(token).get("/api/v1/tenant/locations").json().size()).isEqualTo(2);
                    Http.Response other = http.withToken(token).post("/api/v1/users",
                            UserRequests.user("start" + start + "@bella-cucina.example", "cashier"));
                    assertThat(other.status()).isEqualTo(201);
                }
            }

            // The second start cannot change the role the first made (this owner did not create it): it says so,
            // without the statement, which carries the application's password.
            assertThat(output.getAll()).doesNotContainIgnoringCase("PASSWORD '");
            assertThat(superuser.sql("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = 'olympus_app'")
                    .query(Boolean.class).single()).isFalse();
            JdbcClient shop = JdbcClient.create(external.getDatabase("postgres", "shop"));
            assertThat(shop.sql("SELECT count(*) FROM platform.tenants").query(Long.class).single()).isEqualTo(6);
            assertThat(shop.sql("SELECT tableowner FROM pg_tables WHERE schemaname = 'auth' AND tablename = 'users'")
                    .query(String.class).single()).isEqualTo("shop_owner");
        }
    }
}
