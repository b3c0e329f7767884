package cloud.olympus.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
