package cloud.olympus.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.Ledgers;
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
    void everyBusinessHasACatalogueOfItsTradeCustomersAndPastOrders() {
        for (String[] expected : new String[][]{{"bella-cucina", "Pizza Margherita"}, {"urban-threads", "Organic cotton tee M"},
                {"glow-salon", "Balayage"}, {"harbor-hotel", "Standard room, one night"}}) {
            String slug = expected[0];
            String token = TestTenants.login(http(), slug, "manager@" + slug + ".example", "olympus-demo")
                    .json().get("access_token").asString();
            Http manager = http(token);
            var items = manager.get("/api/v1/inventory/items?limit=200").json().get("data");
            assertThat(items.findValuesAsString("name")).as(slug).contains(expected[1]);
            assertThat(manager.get("/api/v1/customers?limit=200").json().get("data").size()).as(slug).isEqualTo(40);
            var orders = manager.get("/api/v1/orders?limit=200").json().get("data");
            assertThat(orders.size()).as(slug).isPositive();
            assertThat(orders.valueStream().map(o -> o.get("status").asString()).distinct()).contains("completed");
            orders.valueStream().filter(o -> o.get("status").asString().equals("completed")).forEach(o -> {
                assertThat(o.get("payment_status").asString()).isIn("paid", "refunded");
                assertThat(o.get("paid_total")).isEqualTo(o.get("total"));
            });
        }
        String token = TestTenants.login(http(), "bella-cucina", "owner@bella-cucina.example", "olympus-demo")
                .json().get("access_token").asString();
        var pizza = http(token).get("/api/v1/inventory/items?q=Margherita").json().get("data").get(0);
        assertThat(pizza.get("modifier_groups").findValuesAsString("name")).contains("Size", "Large");
        assertThat(pizza.get("track_stock").asBoolean()).isFalse();
        var wine = http(token).get("/api/v1/inventory/items?q=VIN-CHI").json().get("data").get(0);
        assertThat(wine.get("tax_class").asString()).isEqualTo("alcohol");
    }

    @Test
    void pastSalesLeaveTheStockLedgerConsistentAndPointsMatchTheLedger() {
        Ledgers.assertStockMatchesLedger(owner);
        Ledgers.assertPointsMatchLedger(owner);
        JdbcClient jdbc = JdbcClient.create(owner);
        assertThat(jdbc.sql("SELECT count(DISTINCT business_date) FROM commerce.orders").query(Long.class).single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void seedingAgainChangesNothing() {
        JdbcClient jdbc = JdbcClient.create(owner);
        String census = """
                SELECT (SELECT count(*) FROM platform.tenants) || '/' || (SELECT count(*) FROM auth.users)
                    || '/' || (SELECT count(*) FROM inventory.items) || '/' || (SELECT count(*) FROM inventory.stock_movements)
                    || '/' || (SELECT count(*) FROM customer.profiles) || '/' || (SELECT count(*) FROM commerce.orders)
                    || '/' || (SELECT count(*) FROM customer.loyalty_ledger)
                """;
        String before = jdbc.sql(census).query(String.class).single();
        seeder.run(new DefaultApplicationArguments());
        seeder.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql(census).query(String.class).single()).isEqualTo(before);
    }
}
