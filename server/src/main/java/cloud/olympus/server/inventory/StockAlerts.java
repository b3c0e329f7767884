package cloud.olympus.server.inventory;

import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.inventory.internal.AlertRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stock alerts of the tenant in context, as people look at them and acknowledge them. */
@Service
public class StockAlerts {

    private final AlertRepository alerts;

    StockAlerts(AlertRepository alerts) {
        this.alerts = alerts;
    }

    /** Newest first; {@code before} and {@code beforeId} continue from the last alert of a previous page. */
    @Transactional(readOnly = true)
    public List<StockAlert> page(StockAlert.Status status, Instant before, UUID beforeId, int limit) {
        return alerts.page(status, before, beforeId, limit);
    }

    /** Someone has seen to it. Acknowledging twice keeps the first acknowledgement. */
    @Transactional
    public StockAlert acknowledge(UUID id, UUID by) {
        alerts.find(id).orElseThrow(() -> new NotFound("Alert"));
        alerts.acknowledge(id, by);
        return alerts.find(id).orElseThrow();
    }
}
