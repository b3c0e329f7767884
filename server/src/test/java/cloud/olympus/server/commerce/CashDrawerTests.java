package cloud.olympus.server.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.commerce.web.CashController.CloseRequest;
import cloud.olympus.server.commerce.web.CashController.ManagerCloseRequest;
import cloud.olympus.server.commerce.web.CashController.MoveRequest;
import cloud.olympus.server.commerce.web.CashController.OpenRequest;
import cloud.olympus.server.commerce.web.OrderController.PaymentRequest;
import cloud.olympus.server.commerce.web.OrderController.RefundRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.SaleBuilder;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A till's drawer opens with a float, takes pay-ins and pay-outs, and closes with a blind count;
 * what it should hold comes from the terminal's cash sales and refunds while it was open. (A cup at
 * 10.00 with 8.25 % tax: 10.83.)
 */
class CashDrawerTests extends ApiTest {

    @Test
    void theDrawerShouldHoldItsFloatAndTheTerminalsCashWhileOpen() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 50);
        TestShop.Till till = shop.till("Front till");
        Http cashier = till.at(http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier")));
        Http manager = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "manager"));
        UUID terminal = till.id();

        // Rung on this till before the drawer opened: not this session's cash.
        assertThat(sell(cashier, terminal, Instant.now().minusSeconds(120), "cash").status()).isEqualTo(201);

        Map<String, Integer> float100 = new LinkedHashMap<>();
        float100.put("20", 4);
        float100.put("10.00", 2);
        Http.Response opened = cashier.withHeader("Idempotency-Key", "open-" + terminal)
                .post("/api/v1/cash/drawers", new OpenRequest(terminal, null, float100));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String drawer = opened.json().get("id").asString();
        assertThat(opened.json().get("opening_float").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(opened.json().get("float_count").get("20.00").asInt()).isEqualTo(4);
        assertThat(opened.json().get("terminal_name").asString()).as("the till by the name it was registered under")
                .isEqualTo("Front till");
        assertThat(opened.json().has("reckoning") && !opened.json().get("reckoning").isNull()).as("blind for a cashier").isFalse();

        Http.Response replay = cashier.withHeader("Idempotency-Key", "open-" + terminal)
                .post("/api/v1/cash/drawers", new OpenRequest(terminal, null, float100));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json().get("id").asString()).isEqualTo(drawer);
        Http.Response again = cashier.withHeader("Idempotency-Key", "open-again-" + terminal)
                .post("/api/v1/cash/drawers", new OpenRequest(terminal, new BigDecimal("50.00"), null));
        assertThat(again.status()).as("one open drawer per till").isEqualTo(409);
        assertThat(again.problemType()).endsWith("conflict");

        String cashSale = sell(cashier, terminal, Instant.now(), "cash").json().get("id").asString();
        sell(cashier, terminal, Instant.now(), "card");
        sell(cashier, UUID.randomUUID(), Instant.now(), "cash");
        Http.Response in = cashier.withHeader("Idempotency-Key", "in-" + terminal).post("/api/v1/cash/drawers/" + drawer
                + "/movements", new MoveRequest("pay_in", new BigDecimal("50.00"), "change from the safe"));
        assertThat(in.status()).as(in.toString()).isEqualTo(200);
        assertThat(cashier.withHeader("Idempotency-Key", "in-" + terminal).post("/api/v1/cash/drawers/" + drawer + "/movements",
                new MoveRequest("pay_in", new BigDecimal("50.00"), "change from the safe")).header("Idempotent-Replayed"))
                .as("the same pay-in sent twice counts once").isEqualTo("true");
        assertThat(cashier.post("/api/v1/cash/drawers/" + drawer + "/movements",
                new MoveRequest("pay_out", new BigDecimal("12.50"), "window cleaner")).status()).isEqualTo(200);
        Http.Response refund = manager.withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/orders/"
                + cashSale + "/refunds", new RefundRequest(new BigDecimal("5.00"), null, "chipped", null, null, null, null, terminal));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(201);

        JsonNode soFar = manager.get("/api/v1/cash/drawers/" + drawer).json();
        assertThat(soFar.get("movements")).hasSize(2);
        JsonNode reckoning = soFar.get("reckoning");
        assertThat(reckoning.get("cash_sales").decimalValue()).isEqualByComparingTo("10.83");
        assertThat(reckoning.get("cash_refunds").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(reckoning.get("pay_ins").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(reckoning.get("pay_outs").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(reckoning.get("expected").decimalValue()).as("100 + 10.83 − 5 + 50 − 12.50").isEqualByComparingTo("143.33");
        assertThat(reckoning.get("counted").isNull()).isTrue();

        Http.Response closed = cashier.withHeader("Idempotency-Key", "close-" + terminal)
                .post("/api/v1/cash/drawers/" + drawer + "/close", new CloseRequest(new BigDecimal("140.00"), null, "short?"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("counted").decimalValue()).isEqualByComparingTo("140.00");
        assertThat(closed.json().has("reckoning") && !closed.json().get("reckoning").isNull()).as("a blind count").isFalse();
        JsonNode reconciled = manager.get("/api/v1/cash/drawers/" + drawer).json().get("reckoning");
        assertThat(reconciled.get("expected").decimalValue()).isEqualByComparingTo("143.33");
        assertThat(reconciled.get("counted").decimalValue()).isEqualByComparingTo("140.00");
        assertThat(reconciled.get("variance").decimalValue()).isEqualByComparingTo("-3.33");

        assertThat(cashier.post("/api/v1/cash/drawers/" + drawer + "/movements",
                new MoveRequest("pay_out", BigDecimal.ONE, "late")).status()).as("closed").isEqualTo(409);
        assertThat(cashier.post("/api/v1/cash/drawers/" + drawer + "/close", new CloseRequest(BigDecimal.ONE, null, null))
                .status()).isEqualTo(409);
        assertThat(cashier.withHeader("Idempotency-Key", "open-next-" + terminal)
                .post("/api/v1/cash/drawers", new OpenRequest(terminal, new BigDecimal("100"), null)).status())
                .as("after the count a new drawer opens").isEqualTo(201);
        assertThat(manager.get("/api/v1/cash/drawers?terminal_id=" + terminal + "&open=true").json().get("data")).hasSize(1);

        JsonNode audit = Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> shop.owner().get("/api/v1/audit?action=cash.drawer_closed").json().get("data"), d -> d.size() == 1);
        assertThat(audit.get(0).get("details").get("variance").decimalValue()).isEqualByComparingTo("-3.33");
    }

    @Test
    void aTillSaleRungBeforeTheCountThatArrivesLaterStillCounts() throws InterruptedException {
        TestShop shop = openShop("retail");
        shop.item("CUP", "10.00", 50);
        TestShop.Till till = shop.till("Till 1");
        Http manager = till.at(http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "manager")));
        UUID terminal = till.id();
        JsonNode opened = manager.post("/api/v1/cash/drawers", new OpenRequest(terminal, new BigDecimal("100.00"), null)).json();
        String drawer = opened.get("id").asString();
        Thread.sleep(50);
        JsonNode closed = manager.post("/api/v1/cash/drawers/" + drawer + "/close",
                new CloseRequest(new BigDecimal("100.00"), null, null)).json();
        assertThat(closed.get("reckoning").get("variance").decimalValue()).isEqualByComparingTo("0.00");

        // The till was offline: the sale was rung while the drawer was open and reaches the server after the count.
        Instant openedAt = Instant.parse(opened.get("opened_at").asString());
        Instant closedAt = Instant.parse(closed.get("closed_at").asString());
        sell(manager, terminal, openedAt.plus(Duration.between(openedAt, closedAt).dividedBy(2)), "cash");

        JsonNode reckoning = manager.get("/api/v1/cash/drawers/" + drawer).json().get("reckoning");
        assertThat(reckoning.get("cash_sales").decimalValue()).isEqualByComparingTo("10.83");
        assertThat(reckoning.get("expected").decimalValue()).isEqualByComparingTo("110.83");
        assertThat(reckoning.get("variance").decimalValue()).as("short by the sale the count missed").isEqualByComparingTo("-10.83");
        assertThat(reckoning.get("expected_at_count").decimalValue()).as("what the cashier was measured against")
                .isEqualByComparingTo("100.00");
    }

    @Test
    void cashGoesIntoTheDrawerOfTheTillThatTookIt() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 50);
        Http manager = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "manager"));
        TestShop.Till frontTill = shop.till("Front");
        TestShop.Till backTill = shop.till("Back");
        UUID front = frontTill.id();
        UUID back = backTill.id();
        String frontDrawer = frontTill.at(manager).post("/api/v1/cash/drawers", new OpenRequest(front, BigDecimal.ZERO, null)).json().get("id")
                .asString();
        String backDrawer = backTill.at(manager).post("/api/v1/cash/drawers", new OpenRequest(back, BigDecimal.ZERO, null)).json().get("id")
                .asString();

        // An order placed away from a till, paid in cash at the front till.
        String placed = shop.order(manager, cup, 1).json().get("id").asString();
        Http.Response paid = manager.post("/api/v1/orders/" + placed + "/payments",
                new PaymentRequest("cash", new BigDecimal("10.83"), null, null, front));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);

        // Another, paid in cash with no till named: in no drawer.
        String unplaced = shop.order(manager, cup, 1).json().get("id").asString();
        assertThat(manager.post("/api/v1/orders/" + unplaced + "/payments",
                new PaymentRequest("cash", new BigDecimal("10.83"), null, null)).status()).isEqualTo(201);
        // A till sale rung and paid in cash at the back till: the back till's.
        sell(manager, back, Instant.now(), "cash");

        assertThat(manager.get("/api/v1/cash/drawers/" + frontDrawer).json().get("reckoning").get("cash_sales").decimalValue())
                .isEqualByComparingTo("10.83");
        assertThat(manager.get("/api/v1/cash/drawers/" + backDrawer).json().get("reckoning").get("cash_sales").decimalValue())
                .isEqualByComparingTo("10.83");
    }

    @Test
    void anotherBusinessesDrawerIsNotThereAndOnlyTillStaffOpenOne() {
        TestShop shop = openShop("retail");
        TestShop.Till till = shop.till("Till 1");
        String drawer = till.at(shop.owner()).post("/api/v1/cash/drawers", new OpenRequest(till.id(), BigDecimal.TEN, null))
                .json().get("id").asString();
        TestShop other = openShop("retail");
        TestShop.Till theirTill = other.till("Their till");
        Http.Response ours = theirTill.at(other.owner()).post("/api/v1/cash/drawers", new OpenRequest(till.id(), BigDecimal.TEN, null));
        assertThat(ours.status()).as("another business's till is not there: " + ours).isEqualTo(404);
        assertThat(ours.problemType()).endsWith("not-found");
        assertThat(theirTill.at(other.owner()).post("/api/v1/cash/drawers/" + drawer + "/close",
                new CloseRequest(BigDecimal.ONE, null, null)).status()).isEqualTo(404);
        assertThat(other.owner().get("/api/v1/cash/drawers/" + drawer).status()).isEqualTo(404);
        assertThat(other.owner().post("/api/v1/cash/drawers/" + drawer + "/movements",
                new MoveRequest("pay_in", BigDecimal.ONE, "x")).status()).isEqualTo(404);
        assertThat(other.owner().post("/api/v1/cash/drawers/" + drawer + "/close", new CloseRequest(BigDecimal.ONE, null, null))
                .status()).isEqualTo(404);
        assertThat(other.owner().get("/api/v1/cash/drawers").json().get("data")).isEmpty();

        Http kitchen = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "kitchen"));
        assertThat(kitchen.post("/api/v1/cash/drawers", new OpenRequest(UUID.randomUUID(), BigDecimal.TEN, null)).status())
                .isEqualTo(403);
        assertThat(kitchen.get("/api/v1/cash/drawers/" + drawer).status()).isEqualTo(403);
    }

    @Test
    void hostileInputIsRefused() {
        TestShop shop = openShop("retail");
        TestShop.Till till = shop.till("Till 1");
        Http owner = till.at(shop.owner());
        String drawer = owner.post("/api/v1/cash/drawers", new OpenRequest(till.id(), BigDecimal.TEN, null))
                .json().get("id").asString();
        String moves = "/api/v1/cash/drawers/" + drawer + "/movements";
        assertField(owner.post("/api/v1/cash/drawers", new OpenRequest(null, BigDecimal.TEN, null)), "terminal_id");
        assertField(owner.post("/api/v1/cash/drawers", new OpenRequest(UUID.randomUUID(), null, null)), "opening_float");
        assertField(owner.post("/api/v1/cash/drawers", new OpenRequest(UUID.randomUUID(), new BigDecimal("-1"), null)),
                "opening_float");
        assertField(owner.post("/api/v1/cash/drawers", new OpenRequest(UUID.randomUUID(), null, Map.of("abc", 1))), "float_count");
        assertField(owner.post("/api/v1/cash/drawers", new OpenRequest(UUID.randomUUID(), null, Map.of("0.001", 1))), "float_count");
        assertField(owner.post("/api/v1/cash/drawers", new OpenRequest(UUID.randomUUID(), null, Map.of("20", -1))), "float_count");
        assertField(owner.post("/api/v1/cash/drawers", new OpenRequest(UUID.randomUUID(), BigDecimal.ONE, Map.of("20", 1))),
                "float_count");
        assertThat(owner.post("/api/v1/cash/drawers", Map.of("terminal_id", UUID.randomUUID().toString(),
                "opening_float", new BigDecimal("1e1000000"))).status()).isEqualTo(400);
        assertField(owner.post(moves, new MoveRequest("steal", BigDecimal.ONE, "x")), "kind");
        assertField(owner.post(moves, new MoveRequest("pay_out", BigDecimal.ZERO, "x")), "amount");
        assertField(owner.post(moves, new MoveRequest("pay_out", BigDecimal.ONE, "  ")), "reason");
        assertField(owner.post(moves, new MoveRequest("pay_out", BigDecimal.ONE, "x".repeat(201))), "reason");
        assertThat(owner.post(moves, new MoveRequest("pay_out", BigDecimal.ONE, "bad\u0000")).status()).isEqualTo(400);
        assertField(owner.post("/api/v1/cash/drawers/" + drawer + "/close", new CloseRequest(new BigDecimal("-5"), null, null)),
                "counted");
        assertThat(owner.post("/api/v1/cash/drawers", Map.of("terminal_id", "nope", "opening_float", 10)).status()).isEqualTo(400);
        assertThat(owner.get("/api/v1/cash/drawers?terminal_id=nope").status()).isEqualTo(400);
        assertThat(owner.get("/api/v1/cash/drawers?limit=100000").status()).isEqualTo(400);
        assertThat(owner.get("/api/v1/cash/drawers/" + drawer).json().get("movements")).as("nothing was recorded").isEmpty();
    }

    @Test
    void onlyTheTillItselfKeepsItsDrawer() {
        TestShop shop = openShop("retail");
        TestShop.Till front = shop.till("Front");
        TestShop.Till back = shop.till("Back");
        Http cashier = http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier"));
        String drawer = front.at(cashier).post("/api/v1/cash/drawers", new OpenRequest(front.id(), BigDecimal.TEN, null))
                .json().get("id").asString();

        // From another till, or from no till at all: not allowed, whoever asks.
        for (Http elsewhere : java.util.List.of(back.at(cashier), back.at(shop.owner()), cashier, shop.owner(),
                cashier.withHeader("X-Device-Token", "odt_nonsense"))) {
            assertForbidden(elsewhere.post("/api/v1/cash/drawers", new OpenRequest(front.id(), BigDecimal.ONE, null)));
            assertForbidden(elsewhere.post("/api/v1/cash/drawers/" + drawer + "/movements",
                    new MoveRequest("pay_out", BigDecimal.ONE, "taken")));
            assertForbidden(elsewhere.post("/api/v1/cash/drawers/" + drawer + "/close", new CloseRequest(BigDecimal.ONE, null, null)));
        }
        Http.Response unknown = front.at(cashier).post("/api/v1/cash/drawers", new OpenRequest(UUID.randomUUID(), BigDecimal.ONE,
                null));
        assertThat(unknown.status()).as("a till this business never registered: " + unknown).isEqualTo(404);
        assertThat(cashier.get("/api/v1/cash/drawers/" + drawer).status()).as("reading needs no till").isEqualTo(200);
        assertThat(front.at(cashier).get("/api/v1/cash/drawers/" + drawer).json().get("movements")).as("nothing was taken").isEmpty();

        // A PIN login on the till is the till: its session needs no token.
        Http atFront = pinLogin(shop, front, cashier);
        assertThat(atFront.post("/api/v1/cash/drawers/" + drawer + "/movements", new MoveRequest("pay_in", BigDecimal.ONE,
                "change")).status()).isEqualTo(200);
        assertForbidden(atFront.post("/api/v1/cash/drawers", new OpenRequest(back.id(), BigDecimal.ONE, null)));
        assertThat(back.at(cashier).post("/api/v1/cash/drawers", new OpenRequest(back.id(), BigDecimal.ONE, null)).status())
                .isEqualTo(201);
    }

    @Test
    void aRevokedTillKeepsNoDrawer() {
        TestShop shop = openShop("retail");
        TestShop.Till till = shop.till("Front");
        TestShop.Till other = shop.till("Back");
        Http owner = shop.owner();
        String drawer = till.at(owner).post("/api/v1/cash/drawers", new OpenRequest(till.id(), BigDecimal.TEN, null))
                .json().get("id").asString();
        assertThat(owner.delete("/api/v1/devices/" + till.id()).status()).isEqualTo(204);

        Http.Response revoked = till.at(owner).post("/api/v1/cash/drawers/" + drawer + "/close",
                new CloseRequest(BigDecimal.TEN, null, null));
        assertForbidden(revoked);
        assertThat(revoked.json().get("detail").asString()).contains("revoked");
        assertForbidden(other.at(owner).post("/api/v1/cash/drawers", new OpenRequest(till.id(), BigDecimal.ONE, null)));
        assertThat(owner.get("/api/v1/cash/drawers/" + drawer).json().get("closed_at").isNull()).as("left as it was").isTrue();
        assertThat(owner.get("/api/v1/cash/drawers/" + drawer).json().get("terminal_name").asString())
                .as("a revoked till keeps its name").isEqualTo("Front");

        // It still sells (a paid sale is a fact), but the sale waits for a manager's look; one of a live till does not.
        shop.item("CUP", "10.00", 50);
        JsonNode afterRevoking = sell(owner, till.id(), Instant.now(), "cash").json();
        assertThat(afterRevoking.get("needs_review").asBoolean()).isTrue();
        assertThat(afterRevoking.get("discrepancies")).singleElement()
                .satisfies(d -> assertThat(d.get("kind").asString()).isEqualTo("terminal"));
        assertThat(sell(owner, other.id(), Instant.now(), "cash").json().get("needs_review").asBoolean()).isFalse();
        assertThat(sell(owner, UUID.randomUUID(), Instant.now(), "cash").json().get("needs_review").asBoolean())
                .as("a till that is not registered sells as ever").isFalse();
    }

    @Test
    void aRefundNamesATillOfTheBusinessOrNone() {
        TestShop shop = openShop("retail");
        shop.item("CUP", "10.00", 50);
        TestShop.Till till = shop.till("Front");
        TestShop.Till gone = shop.till("Gone");
        assertThat(shop.owner().delete("/api/v1/devices/" + gone.id()).status()).isEqualTo(204);
        TestShop.Till theirs = openShop("retail").till("Theirs");
        Http owner = shop.owner();
        String sale = sell(owner, till.id(), Instant.now(), "cash").json().get("id").asString();

        for (UUID wrong : java.util.List.of(UUID.randomUUID(), theirs.id())) {
            Http.Response refused = owner.post("/api/v1/orders/" + sale + "/refunds",
                    new RefundRequest(BigDecimal.ONE, null, "chipped", null, null, null, null, wrong));
            assertField(refused, "terminal_id");
        }
        assertThat(owner.post("/api/v1/orders/" + sale + "/refunds", new RefundRequest(BigDecimal.ONE, null, "chipped", null, null,
                null, null, till.id())).status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/orders/" + sale + "/refunds", new RefundRequest(BigDecimal.ONE, null, "away from a till",
                null, null, null, null, null)).status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/orders/" + sale + "/refunds", new RefundRequest(BigDecimal.ONE, null,
                "at a till revoked since it last logged in", null, null, null, null, gone.id())).status()).isEqualTo(201);
        assertThat(owner.get("/api/v1/orders/" + sale).json().get("refunds")).as("only the three taken").hasSize(3);
    }

    @Test
    void aPaymentNamesATillOfTheBusinessOrNone() {
        TestShop shop = openShop("retail");
        String cup = shop.item("CUP", "10.00", 50);
        TestShop.Till till = shop.till("Front");
        TestShop.Till theirs = openShop("retail").till("Theirs");
        Http owner = shop.owner();
        String order = shop.order(owner, cup, 1).json().get("id").asString();

        for (UUID wrong : java.util.List.of(UUID.randomUUID(), theirs.id())) {
            assertField(owner.post("/api/v1/orders/" + order + "/payments",
                    new PaymentRequest("cash", new BigDecimal("5.00"), null, null, wrong)), "terminal_id");
        }
        assertThat(owner.get("/api/v1/orders/" + order).json().get("payments")).as("none was taken").isEmpty();
        assertThat(owner.post("/api/v1/orders/" + order + "/payments", new PaymentRequest("cash", new BigDecimal("5.00"), null, null,
                till.id())).status()).isEqualTo(201);
        assertThat(owner.post("/api/v1/orders/" + order + "/payments", new PaymentRequest("cash", new BigDecimal("5.83"), null,
                null)).status()).as("away from a till").isEqualTo(201);
        // A till sale is a fact: any terminal, registered or not.
        assertThat(sell(owner, UUID.randomUUID(), Instant.now(), "cash").status()).isEqualTo(201);
    }

    @Test
    void aManagerClosesTheDrawerOfATillThatIsGone() {
        TestShop shop = openShop("retail");
        shop.item("CUP", "10.00", 50);
        TestShop.Till front = shop.till("Front");
        TestShop.Till back = shop.till("Back");
        Http owner = shop.owner();
        Http manager = http(TestTenants.addUserAndLogin(owner, shop.tenant().slug(), "manager"));
        Http cashier = http(TestTenants.addUserAndLogin(owner, shop.tenant().slug(), "cashier"));
        String frontDrawer = front.at(owner).post("/api/v1/cash/drawers", new OpenRequest(front.id(), new BigDecimal("100.00"), null))
                .json().get("id").asString();
        String backDrawer = back.at(owner).post("/api/v1/cash/drawers", new OpenRequest(back.id(), new BigDecimal("50.00"), null))
                .json().get("id").asString();
        String day = sell(owner, front.id(), Instant.now(), "cash").json().get("business_date").asString();
        assertThat(owner.delete("/api/v1/devices/" + front.id()).status()).isEqualTo(204);
        String frontClose = "/api/v1/cash/drawers/" + frontDrawer + "/manager-close";

        // A cashier may not; another business does not see the drawer.
        assertForbidden(front.at(cashier).post(frontClose, new ManagerCloseRequest(BigDecimal.TEN, null, null, "till gone")));
        assertThat(openShop("retail").owner().post(frontClose, new ManagerCloseRequest(BigDecimal.TEN, null, null, "till gone"))
                .status()).isEqualTo(404);
        assertThat(manager.post("/api/v1/cash/drawers/" + UUID.randomUUID() + "/manager-close",
                new ManagerCloseRequest(BigDecimal.TEN, null, null, "till gone")).status()).isEqualTo(404);
        // Bad input, nothing closed.
        assertField(manager.post(frontClose, new ManagerCloseRequest(BigDecimal.TEN, null, null, "  ")), "reason");
        assertField(manager.post(frontClose, new ManagerCloseRequest(BigDecimal.TEN, null, null, "x".repeat(201))), "reason");
        assertField(manager.post(frontClose, new ManagerCloseRequest(null, null, null, "till gone")), "counted");
        assertField(manager.post(frontClose, new ManagerCloseRequest(new BigDecimal("-1"), null, null, "till gone")), "counted");
        assertField(manager.post(frontClose, new ManagerCloseRequest(BigDecimal.TEN, null, true, "till gone")), "not_counted");
        assertField(manager.post(frontClose, new ManagerCloseRequest(null, Map.of("abc", 1), null, "till gone")), "count_detail");
        assertThat(manager.post(frontClose, new ManagerCloseRequest(BigDecimal.TEN, null, null, "bad\u0000")).status()).isEqualTo(400);
        assertThat(manager.post(frontClose, Map.of("counted", new BigDecimal("1e1000000"), "reason", "till gone")).status())
                .isEqualTo(400);
        assertThat(manager.get("/api/v1/cash/drawers/" + frontDrawer).json().get("closed_at").isNull()).isTrue();

        // Counted, from no till at all.
        Http.Response closed = manager.withHeader("Idempotency-Key", "mclose-" + frontDrawer).post(frontClose,
                new ManagerCloseRequest(new BigDecimal("105.00"), null, null, "Front till was replaced"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        JsonNode drawer = closed.json();
        assertThat(drawer.get("counted").decimalValue()).isEqualByComparingTo("105.00");
        assertThat(drawer.get("manager_close").get("reason").asString()).isEqualTo("Front till was replaced");
        assertThat(drawer.get("manager_close").get("counted").asBoolean()).isTrue();
        assertThat(drawer.get("reckoning").get("variance").decimalValue()).as("105 − (100 + 10.83)").isEqualByComparingTo("-5.83");
        assertThat(manager.withHeader("Idempotency-Key", "mclose-" + frontDrawer).post(frontClose,
                new ManagerCloseRequest(new BigDecimal("105.00"), null, null, "Front till was replaced")).status())
                .as("replayed").isEqualTo(200);
        Http.Response again = manager.post(frontClose, new ManagerCloseRequest(BigDecimal.ONE, null, null, "again"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);

        // Not counted: closed with no count and no variance.
        JsonNode uncounted = manager.post("/api/v1/cash/drawers/" + backDrawer + "/manager-close",
                new ManagerCloseRequest(null, null, true, "Drawer emptied into the safe")).json();
        assertThat(uncounted.get("closed_at").isNull()).isFalse();
        assertThat(uncounted.get("counted").isNull()).isTrue();
        assertThat(uncounted.get("manager_close").get("counted").asBoolean()).isFalse();
        assertThat(uncounted.get("reckoning").get("variance").isNull()).isTrue();
        assertThat(cashier.get("/api/v1/cash/drawers/" + backDrawer).json().get("manager_close").get("reason").asString())
                .isEqualTo("Drawer emptied into the safe");

        JsonNode audit = Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> owner.get("/api/v1/audit?action=cash.drawer_closed_by_manager").json().get("data"), d -> d.size() == 2);
        assertThat(audit.findValuesAsString("reason")).containsExactlyInAnyOrder("Front till was replaced", "Drawer emptied into the safe");

        JsonNode z = manager.get("/api/v1/reports/z?date=" + day).json();
        assertThat(z.get("drawers")).hasSize(2);
        assertThat(z.get("drawers").findValuesAsString("manager_reason"))
                .containsExactlyInAnyOrder("Front till was replaced", "Drawer emptied into the safe");
        assertThat(z.get("drawer_totals").get("counted").decimalValue()).as("the counted one only").isEqualByComparingTo("105.00");
        assertThat(z.get("drawer_totals").get("open").asInt()).isZero();
    }

    /** {@code who} with a PIN, logged in on {@code till} with it: a session opened on the till. */
    private Http pinLogin(TestShop shop, TestShop.Till till, Http who) {
        assertThat(who.put("/api/v1/users/me/pin", Map.of("pin", "2580", "password", TestTenants.PASSWORD)).status()).isEqualTo(204);
        String me = who.get("/api/v1/users/me").json().get("id").asString();
        Http.Response login = http().withHeader("X-Device-Token", till.token()).post("/api/v1/auth/pin",
                Map.of("user_id", me, "pin", "2580"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return http(login.json().get("access_token").asString());
    }

    private static void assertForbidden(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.problemType()).endsWith("forbidden");
    }

    private static void assertField(Http.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }

    /** One cup at 10.00 (10.83 with tax) paid in full by {@code method}, rung on {@code terminal}. */
    private static Http.Response sell(Http as, UUID terminal, Instant rungAt, String method) {
        String cup = as.get("/api/v1/inventory/items?limit=1").json().get("data").get(0).get("id").asString();
        SaleBuilder sale = SaleBuilder.sale(UUID.randomUUID(), terminal, rungAt).line(cup, 1, "10.00")
                .amounts("10.00", "0.83", "10.83").tender(method, "10.83");
        Http.Response response = as.withHeader("Idempotency-Key", String.valueOf(sale.id())).post("/api/v1/sales", sale.request());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }
}
