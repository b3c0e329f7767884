package cloud.olympus.server.analytics;

import cloud.olympus.server.platform.Tenant;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilding rollups as a whole: a business's own (an organisation's with its locations'), on request,
 * and the backfill of every business whose rollups were never rebuilt, which counts what the events
 * could not: the orders from before the rollups existed, and a past written without events.
 */
@Service
public class RollupRebuilds {

    private static final Logger log = LoggerFactory.getLogger(RollupRebuilds.class);

    private final AnalyticsRollups rollups;
    private final Tenants tenants;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    RollupRebuilds(AnalyticsRollups rollups, Tenants tenants, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.rollups = rollups;
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setReadOnly(true);
    }

    /**
     * Rebuilds the rollups of the tenant in context and, for an organisation, of each of its locations,
     * one after the other; answers what each rebuild counted, the tenant itself first.
     */
    public List<RollupState> rebuildOwn() {
        UUID caller = TenantContext.require();
        List<UUID> covered = new ArrayList<>();
        covered.add(caller);
        tenants.locationsOf(caller).stream().map(Tenant::id).forEach(covered::add);
        List<RollupState> states = new ArrayList<>();
        for (UUID tenant : covered) {
            states.add(rebuild(tenant));
        }
        return states;
    }

    /**
     * Rebuilds, one at a time, every live business whose rollups were never rebuilt; a business that
     * fails is left for the next run, and the others go on. Answers how many were rebuilt.
     */
    public int backfill() {
        List<UUID> pending = tx.execute(status -> jdbc.sql("SELECT * FROM analytics.never_rebuilt_tenants()")
                .query((rs, n) -> rs.getObject(1, UUID.class)).list());
        int rebuilt = 0;
        for (UUID tenant : pending == null ? List.<UUID>of() : pending) {
            try {
                rebuild(tenant);
                rebuilt++;
            } catch (RuntimeException e) {
                log.warn("Could not rebuild the sales rollups of {}: {}", tenant, e.getMessage());
            }
        }
        return rebuilt;
    }

    private RollupState rebuild(UUID tenant) {
        rollups.rebuild(tenant);
        return TenantContext.callAs(tenant, () -> rollups.state().orElseThrow());
    }
}
