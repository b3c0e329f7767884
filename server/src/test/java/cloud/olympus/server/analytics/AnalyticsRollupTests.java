package cloud.olympus.server.analytics;

import static cloud.olympus.server.support.OrderRequests.line;
import static cloud.olympus.server.support.OrderRequests.orderFor;
import static cloud.olympus.server.support.OrderRequests.refund;
import static cloud.olympus.server.support.OrderRequests.refundOf;
import static cloud.olympus.server.support.OrderRequests.refundTo;
import static cloud.olympus.server.support.OrderRequests.returned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.commerce.OrderCompleted;
import cloud.olympus.server.commerce.OrderRefunded;
import cloud.olympus.server.commerce.web.OrderController.ItemRequest;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.OrderRequests;
import cloud.olympus.server.support.TestShop;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The rollups built from commerce's events (per hour, per item, per payment method, per customer and
 * day) equal the ones counted again from the orders, after a seeded random mix of orders, till sales,
 * cancellations, voids, and partial and full refunds; an event delivered again counts once.
 */
class AnalyticsRollupTests extends ApiTest {

    private static final BigDecimal TWO = new BigDecimal("2.00");

    @Autowired
    AnalyticsRollups rollups;

    @Test
    void rolledUpFiguresEqualTheFiguresRebuiltFromTheOrdersAndCountEachEventOnce() {
        TestShop shop = openShop("retail");
        UUID tenant = shop.tenant().id();
        List<String> items = List.of(
                shop.item(ItemBuilder.item("MUG", "10.00").category("Kitchen").stock(5000)),
                shop.item(ItemBuilder.item("CUP", "4.50").category("Kitchen").stock(5000)),
                shop.item(ItemBuilder.item("PEN", "1.25").category("Office").stock(5000)),
                shop.item(ItemBuilder.item("BAG", "7.80").stock(5000)));
        List<String> prices = List.of("10.00", "4.50", "1.25", "7.80");
        List<String> customers = List.of(shop.customer("Ada"), shop.customer("Ben"), shop.customer("Cy"));
        Random random = new Random(20261128L);
        List<String> completed = new ArrayList<>();
        Set<String> refundedOrders = new LinkedHashSet<>();
        int completions = 0;
        for (int op = 0; op < 120; op++) {
            int kind = random.nextInt(100);
            if (kind < 35 || completed.isEmpty()) {
                completed.add(orderPaid(shop, random, items, customers));
                completions++;
            } else if (kind < 55) {
                int which = random.nextInt(items.size());
                completed.add(RungSales.rung(shop, items.get(which), prices.get(which), 1 + random.nextInt(3),
                        Instant.now().minus(Duration.ofMinutes(random.nextInt(3 * 24 * 60))), random.nextBoolean() ? "card" : "cash"));
                completions++;
            } else if (kind < 65) {
                String id = shop.placed(items.get(random.nextInt(items.size())), 1).get("id").asString();
                assertThat(shop.status(id, "cancelled").status()).isEqualTo(200);
            } else if (kind < 72) {
                refundedOrders.add(voided(shop, items.get(random.nextInt(items.size()))));
            } else if (kind < 87) {
                String id = completed.get(random.nextInt(completed.size()));
                if (returnSomeLine(shop, id, random, false)) {
                    refundedOrders.add(id);
                }
            } else if (kind < 95) {
                JsonNode order = shop.owner().get("/api/v1/orders/" + completed.get(random.nextInt(completed.size()))).json();
                if (order.get("total").decimalValue().subtract(order.get("refunded_total").decimalValue()).compareTo(BigDecimal.ONE) > 0) {
                    created(shop.owner().post("/api/v1/orders/" + order.get("id").asString() + "/refunds", refund("1.00", "goodwill")));
                    refundedOrders.add(order.get("id").asString());
                }
            } else {
                String id = completed.get(random.nextInt(completed.size()));
                if (returnSomeLine(shop, id, random, true)) {
                    refundedOrders.add(id);
                }
            }
        }
        List<JsonNode> refunds = new ArrayList<>();
        for (String id : refundedOrders) {
            shop.owner().get("/api/v1/orders/" + id).json().get("refunds").forEach(refunds::add);
        }
        assertThat(refunds).hasSizeGreaterThan(10);
        BigDecimal refunded = refunds.stream().map(r -> r.get("amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> refundOrders = new ArrayList<>();
        for (String id : refundedOrders) {
            shop.owner().get("/api/v1/orders/" + id).json().get("refunds").forEach(r -> refundOrders.add(id));
        }
        int expectedOrders = completions;

        RollupSnapshot rolledUp = await().atMost(Duration.ofSeconds(60)).until(() -> asTenant(tenant, rollups::snapshot),
                s -> s.hours().stream().mapToLong(HourRollup::orders).sum() == expectedOrders
                        && s.hours().stream().map(HourRollup::refunds).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(refunded) == 0);
        assertThat(rolledUp.products()).isNotEmpty().anyMatch(p -> p.categoryId() != null).anyMatch(p -> p.categoryId() == null);
        assertThat(rolledUp.payments()).extracting(PaymentRollup::method).contains("card", "cash");
        assertThat(rolledUp.customers()).isNotEmpty();

        List<HourRollup> rebuiltHours = rollups.rebuild(tenant);
        RollupSnapshot rebuilt = asTenant(tenant, rollups::snapshot);
        assertThat(rebuiltHours).isEqualTo(rebuilt.hours());
        assertThat(rebuilt.hours()).isEqualTo(rolledUp.hours());
        assertThat(rebuilt.products()).isEqualTo(rolledUp.products());
        assertThat(rebuilt.payments()).isEqualTo(rolledUp.payments());
        assertThat(rebuilt.customers()).isEqualTo(rolledUp.customers());
        assertThat(rolledUp.customerSummaries()).isNotEmpty();
        assertThat(rebuilt.customerSummaries()).isEqualTo(rolledUp.customerSummaries());

        asTenant(tenant, () -> {
            for (String id : completed) {
                JsonNode order = shop.owner().get("/api/v1/orders/" + id).json();
                rollups.completed(new OrderCompleted(tenant, UUID.fromString(id), order.get("order_number").asString(), null,
                        order.get("total").decimalValue(), BigDecimal.ZERO, "USD", Instant.now()));
            }
            for (int i = 0; i < refunds.size(); i++) {
                JsonNode refund = refunds.get(i);
                rollups.refunded(new OrderRefunded(tenant, UUID.fromString(refundOrders.get(i)),
                        UUID.fromString(refund.get("id").asString()), null, refund.get("amount").decimalValue(),
                        new OrderRefunded.Tender(UUID.randomUUID(), "cash", refund.get("amount").decimalValue()), "cash"));
            }
            return null;
        });
        assertThat(asTenant(tenant, rollups::snapshot)).isEqualTo(rebuilt);
    }

    @Test
    void aRebuildWhileSalesAreBeingRolledUpCountsEachSaleOnce() throws Exception {
        TestShop shop = openShop("retail");
        UUID tenant = shop.tenant().id();
        String mug = shop.item("MUG", "10.00", 500);
        int sales = 12;
        java.util.concurrent.CompletableFuture<Void> selling = java.util.concurrent.CompletableFuture.runAsync(() -> {
            for (int i = 0; i < sales; i++) {
                JsonNode placed = shop.placed(mug, 1);
                paid(shop.pay(placed.get("id").asString(), "cash", placed.get("total").decimalValue().toPlainString()));
            }
        });
        while (!selling.isDone()) {
            rollups.rebuild(tenant);
        }
        selling.get();

        RollupSnapshot rolledUp = await().atMost(Duration.ofSeconds(30)).until(() -> asTenant(tenant, rollups::snapshot),
                s -> s.hours().stream().mapToLong(HourRollup::orders).sum() == sales);
        assertThat(rolledUp.products().stream().mapToLong(ProductRollup::quantity).sum()).isEqualTo(sales);
        rollups.rebuild(tenant);
        assertThat(asTenant(tenant, rollups::snapshot)).isEqualTo(rolledUp);
    }

    /** An order of one to three lines, for a known customer now and then, paid in one or two tenders. */
    private static String orderPaid(TestShop shop, Random random, List<String> items, List<String> customers) {
        List<ItemRequest> lines = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            lines.add(line(items.get((i + random.nextInt(items.size())) % items.size()), 1 + random.nextInt(3)));
        }
        String customer = random.nextInt(3) == 0 ? customers.get(random.nextInt(customers.size())) : null;
        JsonNode placed = created(shop.owner().post("/api/v1/orders", customer == null
                ? OrderRequests.order(lines) : orderFor(customer, lines.toArray(ItemRequest[]::new))));
        String id = placed.get("id").asString();
        BigDecimal total = placed.get("total").decimalValue();
        if (random.nextBoolean() && total.compareTo(TWO) > 0) {
            paid(shop.pay(id, "card", "2.00"));
            paid(shop.pay(id, "cash", total.subtract(TWO).toPlainString()));
        } else {
            paid(shop.pay(id, random.nextBoolean() ? "card" : "cash", total.toPlainString()));
        }
        return id;
    }

    /** An order paid in part, its payment refunded and the order cancelled; answers its id. */
    private static String voided(TestShop shop, String item) {
        JsonNode placed = shop.placed(item, 2);
        String id = placed.get("id").asString();
        paid(shop.pay(id, "card", "1.00"));
        String payment = shop.owner().get("/api/v1/orders/" + id).json().get("payments").get(0).get("id").asString();
        created(shop.owner().post("/api/v1/orders/" + id + "/refunds", refundTo(payment, "1.00", "changed mind")));
        assertThat(shop.status(id, "cancelled").status()).isEqualTo(200);
        return id;
    }

    /** Gives back some (or all, when {@code whole}) of a line still refundable; false when none is. */
    private static boolean returnSomeLine(TestShop shop, String orderId, Random random, boolean whole) {
        JsonNode order = shop.owner().get("/api/v1/orders/" + orderId).json();
        for (JsonNode line : order.get("items")) {
            int left = line.get("quantity").asInt() - line.get("refunded_quantity").asInt();
            if (left > 0) {
                int units = whole ? left : 1 + random.nextInt(left);
                Http.Response refunded = shop.owner().post("/api/v1/orders/" + orderId + "/refunds",
                        refundOf("returned", returned(line.get("id").asString(), units)));
                if (refunded.status() == 201) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode paid(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response.json();
    }

    private static JsonNode created(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static <T> T asTenant(UUID tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }
}
