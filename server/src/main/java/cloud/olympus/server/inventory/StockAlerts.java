package cloud.olympus.server.inventory;

import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.inventory.internal.AlertRepository;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stock alerts of the tenant in context, as people look at them and acknowledge them. */
@Service
public class StockAlerts {

    private final AlertRepository alerts;
    private final ApplicationEventPublisher events;

    StockAlerts(AlertRepository alerts, ApplicationEventPublisher events) {
        this.alerts = alerts;
        this.events = events;
    }

    /** Newest first; {@code before} and {@code beforeId} continue from the last alert of a previous page. */
    @Transactional(readOnly = true)
    public List<StockAlert> page(StockAlert.Status status, Instant before, UUID beforeId, int limit) {
        return alerts.page(status, before, beforeId, limit);
    }

    @Transactional(readOnly = true)
    public Optional<StockAlert> find(UUID id) {
        return alerts.find(id);
    }

    /** Someone has seen to it. Acknowledging twice keeps the first acknowledgement. */
    @Transactional
    public StockAlert acknowledge(UUID id, UUID by) {
        alerts.find(id).orElseThrow(() -> new NotFound("Alert"));
        if (alerts.acknowledge(id, by)) {
            events.publishEvent(new AlertAcknowledged(TenantContext.require(), id, by));
        }
        return alerts.find(id).orElseThrow();
    }
}
