package cloud.olympus.server.inventory;

import static cloud.olympus.server.support.ItemBuilder.changes;
import static cloud.olympus.server.support.ItemBuilder.group;
import static cloud.olympus.server.support.ItemBuilder.item;
import static cloud.olympus.server.support.ItemBuilder.newPrice;
import static cloud.olympus.server.support.ItemBuilder.option;
import static cloud.olympus.server.support.StockRequests.adjustment;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.inventory.web.InventoryController.AdjustmentRequest;
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
        Http.Response created = shop.owner().post("/api/v1/inventory/items", item("TEE-M-BLK", "19.9").name("Tee black M")
                .category("Tops").unitCost("6.20").stock(40).minStock(5).barcode("4006381333931").taxClass("reduced").create());
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
        String id = shop.item(item("MUG", "8.00").stock(10).minStock(3));
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
        String id = shop.item(item("CANDLE", "12.00").stock(6).minStock(3));
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
        shop.item(item("JKT-DENIM", "89.00").name("Denim jacket").barcode("111222333"));
        shop.item(item("JNS-SLIM", "59.00").name("Slim jeans"));
        shop.item(item("SCARF", "25.00").name("Wool scarf").active(false));
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
        Http.Response changed = shop.owner().patch("/api/v1/inventory/items/" + id, changes().unitPrice("9.50").taxClass("alcohol")
                .modifierGroups(group("Glass", true, option("Small", "0"), option("Large", "3.00"))).update());
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
        assertThat(http(cashier).post("/api/v1/inventory/items", item("X", "1").name("X").create()).status()).isEqualTo(403);
        assertThat(http(cashier).post("/api/v1/inventory/items/" + id + "/adjustments", adjustment(1, "receipt")).status())
                .isEqualTo(403);
    }

    @Test
    void anotherTenantsItemsAreNotFound() {
        TestShop mine = openShop("retail");
        TestShop theirs = openShop("retail");
        String id = theirs.item("SECRET", "5.00", 7);
        Http me = mine.owner();
        assertThat(me.get("/api/v1/inventory/items/" + id).status()).isEqualTo(404);
        assertThat(me.patch("/api/v1/inventory/items/" + id, newPrice("0.01")).status()).isEqualTo(404);
        assertThat(me.post("/api/v1/inventory/items/" + id + "/adjustments", adjustment(-7, "waste")).status()).isEqualTo(404);
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
        Http.Response first = keyed.post("/api/v1/inventory/items/" + id + "/adjustments", adjustment(5, "receipt"));
        Http.Response again = keyed.post("/api/v1/inventory/items/" + id + "/adjustments", adjustment(5, "receipt"));
        assertThat(first.json()).isEqualTo(again.json());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(shop.itemNow(id).get("current_stock").asInt()).isEqualTo(15);
        assertThat(keyed.post("/api/v1/inventory/items/" + id + "/adjustments", adjustment(6, "receipt")).status()).isEqualTo(422);
    }

    private Http.Response adjust(TestShop shop, String id, int delta, String reason, String note) {
        return shop.owner().post("/api/v1/inventory/items/" + id + "/adjustments",
                new AdjustmentRequest(delta, null, reason, note));
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
