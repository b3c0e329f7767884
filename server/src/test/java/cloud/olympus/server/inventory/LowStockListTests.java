package cloud.olympus.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.TestShop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The back office's low-stock list: counted items available at or below their minimum, paged like every list. */
class LowStockListTests extends ApiTest {

    @Test
    void onlyCountedItemsAtOrBelowTheirMinimumAreLow() {
        TestShop shop = openShop("retail");
        shop.owner().post("/api/v1/inventory/items", Map.of("sku", "LOW-A", "name", "A low", "unit_price", "1.00",
                "current_stock", 2, "min_stock", 5));
        shop.owner().post("/api/v1/inventory/items", Map.of("sku", "LOW-B", "name", "B at minimum", "unit_price", "1.00",
                "current_stock", 5, "min_stock", 5));
        shop.owner().post("/api/v1/inventory/items", Map.of("sku", "OK-C", "name", "C plenty", "unit_price", "1.00",
                "current_stock", 6, "min_stock", 5));
        shop.owner().post("/api/v1/inventory/items", Map.of("sku", "UNC-D", "name", "D uncounted", "unit_price", "1.00",
                "track_stock", false));
        shop.item(ItemBuilder.item("LOW-E", "1.00").name("E empty").stock(0));

        List<String> low = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = shop.owner().get("/api/v1/inventory/items?low_stock=true&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("data").forEach(i -> low.add(i.get("sku").asString()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asString();
        } while (cursor != null);
        assertThat(low).containsExactly("LOW-A", "LOW-B", "LOW-E");
        assertThat(shop.owner().get("/api/v1/inventory/items?low_stock=false").json().get("data")).hasSize(5);
        assertThat(shop.owner().get("/api/v1/inventory/items?low_stock=maybe").status()).isEqualTo(400);
        assertThat(openShop("retail").owner().get("/api/v1/inventory/items?low_stock=true").json().get("data")).isEmpty();
    }
}
