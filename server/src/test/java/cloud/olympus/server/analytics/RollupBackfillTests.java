package cloud.olympus.server.analytics;

import static cloud.olympus.server.analytics.RungSales.rung;
import static cloud.olympus.server.support.OrderRequests.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.TestOrganisation;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A business whose sales never reached its rollups (orders from before the rollups existed, or
 * written without events) has them after the backfill, as a rebuild from scratch counts them, and
 * once only; an admin rebuilds their business's rollups (an organisation's with its locations') on
 * request, as often as they like, and nobody else's.
 */
class RollupBackfillTests extends ApiTest {

    private static final String REBUILD = "/api/v1/analytics/rebuild";

    @Autowired
    AnalyticsRollups rollups;
    @Autowired
    RollupRebuilds rebuilds;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aBusinessWhoseSalesNeverReachedItsRollupsHasThemAfterTheBackfillOnceAsARebuildCountsThem() {
        TestShop shop = openShop("retail");
        UUID tenant = shop.tenant().id();
        String mug = shop.item(ItemBuilder.item("MUG", "10.00").category("Kitchen").stock(100));
        String pen = shop.item("PEN", "2.00", 100);
        Instant lastWeek = Instant.now().minus(Duration.ofDays(8));
        String first = rung(shop, mug, "10.00", 2, Instant.now().minus(Duration.ofDays(3)), "card");
        rung(shop, pen, "2.00", 1, lastWeek, "cash");
        rung(shop, mug, "10.00", 1, Instant.now().minus(Duration.ofMinutes(5)), "card");
        Http.Response refunded = shop.owner().post("/api/v1/orders/" + first + "/refunds", refund("5.00", "scratched"));
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
        RollupSnapshot live = await().atMost(Duration.ofSeconds(30)).until(() -> snapshot(tenant),
                s -> s.hours().stream().mapToLong(HourRollup::orders).sum() == 3
                        && s.hours().stream().anyMatch(h -> h.refunds().signum() > 0));

        forget(tenant);
        assertThat(snapshot(tenant).hours()).isEmpty();
        assertThat(state(tenant)).isEmpty();

        assertThat(rebuilds.backfill()).isPositive();

        assertThat(snapshot(tenant)).isEqualTo(live);
        RollupState state = state(tenant).orElseThrow();
        assertThat(state.tenantId()).isEqualTo(tenant);
        assertThat(state.ordersCounted()).isEqualTo(3);
        assertThat(state.refundsCounted()).isEqualTo(1);
        assertThat(state.hoursCounted()).isEqualTo(3);
        JsonNode dashboard = ok(shop.owner().get("/api/v1/analytics/dashboard?date="
                + tenants.settingsOf(tenant).businessDate(lastWeek)));
        assertThat(dashboard.get("sales").get("orders").asLong()).isEqualTo(1);
        assertThat(dashboard.get("sales").get("revenue").decimalValue()).isEqualByComparingTo(new BigDecimal("2.17"));

        // Rebuilt once, a business is off the backfill's list; a rebuild from scratch counts what it did.
        rebuilds.backfill();
        assertThat(state(tenant)).contains(state);
        rollups.rebuild(tenant);
        assertThat(snapshot(tenant)).isEqualTo(live);
    }

    @Test
    void anAdminRebuildsTheirOwnRollupsAsOftenAsTheyLikeACashierMayNotAndAnotherBusinessIsLeftAlone() {
        TestShop ours = openShop("retail");
        TestShop theirs = openShop("retail");
        String mug = ours.item("MUG", "10.00", 100);
        rung(ours, mug, "10.00", 1, Instant.now().minus(Duration.ofDays(2)), "card");
        rung(ours, mug, "10.00", 3, Instant.now().minus(Duration.ofHours(1)), "cash");
        rung(theirs, theirs.item("CUP", "4.00", 100), "4.00", 1, Instant.now().minus(Duration.ofHours(1)), "cash");
        UUID us = ours.tenant().id();
        UUID them = theirs.tenant().id();
        RollupSnapshot ourLive = await().atMost(Duration.ofSeconds(30)).until(() -> snapshot(us),
                s -> s.hours().stream().mapToLong(HourRollup::orders).sum() == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshot(them).hours().size() == 1);
        forget(us);
        forget(them);

        Http cashier = http(TestTenants.addUserAndLogin(ours.owner(), ours.tenant().slug(), "cashier"));
        Http.Response refused = rebuild(cashier);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("forbidden");
        assertThat(snapshot(us).hours()).isEmpty();

        JsonNode once = ok(rebuild(ours.owner())).get("data");
        assertThat(once).hasSize(1);
        assertThat(once.get(0).get("tenant_id").asString()).isEqualTo(us.toString());
        assertThat(once.get(0).get("orders_counted").asLong()).isEqualTo(2);
        assertThat(once.get(0).get("refunds_counted").asLong()).isZero();
        assertThat(once.get(0).get("hours_counted").asLong()).isEqualTo(2);
        assertThat(Instant.parse(once.get(0).get("rebuilt_at").asString())).isBeforeOrEqualTo(Instant.now());
        assertThat(snapshot(us)).isEqualTo(ourLive);

        JsonNode again = ok(rebuild(ours.owner())).get("data");
        assertThat(again.get(0).get("orders_counted")).isEqualTo(once.get(0).get("orders_counted"));
        assertThat(again.get(0).get("hours_counted")).isEqualTo(once.get(0).get("hours_counted"));
        assertThat(snapshot(us)).isEqualTo(ourLive);

        assertThat(snapshot(them).hours()).isEmpty();
        assertThat(state(them)).isEmpty();
    }

    @Test
    void anOrganisationRebuildsItselfAndItsLocationsAndALocationOnlyItself() {
        TestOrganisation org = TestOrganisation.open(http());
        DashboardTests.paid(new TestShop(org.org(), org.atNorth()), org.orderAtNorth());
        DashboardTests.paid(new TestShop(org.org(), org.atSouth()), org.orderAtSouth());
        DashboardTests.paid(new TestShop(org.org(), org.atSouth()), org.orderAtSouth());
        UUID north = UUID.fromString(org.north());
        UUID south = UUID.fromString(org.south());
        await().atMost(Duration.ofSeconds(30)).until(() -> orders(north) == 1 && orders(south) == 2);
        List.of(org.org().id(), north, south).forEach(this::forget);

        JsonNode rebuilt = ok(rebuild(org.owner())).get("data");

        assertThat(rebuilt).hasSize(3);
        assertThat(rebuilt.get(0).get("tenant_id").asString()).isEqualTo(org.org().id().toString());
        Map<String, Long> counted = rebuilt.valueStream().collect(Collectors.toMap(r -> r.get("tenant_id").asString(),
                r -> r.get("orders_counted").asLong()));
        assertThat(counted).isEqualTo(Map.of(org.org().id().toString(), 0L, org.north(), 1L, org.south(), 2L));
        assertThat(orders(north)).isEqualTo(1);
        assertThat(orders(south)).isEqualTo(2);
        assertThat(ok(org.owner().get("/api/v1/analytics/dashboard")).get("sales").get("orders").asLong()).isEqualTo(3);

        forget(south);
        JsonNode atNorth = ok(rebuild(org.atNorth())).get("data");
        assertThat(atNorth.valueStream().map(r -> r.get("tenant_id").asString())).containsExactly(org.north());
        assertThat(orders(south)).isZero();
    }

    private static Http.Response rebuild(Http as) {
        return as.send("POST", REBUILD, null, null);
    }

    private long orders(UUID tenant) {
        return snapshot(tenant).hours().stream().mapToLong(HourRollup::orders).sum();
    }

    private RollupSnapshot snapshot(UUID tenant) {
        return TenantContext.callAs(tenant, rollups::snapshot);
    }

    private Optional<RollupState> state(UUID tenant) {
        return TenantContext.callAs(tenant, rollups::state);
    }

    private void forget(UUID tenant) {
        ForgottenRollups.forget(jdbc, transactions, tenant);
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
