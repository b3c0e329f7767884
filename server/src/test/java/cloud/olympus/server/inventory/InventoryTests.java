package cloud.olympus.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.EventLog;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.Ledgers;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;

class InventoryTests extends ApiTest {

    @Autowired
    EventLog events;

    @Autowired
    @Qualifier("owner")
    DataSource owner;

    @Test
    void anItemsOpeningStockIsAReceiptInTheLedger() {
        TestShop shop = openShop("retail");
        Http.Response created = shop.owner().post("/api/v1/inventory/items", Map.of("sku", "TEE-M-BLK", "name", "Tee black M",
                "category", "Tops", "unit_cost", "6.20", "unit_price", "19.9", "current_stock", 40, "min_stock", 5,
                "barcode", "4006381333931", "tax_class", "reduced"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode item = created.json();
        assertThat(item.get("unit_price").decimalValue()).isEqualByComparingTo("19.90");
        assertThat(item.get("unit_price").toString()).isEqualTo("19.90");
        assertThat(item.get("current_stock").asInt()).isEqualTo(40);
        assertThat(item.get("available_stock").asInt()).isEqualTo(40);
        assertThat(item.get("track_stock").asBoolean()).isTrue();
        assertThat(item.get("active").asBoolean()).isTrue();

        JsonNode ledger = shop.owner().get("/api/v1/inventory/items/" + item.get("id").asString() + "/movements").json().get("data");
        assertThat(ledger.size()).isEqualTo(1);
        assertThat(ledger.get(0).get("kind").asString()).isEqualTo("receipt");
        assertThat(ledger.get(0).get("quantity_delta").asInt()).isEqualTo(40);
        assertThat(shop.owner().get("/api/v1/inventory/categories").json().get(0).asString()).isEqualTo("Tops");
    }

    @Test
    void adjustmentsMoveStockAndTheLedgerAlwaysAddsUp() {
        TestShop shop = openShop("retail");
        String id = shop.item(Map.of("sku", "MUG", "unit_price", "8.00", "current_stock", 10, "min_stock", 3));
        assertThat(adjust(shop, id, -2, "waste", "dropped").status()).isEqualTo(201);
        assertThat(adjust(shop, id, 12, "receipt", "delivery 42").json().get("current_stock").asInt()).isEqualTo(20);
        assertThat(adjust(shop, id, -1, "count", "stocktake").json().get("current_stock").asInt()).isEqualTo(19);
        assertThat(adjust(shop, id, -19, "adjustment", "sent back").json().get("available_stock").asInt()).isZero();

        assertThat(adjust(shop, id, 5, "waste", null).status()).isEqualTo(400);
        assertThat(adjust(shop, id, -5, "receipt", null).status()).isEqualTo(400);
        assertThat(adjust(shop, id, 0, "count", null).status()).isEqualTo(400);
        assertThat(adjust(shop, id, 1, "sale", null).status()).isEqualTo(400);
        Ledgers.assertStockMatchesLedger(owner);
        List<StockDepleted> depleted = events.all(StockDepleted.class).stream().filter(e -> e.itemId().toString().equals(id)).toList();
        assertThat(depleted).hasSize(1);
        assertThat(events.all(StockLow.class).stream().filter(e -> e.itemId().toString().equals(id))).isEmpty();
    }

    @Test
    void aFallToTheMinimumRaisesStockLowOnce() {
        TestShop shop = openShop("retail");
        String id = shop.item(Map.of("sku", "CANDLE", "unit_price", "12.00", "current_stock", 6, "min_stock", 3));
        adjust(shop, id, -2, "waste", null);
        adjust(shop, id, -1, "waste", null);
        adjust(shop, id, -1, "waste", null);
        List<StockLow> low = events.all(StockLow.class).stream().filter(e -> e.itemId().toString().equals(id)).toList();
        assertThat(low).hasSize(1);
        assertThat(low.get(0).available()).isEqualTo(3);
        assertThat(low.get(0).sku()).isEqualTo("CANDLE");
    }

    @Test
    void searchFindsByPartOfTheNameOrAWholeSkuOrBarcodeAndPages() {
        TestShop shop = openShop("retail");
        shop.item(Map.of("sku", "JKT-DENIM", "name", "Denim jacket", "unit_price", "89.00", "barcode", "111222333"));
        shop.item(Map.of("sku", "JNS-SLIM", "name", "Slim jeans", "unit_price", "59.00"));
        shop.item(Map.of("sku", "SCARF", "name", "Wool scarf", "unit_price", "25.00", "active", false));
        Http owner = shop.owner();
        assertThat(names(owner.get("/api/v1/inventory/items?q=DENIM"))).containsExactly("Denim jacket");
        assertThat(names(owner.get("/api/v1/inventory/items?q=JNS-SLIM"))).containsExactly("Slim jeans");
        assertThat(names(owner.get("/api/v1/inventory/items?q=111222333"))).containsExactly("Denim jacket");
        assertThat(names(owner.get("/api/v1/inventory/items?q=100%25"))).isEmpty();
        assertThat(names(owner.get("/api/v1/inventory/items?active=false"))).containsExactly("Wool scarf");
        JsonNode first = owner.get("/api/v1/inventory/items?limit=2").json();
        assertThat(names(first.get("data"))).containsExactly("Denim jacket", "Slim jeans");
        JsonNode second = owner.get("/api/v1/inventory/items?limit=2&cursor=" + first.get("next_cursor").asString()).json();
        assertThat(names(second.get("data"))).containsExactly("Wool scarf");
        assertThat(second.get("next_cursor").isNull()).isTrue();
    }

    @Test
    void itemsChangeButTheirStockOnlyThroughTheLedger() {
        TestShop shop = openShop("restaurant");
        String id = shop.item("WINE-RED", "9.00", 24);
        Http.Response changed = shop.owner().patch("/api/v1/inventory/items/" + id, Map.of("unit_price", "9.50",
                "tax_class", "alcohol", "modifier_groups", List.of(Map.of("name", "Glass", "required", true,
                        "options", List.of(Map.of("name", "Small", "price_delta", "0"), Map.of("name", "Large", "price_delta", "3.00"))))));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("unit_price").toString()).isEqualTo("9.50");
        assertThat(changed.json().get("modifier_groups").get(0).get("min_selected").asInt()).isEqualTo(1);
        assertThat(changed.json().get("modifier_groups").get(0).get("max_selected").asInt()).isEqualTo(1);
        Http.Response sneaky = shop.owner().patch("/api/v1/inventory/items/" + id, Map.of("current_stock", 1000));
        assertThat(sneaky.status()).isEqualTo(400);
        assertThat(sneaky.json().get("detail").asString()).contains("current_stock");
        assertThat(shop.itemNow(id).get("current_stock").asInt()).isEqualTo(24);
    }

    @Test
    void badItemsAreRefusedWithTheFieldNamed() {
        TestShop shop = openShop("retail");
        shop.item("DUP", "1.00", 0);
        Http owner = shop.owner();
        assertProblem(owner.post("/api/v1/inventory/items", Map.of("sku", "DUP", "name", "x", "unit_price", "1.00")), 409, "sku");
        assertProblem(owner.post("/api/v1/inventory/items", Map.of("sku", "NEG", "name", "x", "unit_price", "-1")), 400, "unit_price");
        assertProblem(owner.post("/api/v1/inventory/items", Map.of("sku", "MILLS", "name", "x", "unit_price", "1.005")), 400, "unit_price");
        assertProblem(owner.post("/api/v1/inventory/items", Map.of("sku", "TAX", "name", "x", "unit_price", "1",
                "tax_class", "luxury")), 400, "tax_class");
        assertProblem(owner.post("/api/v1/inventory/items", Map.of("sku", "STK", "name", "x", "unit_price", "1",
                "current_stock", -4)), 400, "current_stock");
        assertProblem(owner.post("/api/v1/inventory/items", Map.of("sku", "MOD", "name", "x", "unit_price", "1",
                "modifier_groups", List.of(Map.of("name", "Size", "options", List.of())))), 400, "modifier_groups.Size");
        assertThat(owner.post("/api/v1/inventory/items", Map.of("name", "no sku", "unit_price", "1")).status()).isEqualTo(400);
        assertThat(owner.post("/api/v1/inventory/items", Map.of("sku", "T", "name", "x", "unit_price", "abc")).status()).isEqualTo(400);
    }

    @Test
    void cashiersReadTheCatalogueButDoNotChangeIt() {
        TestShop shop = openShop("retail");
        String id = shop.item("CAP", "15.00", 3);
        String cashier = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier");
        assertThat(http(cashier).get("/api/v1/inventory/items/" + id).status()).isEqualTo(200);
        assertThat(http(cashier).post("/api/v1/inventory/items", Map.of("sku", "X", "name", "X", "unit_price", "1")).status())
                .isEqualTo(403);
        assertThat(http(cashier).post("/api/v1/inventory/items/" + id + "/adjustments",
                Map.of("quantity_delta", 1, "reason", "receipt")).status()).isEqualTo(403);
    }

    @Test
    void anotherTenantsItemsAreNotFound() {
        TestShop mine = openShop("retail");
        TestShop theirs = openShop("retail");
        String id = theirs.item("SECRET", "5.00", 7);
        Http me = mine.owner();
        assertThat(me.get("/api/v1/inventory/items/" + id).status()).isEqualTo(404);
        assertThat(me.patch("/api/v1/inventory/items/" + id, Map.of("unit_price", "0.01")).status()).isEqualTo(404);
        assertThat(me.post("/api/v1/inventory/items/" + id + "/adjustments", Map.of("quantity_delta", -7, "reason", "waste")).status())
                .isEqualTo(404);
        assertThat(me.get("/api/v1/inventory/items/" + id + "/movements").status()).isEqualTo(404);
        assertThat(me.get("/api/v1/inventory/items?q=SECRET").json().get("data").size()).isZero();
        assertThat(theirs.itemNow(id).get("unit_price").toString()).isEqualTo("5.00");
        assertThat(theirs.itemNow(id).get("current_stock").asInt()).isEqualTo(7);
    }

    @Test
    void adjustmentsWithAnIdempotencyKeyHappenOnce() {
        TestShop shop = openShop("retail");
        String id = shop.item("BOX", "2.00", 10);
        Http keyed = shop.owner().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        Http.Response first = keyed.post("/api/v1/inventory/items/" + id + "/adjustments", Map.of("quantity_delta", 5, "reason", "receipt"));
        Http.Response again = keyed.post("/api/v1/inventory/items/" + id + "/adjustments", Map.of("quantity_delta", 5, "reason", "receipt"));
        assertThat(first.json()).isEqualTo(again.json());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(shop.itemNow(id).get("current_stock").asInt()).isEqualTo(15);
        assertThat(keyed.post("/api/v1/inventory/items/" + id + "/adjustments", Map.of("quantity_delta", 6, "reason", "receipt"))
                .status()).isEqualTo(422);
    }

    private Http.Response adjust(TestShop shop, String id, int delta, String reason, String note) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("quantity_delta", delta, "reason", reason));
        if (note != null) {
            body.put("note", note);
        }
        return shop.owner().post("/api/v1/inventory/items/" + id + "/adjustments", body);
    }

    private static List<String> names(Http.Response response) {
        return names(response.json().get("data"));
    }

    private static List<String> names(JsonNode data) {
        return data.findValuesAsString("name").stream().filter(n -> !n.equals("Glass")).toList();
    }

    private static void assertProblem(Http.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }
}
