package cloud.olympus.server.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.analytics.AnalyticsRollups;
import cloud.olympus.server.analytics.ForgottenRollups;
import cloud.olympus.server.analytics.HourRollup;
import cloud.olympus.server.analytics.RollupState;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestShop;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The backfill the ready server starts runs on a thread of its own and rolls up a business that never was. */
class StartupBackfillTests extends ApiTest {

    @Autowired
    StartupBackfill backfill;
    @Autowired
    AnalyticsRollups rollups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theReadyServerRollsUpABusinessWhoseSalesNeverReachedItsRollupsInTheBackground() {
        TestShop shop = openShop("retail");
        UUID tenant = shop.tenant().id();
        JsonNode placed = shop.placed(shop.item("MUG", "10.00", 10), 2);
        Http.Response paid = shop.pay(placed.get("id").asString(), "cash", placed.get("total").decimalValue().toPlainString());
        assertThat(paid.status()).as(paid.toString()).isBetween(200, 201);
        List<HourRollup> live = await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.callAs(tenant, rollups::hours),
                hours -> hours.stream().mapToLong(HourRollup::orders).sum() == 1);
        ForgottenRollups.forget(jdbc, transactions, tenant);

        backfill.start();

        Optional<RollupState> state = await().atMost(Duration.ofSeconds(60))
                .until(() -> TenantContext.callAs(tenant, rollups::state), Optional::isPresent);
        assertThat(state.orElseThrow().ordersCounted()).isEqualTo(1);
        assertThat(TenantContext.callAs(tenant, rollups::hours)).isEqualTo(live);
    }
}
