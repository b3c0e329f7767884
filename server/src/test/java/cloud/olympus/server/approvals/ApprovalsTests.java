package cloud.olympus.server.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.approvals.web.ApprovalController.ApprovalRequest;
import cloud.olympus.server.approvals.web.ApprovalController.DecisionRequest;
import cloud.olympus.server.commerce.web.OrderController.RefundRequest;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.LiveSocket;
import cloud.olympus.server.support.SaleBuilder;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TenantRequests;
import cloud.olympus.server.support.TestTenants;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A till asks a manager from afar: the manager approves or declines, or nobody does in time; what an
 * approval unlocks (a cashier's refund, a discount) is checked on the server and spent once; the
 * managers and the waiting till hear of it live; the audit trail keeps it.
 */
class ApprovalsTests extends ApiTest {

    private static final UUID TERMINAL = UUID.fromString("0a000000-0000-4000-8000-00000000a001");

    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    /** A shop with a paid order of 20.00 (two cups), a cashier and a manager. */
    private record Shop(TestShop shop, String order, Http cashier, String cashierToken, Http manager, String managerToken) {
    }

    private Shop shopWithPaidOrder() {
        return shopWithPaidOrder("cash");
    }

    private Shop shopWithPaidOrder(String paidWith) {
        TestShop shop = openShop("restaurant");
        String cup = shop.item(unique("CUP"), "10.00", 50);
        String order = shop.placed(cup, 2).get("id").asString();
        JsonNode placed = shop.owner().get("/api/v1/orders/" + order).json();
        assertThat(shop.pay(order, paidWith, placed.get("total").decimalValue().toPlainString()).status()).isEqualTo(201);
        String cashier = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier");
        String manager = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "manager");
        return new Shop(shop, order, http(cashier), cashier, http(manager), manager);
    }

    private static Http.Response ask(Http as, String kind, String amount, String orderId) {
        return as.post("/api/v1/approvals", new ApprovalRequest(kind, "Refund of a cracked cup",
                amount == null ? null : new BigDecimal(amount), orderId == null ? null : UUID.fromString(orderId),
                Map.of("reason", "cracked"), TERMINAL));
    }

    private static String asked(Http as, String kind, String amount, String orderId) {
        Http.Response asked = ask(as, kind, amount, orderId);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        return asked.json().get("id").asString();
    }

    private static Http.Response refund(Http as, String order, String amount, String approvalId, String key) {
        return as.withHeader("Idempotency-Key", key).post("/api/v1/orders/" + order + "/refunds",
                new RefundRequest(new BigDecimal(amount), null, "cracked", null, null, null,
                        approvalId == null ? null : UUID.fromString(approvalId)));
    }

    @Test
    void aCashiersRefundApprovedFromAfarGoesThroughOnceForNoMoreThanApproved() {
        Shop s = shopWithPaidOrder();
        assertThat(refund(s.cashier(), s.order(), "5.00", null, UUID.randomUUID().toString()).problemType())
                .isEqualTo("forbidden");

        Http.Response asked = ask(s.cashier(), "refund", "5.00", s.order());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        JsonNode request = asked.json();
        String id = request.get("id").asString();
        assertThat(request.get("status").asString()).isEqualTo("pending");
        assertThat(request.get("kind").asString()).isEqualTo("refund");
        assertThat(request.get("amount").toString()).isEqualTo("5.00");
        assertThat(request.get("order_id").asString()).isEqualTo(s.order());
        assertThat(request.get("decided_by").isNull()).isTrue();
        assertThat(Duration.between(Instant.parse(request.get("requested_at").asString()),
                Instant.parse(request.get("expires_at").asString()))).isEqualTo(Duration.ofMinutes(2));

        assertThat(s.manager().get("/api/v1/approvals?status=pending").json().get("data").findValuesAsString("id")).contains(id);
        // Not before a manager said yes.
        assertThat(refund(s.cashier(), s.order(), "5.00", id, UUID.randomUUID().toString()).status()).isEqualTo(409);

        Http.Response approved = s.manager().post("/api/v1/approvals/" + id + "/approve", new DecisionRequest("fine"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("approved");
        assertThat(approved.json().get("reason").asString()).isEqualTo("fine");
        String managerId = s.manager().get("/api/v1/users/me").json().get("id").asString();
        assertThat(approved.json().at("/decided_by/user_id").asString()).isEqualTo(managerId);
        assertThat(s.cashier().get("/api/v1/approvals/" + id).json().get("status").asString()).isEqualTo("approved");
        assertThat(s.manager().get("/api/v1/approvals").json().get("data").findValuesAsString("id")).doesNotContain(id);

        assertThat(refund(s.cashier(), s.order(), "6.00", id, UUID.randomUUID().toString()).status()).isEqualTo(409);
        String key = UUID.randomUUID().toString();
        Http.Response refunded = refund(s.cashier(), s.order(), "5.00", id, key);
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
        assertThat(refunded.json().get("refunds")).hasSize(1);
        // The same request again answers the same refund; another one finds the approval spent.
        Http.Response replayed = refund(s.cashier(), s.order(), "5.00", id, key);
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        Http.Response again = refund(s.cashier(), s.order(), "5.00", id, UUID.randomUUID().toString());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("already used");
        assertThat(s.shop().owner().get("/api/v1/orders/" + s.order()).json().get("refunds")).hasSize(1);
        assertThat(s.cashier().get("/api/v1/approvals/" + id).json().get("used_at").isNull()).isFalse();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode trail = s.shop().owner().get("/api/v1/audit?subject=" + id).json().get("data");
            assertThat(trail.findValuesAsString("action")).containsExactlyInAnyOrder("approval.requested", "approval.approved");
        });
        JsonNode decided = s.shop().owner().get("/api/v1/audit?action=approval.approved&subject=" + id).json().at("/data/0");
        assertThat(decided.get("actor_id").asString()).isEqualTo(managerId);
    }

    @Test
    void aDeclinedRequestUnlocksNothingAndIsDecidedOnce() {
        Shop s = shopWithPaidOrder();
        String id = asked(s.cashier(), "refund", "5.00", s.order());
        Http.Response declined = s.manager().post("/api/v1/approvals/" + id + "/decline", new DecisionRequest("not without the cup"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().get("status").asString()).isEqualTo("declined");
        assertThat(declined.json().get("reason").asString()).isEqualTo("not without the cup");

        Http.Response twice = s.shop().owner().post("/api/v1/approvals/" + id + "/approve", new DecisionRequest(null));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.problemType()).isEqualTo("conflict");
        assertThat(twice.json().get("detail").asString()).contains("already declined");
        assertThat(refund(s.cashier(), s.order(), "5.00", id, UUID.randomUUID().toString()).status()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(15)).until(() -> s.shop().owner()
                .get("/api/v1/audit?action=approval.declined&subject=" + id).json().get("data").size() == 1);
    }

    @Test
    void aRequestNobodyDecidedInTimeExpires() {
        Shop s = shopWithPaidOrder();
        String id = asked(s.cashier(), "refund", "5.00", s.order());
        String other = asked(s.cashier(), "other", null, null);
        try (LiveSocket till = LiveSocket.authenticated(port, s.cashierToken())) {
            till.subscribe(null, "approvals");
            timeIsUp(s.shop().tenant().id(), id);
            // Read after its time, it is expired, whether or not the sweep got there.
            assertThat(s.cashier().get("/api/v1/approvals/" + id).json().get("status").asString()).isEqualTo("expired");
            Http.Response late = s.manager().post("/api/v1/approvals/" + id + "/approve", null);
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.json().get("detail").asString()).contains("expired");
            assertThat(till.event("approval.decided", id).at("/data/status").asString()).isEqualTo("expired");

            // Nobody reads the other one: the sweep expires it, and the till hears.
            timeIsUp(s.shop().tenant().id(), other);
            assertThat(till.event("approval.decided", other).at("/data/status").asString()).isEqualTo("expired");
        }
        assertThat(refund(s.cashier(), s.order(), "5.00", id, UUID.randomUUID().toString()).status()).isEqualTo(409);
    }

    @Test
    void aManagerCannotApproveTheirOwnRequest() {
        Shop s = shopWithPaidOrder();
        String id = asked(s.manager(), "other", null, null);
        Http.Response own = s.manager().post("/api/v1/approvals/" + id + "/approve", null);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detail").asString()).contains("own request");
        assertThat(s.shop().owner().post("/api/v1/approvals/" + id + "/approve", null).status()).isEqualTo(200);
    }

    @Test
    void onlyThoseWhoMayDecideSeeAndDecideAndOnlyWithinTheirBusiness() {
        Shop s = shopWithPaidOrder();
        String id = asked(s.cashier(), "refund", "5.00", s.order());
        assertThat(s.cashier().get("/api/v1/approvals").status()).isEqualTo(403);
        assertThat(s.cashier().post("/api/v1/approvals/" + id + "/approve", null).status()).isEqualTo(403);
        String kitchen = TestTenants.addUserAndLogin(s.shop().owner(), s.shop().tenant().slug(), "kitchen");
        assertThat(ask(http(kitchen), "other", null, null).status()).isEqualTo(403);
        // Another cashier does not see a colleague's request.
        String colleague = TestTenants.addUserAndLogin(s.shop().owner(), s.shop().tenant().slug(), "cashier");
        assertThat(http(colleague).get("/api/v1/approvals/" + id).status()).isEqualTo(404);

        Shop theirs = shopWithPaidOrder();
        assertThat(theirs.manager().get("/api/v1/approvals/" + id).status()).isEqualTo(404);
        assertThat(theirs.manager().post("/api/v1/approvals/" + id + "/approve", null).status()).isEqualTo(404);
        assertThat(theirs.manager().post("/api/v1/approvals/" + id + "/decline", null).status()).isEqualTo(404);
        assertThat(theirs.manager().get("/api/v1/approvals").json().get("data").findValuesAsString("id")).doesNotContain(id);

        // Approved, it still unlocks nothing at another business, nor for another order.
        assertThat(s.manager().post("/api/v1/approvals/" + id + "/approve", null).status()).isEqualTo(200);
        assertThat(refund(theirs.cashier(), theirs.order(), "5.00", id, UUID.randomUUID().toString()).status()).isEqualTo(404);
        String cup = s.shop().item(unique("MUG"), "10.00", 5);
        String otherOrder = s.shop().placed(cup, 1).get("id").asString();
        assertThat(s.shop().pay(otherOrder, "cash", "10.83").status()).isEqualTo(201);
        Http.Response wrongOrder = refund(s.cashier(), otherOrder, "5.00", id, UUID.randomUUID().toString());
        assertThat(wrongOrder.status()).isEqualTo(409);
        assertThat(wrongOrder.json().get("detail").asString()).contains("another order");
        assertThat(ask(s.cashier(), "refund", "5.00", null).status()).isEqualTo(400);
        assertThat(ask(s.cashier(), "favour", null, null).status()).isEqualTo(400);
    }

    @Test
    void theRequestsThatAreOverComeAPageAtATimeWithinTheDatesAsked() {
        Shop s = shopWithPaidOrder();
        java.util.List<String> declined = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = asked(s.cashier(), "other", null, null);
            assertThat(s.manager().post("/api/v1/approvals/" + id + "/decline", new DecisionRequest("no")).status()).isEqualTo(200);
            declined.add(0, id);
        }
        String waiting = asked(s.cashier(), "other", null, null);
        // One asked ten days ago, outside the dates asked below.
        String old = declined.remove(declined.size() - 1);
        TenantContext.runAs(s.shop().tenant().id(), () -> tx.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE approvals.requests SET requested_at = requested_at - interval '10 days',
                               expires_at = expires_at - interval '10 days' WHERE id = :id
                        """).param("id", UUID.fromString(old)).update()));

        JsonNode all = s.manager().get("/api/v1/approvals?status=all").json();
        assertThat(all.get("data").findValuesAsString("id")).contains(waiting, old).hasSize(6);
        assertThat(all.get("next_cursor").isNull()).isTrue();

        String since = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(3).toString();
        java.util.List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = s.manager().get("/api/v1/approvals?status=closed&limit=2&from=" + since
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("data").forEach(a -> assertThat(a.get("status").asString()).isEqualTo("declined"));
            seen.addAll(page.get("data").findValuesAsString("id"));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asString();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen).as("newest first, none twice, the pending one and the old one left out").containsExactlyElementsOf(declined);
        assertThat(pages).isEqualTo(2);

        String until = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(5).toString();
        assertThat(s.manager().get("/api/v1/approvals?status=all&to=" + until).json().get("data").findValuesAsString("id"))
                .containsExactly(old);
        assertThat(s.manager().get("/api/v1/approvals?limit=1").json().get("data").findValuesAsString("id")).containsExactly(waiting);

        assertThat(s.cashier().get("/api/v1/approvals?status=closed&limit=2").status()).isEqualTo(403);
        Shop theirs = shopWithPaidOrder();
        assertThat(theirs.manager().get("/api/v1/approvals?status=all&limit=200").json().get("data").findValuesAsString("id"))
                .doesNotContainAnyElementsOf(declined);
        for (String bad : java.util.List.of("limit=0", "limit=201", "limit=1e1000000", "cursor=%21%21", "cursor=%00",
                "cursor=bm90IGEgY3Vyc29y", "from=1e1000000", "from=99999-01-01", "to=0001-01-01", "from=2026-13-01",
                "from=2026-03-02&to=2026-03-01")) {
            Http.Response refused = s.manager().get("/api/v1/approvals?status=all&" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(bad).contains("problem+json");
        }
        assertThat(s.manager().get("/api/v1/approvals?status=nope%00").status()).isEqualTo(400);
    }

    @Test
    void managersHearEveryRequestAndTheTillOnlyItsOwnDecision() {
        Shop s = shopWithPaidOrder();
        String colleague = TestTenants.addUserAndLogin(s.shop().owner(), s.shop().tenant().slug(), "cashier");
        try (LiveSocket manager = LiveSocket.authenticated(port, s.managerToken());
             LiveSocket till = LiveSocket.authenticated(port, s.cashierToken());
             LiveSocket otherTill = LiveSocket.authenticated(port, colleague)) {
            manager.subscribe(null, "approvals");
            till.subscribe(null, "approvals");
            otherTill.subscribe(null, "approvals");

            String id = asked(s.cashier(), "refund", "5.00", s.order());
            JsonNode requested = manager.event("approval.requested", id);
            assertThat(requested.get("topic").asString()).isEqualTo("approvals");
            assertThat(requested.at("/data/summary").asString()).isEqualTo("Refund of a cracked cup");
            assertThat(s.manager().post("/api/v1/approvals/" + id + "/approve", null).status()).isEqualTo(200);
            assertThat(till.event("approval.decided", id).at("/data/status").asString()).isEqualTo("approved");
            assertThat(manager.event("approval.decided", id).at("/data/status").asString()).isEqualTo("approved");

            // The colleague's till hears of its own request, never of this one.
            String theirs = asked(http(colleague), "other", null, null);
            otherTill.event("approval.requested", theirs);
            assertThat(otherTill.events()).noneMatch(e -> e.at("/data/id").asString().equals(id));
            assertThat(till.events()).noneMatch(e -> e.at("/data/id").asString().equals(theirs));
        }
    }

    @Test
    void aDiscountApprovedFromAfarIsNoDiscrepancy() {
        TestShop shop = openShop("retail");
        String cup = shop.item(unique("CUP"), "10.00", 20);
        String cashier = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier");
        String manager = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "manager");
        UUID saleId = UUID.randomUUID();
        String id = asked(http(cashier), "discount", "2.00", saleId.toString());
        assertThat(http(manager).post("/api/v1/approvals/" + id + "/approve", null).status()).isEqualTo(200);
        // 10.00 less 2.00, at 8.25 %: 8.00 + 0.66
        SaleBuilder sale = SaleBuilder.sale(saleId, TERMINAL, Instant.now()).line(cup, 1, "10.00").amounts("10.00", "0.66", "8.66")
                .discount("fixed", "2.00", "friend").tender("cash", "10.00").approval(id);
        Http.Response recorded = http(cashier).withHeader("Idempotency-Key", saleId.toString()).post("/api/v1/sales", sale.request());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().get("needs_review").asBoolean()).isFalse();
        assertThat(recorded.json().get("discrepancies")).isEmpty();
        String managerId = http(manager).get("/api/v1/users/me").json().get("id").asString();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(shop.owner()
                .get("/api/v1/audit?action=order.discounted&subject=" + saleId).json().at("/data/0/details/approved_by").asString())
                .isEqualTo(managerId));
    }

    @Test
    void aDiscountsApprovalNamesItsLimitAndCoversNoMore() {
        Counter c = counter();
        Http cashier = c.cashier();
        Http manager = c.manager();
        Http.Response unlimited = ask(cashier, "discount", null, null);
        assertThat(unlimited.status()).isEqualTo(400);
        assertThat(unlimited.json().get("field").asString()).isEqualTo("amount");

        // Approved for 2.00 of any sale, it does not make a discount of 3.00 an approved one.
        String id = asked(cashier, "discount", "2.00", null);
        assertThat(manager.post("/api/v1/approvals/" + id + "/approve", null).status()).isEqualTo(200);
        UUID saleId = UUID.randomUUID();
        // 10.00 less 3.00, at 8.25 %: 7.00 + 0.58
        SaleBuilder sale = SaleBuilder.sale(saleId, TERMINAL, Instant.now()).line(c.cup(), 1, "10.00").amounts("10.00", "0.58", "7.58")
                .discount("fixed", "3.00", "friend").tender("cash", "10.00").approval(id);
        JsonNode flagged = discountFlagged(cashier, sale);
        assertThat(flagged.get("charged").asString()).isEqualTo("3.00");
        assertThat(flagged.get("detail").asString()).contains("less than 3.00");
        assertThat(cashier.get("/api/v1/approvals/" + id).json().get("used_at").isNull()).isTrue();
    }

    @Test
    void aPaidSaleIsRecordedWhateverBecameOfItsDiscountsApproval() {
        Counter c = counter();
        TestShop shop = c.shop();
        String cup = c.cup();
        Http cashier = c.cashier();
        Http manager = c.manager();
        Http colleague = staff(shop, "cashier");
        String once = asked(cashier, "discount", "2.00", null);
        String lapsing = asked(cashier, "discount", "2.00", null);
        String colleagues = asked(colleague, "discount", "2.00", null);
        for (String id : new String[] {once, lapsing, colleagues}) {
            assertThat(manager.post("/api/v1/approvals/" + id + "/approve", null).status()).isEqualTo(200);
        }
        assertThat(discountSale(cashier, UUID.randomUUID(), cup, once).status()).isEqualTo(201);
        approvedLongAgo(shop.tenant().id(), lapsing);

        assertThat(discountFlagged(cashier, discountSale(UUID.randomUUID(), cup, once)).get("detail").asString())
                .contains("already used");
        assertThat(discountFlagged(cashier, discountSale(UUID.randomUUID(), cup, lapsing)).get("detail").asString())
                .contains("lapsed");
        assertThat(discountFlagged(cashier, discountSale(UUID.randomUUID(), cup, colleagues)).get("detail").asString())
                .contains("someone else");
        assertThat(discountFlagged(cashier, discountSale(UUID.randomUUID(), cup, UUID.randomUUID().toString()))
                .get("detail").asString()).contains("no such approval");
        // One for another sale is not spent on this one, and still good for its own.
        UUID secondSale = UUID.randomUUID();
        String forSecond = asked(cashier, "discount", "2.00", secondSale.toString());
        assertThat(manager.post("/api/v1/approvals/" + forSecond + "/approve", null).status()).isEqualTo(200);
        assertThat(discountFlagged(cashier, discountSale(UUID.randomUUID(), cup, forSecond)).get("detail").asString())
                .contains("another order");
        Http.Response own = discountSale(cashier, secondSale, cup, forSecond);
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(own.json().get("discrepancies")).isEmpty();
    }

    @Test
    void anApprovalIsGoodForAsLongAsARequestWaits() {
        Shop s = shopWithPaidOrder();
        String id = asked(s.cashier(), "refund", "5.00", s.order());
        assertThat(s.manager().post("/api/v1/approvals/" + id + "/approve", null).status()).isEqualTo(200);
        approvedLongAgo(s.shop().tenant().id(), id);
        Http.Response late = refund(s.cashier(), s.order(), "5.00", id, UUID.randomUUID().toString());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.problemType()).isEqualTo("conflict");
        assertThat(late.json().get("detail").asString()).contains("lapsed").contains("ask again");
        assertThat(s.cashier().get("/api/v1/approvals/" + id).json().get("used_at").isNull()).isTrue();
    }

    @Test
    void aRefundApprovedFromAfarGoesBackToItsTenderNotOutOfTheTill() {
        Shop s = shopWithPaidOrder("card");
        String id = asked(s.cashier(), "refund", "5.00", s.order());
        assertThat(s.manager().post("/api/v1/approvals/" + id + "/approve", null).status()).isEqualTo(200);
        Http.Response asCash = s.cashier().withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/orders/" + s.order() + "/refunds", new RefundRequest(new BigDecimal("5.00"), null, "cracked", null,
                        "cash", "card reader down", UUID.fromString(id)));
        assertThat(asCash.status()).as(asCash.toString()).isEqualTo(403);
        assertThat(asCash.json().get("detail").asString()).contains("order_refund");
        assertThat(s.cashier().get("/api/v1/approvals/" + id).json().get("used_at").isNull()).isTrue();

        Http.Response toCard = refund(s.cashier(), s.order(), "5.00", id, UUID.randomUUID().toString());
        assertThat(toCard.status()).as(toCard.toString()).isEqualTo(201);
        assertThat(toCard.json().at("/refunds/0/method").asString()).isEqualTo("card");
    }

    @Test
    void anAmountWithThreeDecimalsIsKeptAndUnlocksExactlyThatRefund() {
        TestShop shop = openShop("retail");
        assertThat(shop.owner().patch("/api/v1/tenant", TenantRequests.settings(Map.of("currency", "KWD"))).status())
                .isEqualTo(200);
        String cup = shop.item(unique("CUP"), "10.000", 50);
        String order = shop.placed(cup, 1).get("id").asString();
        String total = shop.owner().get("/api/v1/orders/" + order).json().get("total").decimalValue().toPlainString();
        assertThat(shop.pay(order, "cash", total).status()).isEqualTo(201);
        Http cashier = staff(shop, "cashier");
        Http manager = staff(shop, "manager");

        String id = asked(cashier, "refund", "1.235", order);
        assertThat(cashier.get("/api/v1/approvals/" + id).json().get("amount").decimalValue()).isEqualByComparingTo("1.235");
        assertThat(manager.post("/api/v1/approvals/" + id + "/approve", null).status()).isEqualTo(200);
        assertThat(refund(cashier, order, "1.236", id, UUID.randomUUID().toString()).status()).isEqualTo(409);
        Http.Response refunded = refund(cashier, order, "1.235", id, UUID.randomUUID().toString());
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
        assertThat(refunded.json().at("/refunds/0/amount").decimalValue()).isEqualByComparingTo("1.235");
    }

    /** A retail shop with a cup at 10.00, a cashier and a manager. */
    private record Counter(TestShop shop, String cup, Http cashier, Http manager) {
    }

    private Counter counter() {
        TestShop shop = openShop("retail");
        return new Counter(shop, shop.item(unique("CUP"), "10.00", 50), staff(shop, "cashier"), staff(shop, "manager"));
    }

    /** Someone new of the role at the shop, logged in. */
    private Http staff(TestShop shop, String role) {
        return http(TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), role));
    }

    /** A cashier's sale of one cup at 10.00 less 2.00, with the approval. */
    private static SaleBuilder discountSale(UUID saleId, String cup, String approvalId) {
        return SaleBuilder.sale(saleId, TERMINAL, Instant.now()).line(cup, 1, "10.00").amounts("10.00", "0.66", "8.66")
                .discount("fixed", "2.00", "friend").tender("cash", "10.00").approval(approvalId);
    }

    private static Http.Response discountSale(Http as, UUID saleId, String cup, String approvalId) {
        return as.withHeader("Idempotency-Key", saleId.toString()).post("/api/v1/sales",
                discountSale(saleId, cup, approvalId).request());
    }

    /** Records the sale, which must go through, flagged for a discount given without a manager; answers that flag. */
    private static JsonNode discountFlagged(Http as, SaleBuilder sale) {
        Http.Response recorded = as.withHeader("Idempotency-Key", sale.id().toString()).post("/api/v1/sales", sale.request());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().get("needs_review").asBoolean()).isTrue();
        JsonNode discount = null;
        for (JsonNode difference : recorded.json().get("discrepancies")) {
            if (difference.get("kind").asString().equals("discount")) {
                discount = difference;
            }
        }
        assertThat(discount).as(recorded.toString()).isNotNull();
        assertThat(discount.get("detail").asString()).startsWith("a discount given without a manager");
        return discount;
    }

    /** Moves an approval's decision to the past, as if the time a request may wait went by since. */
    private void approvedLongAgo(UUID tenant, String id) {
        TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE approvals.requests SET decided_at = decided_at - interval '3 minutes' WHERE id = :id
                        """).param("id", UUID.fromString(id)).update()));
    }

    /** Moves a request's time to the past, as if its two minutes went by. */
    private void timeIsUp(UUID tenant, String id) {
        TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE approvals.requests SET requested_at = requested_at - interval '3 minutes',
                               expires_at = expires_at - interval '3 minutes' WHERE id = :id
                        """).param("id", UUID.fromString(id)).update()));
    }
}
