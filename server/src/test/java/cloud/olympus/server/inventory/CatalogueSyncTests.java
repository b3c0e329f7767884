package cloud.olympus.server.inventory;

import static cloud.olympus.server.support.ItemBuilder.item;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.inventory.web.InventoryController.CategoryRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A till's catalogue sync never misses a committed change, however late its transaction commits. */
class CatalogueSyncTests extends ApiTest {

    @Autowired
    DataSource appDataSource;

    @Test
    void aChangeCommittedWhileASyncRunsComesWithTheNextSync() throws Exception {
        TestShop shop = openShop("retail");
        String scarf = shop.item("SCARF", "20.00", 5);
        Http till = shop.owner();
        String cursor = till.get("/api/v1/inventory/catalogue").json().get("cursor").asString();

        // A price change begins before the next sync and commits after it.
        try (Connection late = appDataSource.getConnection()) {
            late.setAutoCommit(false);
            try (PreparedStatement tenant = late.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                tenant.setString(1, shop.tenant().id().toString());
                tenant.execute();
            }
            try (PreparedStatement price = late.prepareStatement("UPDATE inventory.items SET unit_price = 25.00 WHERE id = ?")) {
                price.setObject(1, UUID.fromString(scarf));
                assertThat(price.executeUpdate()).isEqualTo(1);
            }
            JsonNode during = till.get("/api/v1/inventory/catalogue?cursor=" + cursor).json();
            assertThat(during.get("items").findValuesAsString("sku")).doesNotContain("SCARF");
            cursor = during.get("cursor").asString();
            late.commit();
        }

        JsonNode after = till.get("/api/v1/inventory/catalogue?cursor=" + cursor).json();
        assertThat(after.get("items")).hasSize(1);
        assertThat(after.get("items").get(0).get("unit_price").toString()).isEqualTo("25.00");
        JsonNode quiet = till.get("/api/v1/inventory/catalogue?cursor=" + after.get("cursor").asString()).json();
        assertThat(quiet.get("items")).isEmpty();
        assertThat(till.get("/api/v1/inventory/catalogue?cursor=yesterday").status()).isEqualTo(400);
    }

    @Test
    void categoriesCarryTheirColourToTheTill() {
        TestShop shop = openShop("retail");
        shop.item(item("TEE", "9.00").name("Tee").category("Shirts").imageUrl("https://images.example/tee.png"));
        Http owner = shop.owner();
        assertThat(owner.put("/api/v1/inventory/categories/Shirts", new CategoryRequest("#2E86C1", 2)).status()).isEqualTo(200);
        assertThat(owner.put("/api/v1/inventory/categories/Shirts", new CategoryRequest("blue", null)).status()).isEqualTo(400);
        assertThat(owner.put("/api/v1/inventory/categories/Hats", new CategoryRequest("#2E86C1", null)).status()).isEqualTo(404);
        JsonNode catalogue = owner.get("/api/v1/inventory/catalogue").json();
        assertThat(catalogue.get("categories").get(0).get("colour").asString()).isEqualTo("#2E86C1");
        assertThat(catalogue.get("items").get(0).get("image_url").asString()).isEqualTo("https://images.example/tee.png");
        assertThat(owner.post("/api/v1/inventory/items", item("CAP", "5.00").name("Cap").imageUrl("javascript:alert(1)").create())
                .status()).isEqualTo(400);
    }
}
