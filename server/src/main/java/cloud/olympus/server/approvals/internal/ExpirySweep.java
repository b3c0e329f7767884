package cloud.olympus.server.approvals.internal;

import cloud.olympus.server.approvals.Approvals;
import cloud.olympus.server.approvals.ApprovalsProperties;
import cloud.olympus.server.shared.PeriodicTask;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks expired the requests nobody decided or read in time, so that the managers' lists and the
 * waiting till hear of it. Every instance does it; a request expires once whoever gets there first.
 */
@Component
class ExpirySweep extends PeriodicTask {

    private final ApprovalRepository repository;
    private final Approvals approvals;
    private final TransactionTemplate tx;
    private final ApprovalsProperties properties;

    ExpirySweep(ApprovalRepository repository, Approvals approvals, TransactionTemplate tx, ApprovalsProperties properties) {
        super("approvals-expiry");
        this.repository = repository;
        this.approvals = approvals;
        this.tx = tx;
        this.properties = properties;
    }

    /** Expires what is due at every business; answers how many requests expired. */
    int sweep() {
        List<UUID> tenants = tx.execute(status -> repository.tenantsWithExpired());
        int expired = 0;
        for (UUID tenant : tenants == null ? List.<UUID>of() : tenants) {
            expired += TenantContext.callAs(tenant, approvals::expireDue);
        }
        return expired;
    }

    @Override
    protected void runOnce() {
        sweep();
    }

    @Override
    protected Duration interval() {
        return properties.sweepInterval();
    }
}
