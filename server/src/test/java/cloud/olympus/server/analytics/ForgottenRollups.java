package cloud.olympus.server.analytics;

import cloud.olympus.server.shared.tenancy.TenantContext;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A business's rollups, their marks and their state taken away: as before the rollups existed. */
public final class ForgottenRollups {

    private ForgottenRollups() {
    }

    /** Deletes them, as the tenant, through the application's connections. */
    public static void forget(JdbcClient jdbc, TransactionTemplate transactions, UUID tenant) {
        TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(status -> {
            for (String table : List.of("sales_by_hour", "product_sales_by_hour", "payments_by_hour", "customer_days",
                    "applied_events", "rollup_state")) {
                jdbc.sql("DELETE FROM analytics." + table + " WHERE tenant_id = :tenant").param("tenant", tenant).update();
            }
        }));
    }
}
