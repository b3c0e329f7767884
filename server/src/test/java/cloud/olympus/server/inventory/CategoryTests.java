package cloud.olympus.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** What a back office does with categories beyond their colours: rename one with its items, remove an empty one. */
class CategoryTests extends ApiTest {

    @Test
    void aRenamedCategoryTakesItsItemsAlongAndTheTillsSeeThem() {
        TestShop shop = openShop("retail");
        String mug = shop.item(ItemBuilder.item("MUG-1", "12.00").category("Kitchen").stock(1));
        shop.owner().put("/api/v1/inventory/categories/Kitchen", Map.of("colour", "#C0392B", "sort_order", 3));
        String cursor = shop.owner().get("/api/v1/inventory/catalogue").json().get("cursor").asString();

        Http.Response renamed = shop.owner().post("/api/v1/inventory/categories/Kitchen/rename", Map.of("name", " Homeware "));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Homeware");
        assertThat(renamed.json().get("colour").asString()).isEqualTo("#C0392B");
        assertThat(shop.itemNow(mug).get("category").asString()).isEqualTo("Homeware");
        assertThat(shop.owner().get("/api/v1/inventory/categories").json().toString()).isEqualTo("[\"Homeware\"]");
        JsonNode changed = shop.owner().get("/api/v1/inventory/catalogue?cursor=" + cursor).json();
        assertThat(changed.get("items").valueStream().map(i -> i.get("category").asString())).containsExactly("Homeware");

        shop.item(ItemBuilder.item("TEA-1", "3.00").category("Tea").stock(0));
        assertThat(shop.owner().post("/api/v1/inventory/categories/Tea/rename", Map.of("name", "Homeware")).status())
                .isEqualTo(409);
        assertThat(shop.owner().post("/api/v1/inventory/categories/Nothing/rename", Map.of("name", "Else")).status())
                .isEqualTo(404);
        assertThat(shop.owner().post("/api/v1/inventory/categories/Tea/rename", Map.of("name", "")).status()).isEqualTo(400);
        assertThat(shop.owner().post("/api/v1/inventory/categories/Tea/rename", Map.of("name", "T\u0000")).status())
                .isEqualTo(400);
    }

    @Test
    void aCategoryIsAddedBeforeAnyItemIsInItOnlyByEditorsAndOnlyForItsOwnBusiness() {
        TestShop shop = openShop("retail");
        Http.Response added = shop.owner().post("/api/v1/inventory/categories",
                Map.of("name", " Garden tools ", "colour", "#27AE60", "sort_order", 4));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("name").asString()).isEqualTo("Garden tools");
        assertThat(added.json().get("colour").asString()).isEqualTo("#27AE60");
        assertThat(added.json().get("sort_order").asInt()).isEqualTo(4);
        Http.Response plain = shop.owner().post("/api/v1/inventory/categories", Map.of("name", "Seeds"));
        assertThat(plain.status()).as(plain.toString()).isEqualTo(201);
        assertThat(plain.json().get("colour").isNull()).isTrue();
        assertThat(plain.json().get("sort_order").asInt()).isZero();
        assertThat(shop.owner().get("/api/v1/inventory/categories").json().toString()).isEqualTo("[\"Seeds\",\"Garden tools\"]");
        // The new category is read where all of them are, whatever its name holds.
        Http.Response slashed = shop.owner().post("/api/v1/inventory/categories", Map.of("name", "Pots / planters", "sort_order", 9));
        assertThat(slashed.status()).as(slashed.toString()).isEqualTo(201);
        Http.Response where = shop.owner().get(slashed.header("Location"));
        assertThat(where.status()).as(slashed.header("Location")).isEqualTo(200);
        assertThat(where.json().findValuesAsString("name")).contains("Pots / planters");
        String rake = shop.item(ItemBuilder.item("RAKE-1", "19.00").category("Garden tools").stock(1));
        assertThat(shop.itemNow(rake).get("category").asString()).isEqualTo("Garden tools");

        Http.Response again = shop.owner().post("/api/v1/inventory/categories", Map.of("name", "Garden tools"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.toString()).contains("name");
        for (Map<String, Object> bad : java.util.List.<Map<String, Object>>of(Map.of("name", ""), Map.of("name", "   "),
                Map.of("name", "x".repeat(101)), Map.of("name", "Bad\u0000name"), Map.of("name", "Pots", "colour", "red"),
                Map.of("name", "Pots", "colour", "#12345G"), Map.of("name", "Pots", "sort_order", -1),
                Map.of("name", "Pots", "sort_order", 10_001))) {
            Http.Response refused = shop.owner().post("/api/v1/inventory/categories", bad);
            assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
            assertThat(refused.problemType()).as(bad + ": " + refused).isNotNull();
        }
        Http.Response huge = shop.owner().send("POST", "/api/v1/inventory/categories",
                "{\"name\": \"Pots\", \"sort_order\": 1e1000000}", "application/json");
        assertThat(huge.status()).as(huge.toString()).isEqualTo(400);

        TestShop theirs = openShop("retail");
        Http.Response theirsAdded = theirs.owner().post("/api/v1/inventory/categories", Map.of("name", "Garden tools"));
        assertThat(theirsAdded.status()).as("another business has its own categories").isEqualTo(201);
        assertThat(theirs.owner().get("/api/v1/inventory/categories").json().toString()).isEqualTo("[\"Garden tools\"]");
        assertThat(theirs.owner().put("/api/v1/inventory/categories/Seeds", Map.of("colour", "#000000")).status())
                .as("nor reaches ours").isEqualTo(404);
        Http cashier = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier"));
        assertThat(cashier.post("/api/v1/inventory/categories", Map.of("name", "Pots")).status()).isEqualTo(403);
        assertThat(shop.owner().get("/api/v1/inventory/categories").json().toString())
                .isEqualTo("[\"Seeds\",\"Garden tools\",\"Pots / planters\"]");
    }

    @Test
    void onlyAnEmptyCategoryIsRemovedAndOnlyByEditorsOfItsOwnBusiness() {
        TestShop shop = openShop("retail");
        String mug = shop.item(ItemBuilder.item("MUG-1", "12.00").category("Kitchen").stock(1));
        assertThat(shop.owner().delete("/api/v1/inventory/categories/Kitchen").status()).isEqualTo(409);
        shop.owner().patch("/api/v1/inventory/items/" + mug, Map.of("category", "Homeware"));

        TestShop theirs = openShop("retail");
        assertThat(theirs.owner().delete("/api/v1/inventory/categories/Kitchen").status()).isEqualTo(404);
        Http cashier = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier"));
        assertThat(cashier.delete("/api/v1/inventory/categories/Kitchen").status()).isEqualTo(403);
        assertThat(cashier.post("/api/v1/inventory/categories/Kitchen/rename", Map.of("name", "X")).status()).isEqualTo(403);

        assertThat(shop.owner().delete("/api/v1/inventory/categories/Kitchen").status()).isEqualTo(204);
        assertThat(shop.owner().get("/api/v1/inventory/categories").json().toString()).isEqualTo("[\"Homeware\"]");
        assertThat(shop.owner().delete("/api/v1/inventory/categories/Kitchen").status()).isEqualTo(404);
    }
    @Autowired
    DataSource appDataSource;

    @Test
    void aCategoryAnItemIsBeingPutIntoIsNotRemovedFromUnderIt() throws Exception {
        TestShop shop = openShop("retail");
        String mug = shop.item(ItemBuilder.item("MUG-1", "12.00").category("Kitchen").stock(1));
        shop.owner().patch("/api/v1/inventory/items/" + mug, Map.of("category", "Homeware"));
        ExecutorService calls = Executors.newFixedThreadPool(2);
        Future<String> added;
        Future<Http.Response> removal;
        // Another till is adding an item of the same SKU: the new kettle's insert waits on it, half done.
        try (Connection other = appDataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement sql = other.createStatement()) {
                sql.execute("SELECT set_config('app.tenant_id', '" + shop.tenant().id() + "', true)");
                sql.execute("INSERT INTO inventory.items (tenant_id, sku, name, unit_price) VALUES ('"
                        + shop.tenant().id() + "', 'KETTLE-1', 'Kettle', 1.00)");
            }
            added = calls.submit(() -> shop.item(ItemBuilder.item("KETTLE-1", "30.00").category("Kitchen").stock(0)));
            awaitWaiting(1);
            removal = calls.submit(() -> shop.owner().delete("/api/v1/inventory/categories/Kitchen"));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> removal.isDone() || waiting() >= 2);
            other.rollback();
        }
        assertThat(added.get(30, TimeUnit.SECONDS)).isNotNull();
        Http.Response removed = removal.get(30, TimeUnit.SECONDS);
        calls.shutdown();

        assertThat(removed.status()).as(removed.toString()).isEqualTo(409);
        assertThat(shop.owner().get("/api/v1/inventory/categories").json().toString()).contains("\"Kitchen\"");
    }

    private void awaitWaiting(int sessions) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waiting() >= sessions);
    }

    private long waiting() {
        return JdbcClient.create(appDataSource).sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                .query(Long.class).single();
    }
}
