package cloud.olympus.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestTenants;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

class DemoDataTests extends ApiTest {

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    @Qualifier("owner")
    DataSource owner;

    @Test
    void everyDemoLoginWorks() {
        for (String slug : new String[]{"bella-cucina", "urban-threads", "glow-salon", "harbor-hotel"}) {
            for (String who : new String[]{"owner", "manager", "cashier"}) {
                Http.Response login = TestTenants.login(http(), slug, who + "@" + slug + ".example", "olympus-demo");
                assertThat(login.status()).as(slug + " " + who).isEqualTo(200);
            }
        }
    }

    @Test
    void bellaCucinaHasTwoLocationsOfTheRightIndustries() {
        String token = TestTenants.login(http(), "bella-cucina", "owner@bella-cucina.example", "olympus-demo")
                .json().get("access_token").asString();
        var tenant = http(token).get("/api/v1/tenant").json();
        assertThat(tenant.get("industry").asString()).isEqualTo("restaurant");
        assertThat(tenant.get("tier").asString()).isEqualTo("enterprise");
        assertThat(http(token).get("/api/v1/tenant/locations").json().findValuesAsString("slug"))
                .containsExactly("bella-cucina-downtown", "bella-cucina-harbor");
        String hotel = TestTenants.login(http(), "harbor-hotel", "owner@harbor-hotel.example", "olympus-demo")
                .json().get("access_token").asString();
        assertThat(http(hotel).get("/api/v1/tenant").json().get("industry").asString()).isEqualTo("hospitality");
    }

    @Test
    void seedingAgainChangesNothing() {
        JdbcClient jdbc = JdbcClient.create(owner);
        String census = """
                SELECT (SELECT count(*) FROM platform.tenants) || '/' || (SELECT count(*) FROM auth.users)
                """;
        String before = jdbc.sql(census).query(String.class).single();
        seeder.run(new DefaultApplicationArguments());
        seeder.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql(census).query(String.class).single()).isEqualTo(before);
    }
}
