package cloud.olympus.server.realtime.internal;

import cloud.olympus.model.alerts.Alert;
import cloud.olympus.server.approvals.ApprovalDecided;
import cloud.olympus.server.approvals.ApprovalRequested;
import cloud.olympus.server.approvals.Approvals;
import cloud.olympus.server.approvals.ApprovalView;
import cloud.olympus.server.commerce.DailySales;
import cloud.olympus.server.commerce.Order;
import cloud.olympus.server.commerce.OrderCompleted;
import cloud.olympus.server.commerce.OrderManagement;
import cloud.olympus.server.commerce.OrderPlaced;
import cloud.olympus.server.commerce.OrderRefunded;
import cloud.olympus.server.commerce.OrderReviewed;
import cloud.olympus.server.commerce.OrderStatusChanged;
import cloud.olympus.server.commerce.OrderView;
import cloud.olympus.server.commerce.PaymentCaptured;
import cloud.olympus.server.inventory.AlertAcknowledged;
import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.inventory.StockAlerts;
import cloud.olympus.server.inventory.StockChanged;
import cloud.olympus.server.inventory.StockDepleted;
import cloud.olympus.server.inventory.StockLow;
import cloud.olympus.server.realtime.RealtimeTopic;
import cloud.olympus.server.shared.events.ParkedEvents;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.StaffingAlertAcknowledged;
import cloud.olympus.server.workforce.StaffingAlertRaised;
import cloud.olympus.server.workforce.StaffingAlerts;
import cloud.olympus.server.workforce.TimeClockPunched;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what the modules publish into live events. Each listener runs after the change committed
 * (nothing is told of a change that rolled back) and through the event registry, which delivers
 * again after a failure or a restart. A listener opens its transaction itself, once the tenant is
 * known: it reads what the event is about as the tenant it happened at, and writes the journal as
 * that tenant's business.
 * The data is read when the event is relayed, so it is the latest state: events of one change may
 * arrive in any order, each with the whole current order, item or alert.
 */
@Component
class EventRelay {

    private static final String LISTENER = "realtime";

    private final OrderManagement orders;
    private final DailySales sales;
    private final Catalogue catalogue;
    private final StockAlerts alerts;
    private final StaffingAlerts staffing;
    private final Approvals approvals;
    private final EventJournal journal;
    private final Businesses businesses;
    private final ParkedEvents parked;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;

    EventRelay(OrderManagement orders, DailySales sales, Catalogue catalogue, StockAlerts alerts, StaffingAlerts staffing,
               Approvals approvals, EventJournal journal, Businesses businesses, ParkedEvents parked, TransactionTemplate tx, JsonMapper json, Clock clock) {
        this.orders = orders;
        this.sales = sales;
        this.catalogue = catalogue;
        this.alerts = alerts;
        this.staffing = staffing;
        this.approvals = approvals;
        this.journal = journal;
        this.businesses = businesses;
        this.parked = parked;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderPlaced event) {
        relay(event.tenantId(), event, () -> order(event.tenantId(), event.orderId(), "order.placed").ifPresent(order -> {
            if (order.review().needed()) {
                write(event.tenantId(), RealtimeTopic.ALERTS, "alert.raised", AlertData.of(saleFlagged(order, null, null)));
            }
        }));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderStatusChanged event) {
        relay(event.tenantId(), event, () -> order(event.tenantId(), event.orderId(), "order.status_changed"));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PaymentCaptured event) {
        relay(event.tenantId(), event, () -> order(event.tenantId(), event.orderId(), "payment.captured"));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderCompleted event) {
        relay(event.tenantId(), event, () -> {
            order(event.tenantId(), event.orderId(), "order.completed");
            write(event.tenantId(), RealtimeTopic.DASHBOARD, "dashboard.sales", sales.today());
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderRefunded event) {
        relay(event.tenantId(), event, () -> {
            order(event.tenantId(), event.orderId(), "order.refunded");
            write(event.tenantId(), RealtimeTopic.DASHBOARD, "dashboard.sales", sales.today());
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderReviewed event) {
        relay(event.tenantId(), event, () -> orders.find(event.orderId()).ifPresent(order -> write(event.tenantId(),
                RealtimeTopic.ALERTS, "alert.acknowledged", AlertData.of(saleFlagged(order, event.reviewedAt(), event.reviewedBy())))));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(StockChanged event) {
        relay(event.tenantId(), event, () -> {
            Map<UUID, Item> items = catalogue.findAll(event.itemIds());
            for (UUID id : event.itemIds()) {
                Item item = items.get(id);
                if (item != null) {
                    write(event.tenantId(), RealtimeTopic.INVENTORY, "stock.changed", StockLevel.of(item));
                }
            }
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(StockLow event) {
        relay(event.tenantId(), event, () -> stockAlert(event.tenantId(), event.alertId(), "alert.raised"));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(StockDepleted event) {
        relay(event.tenantId(), event, () -> stockAlert(event.tenantId(), event.alertId(), "alert.raised"));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AlertAcknowledged event) {
        relay(event.tenantId(), event, () -> stockAlert(event.tenantId(), event.alertId(), "alert.acknowledged"));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(StaffingAlertRaised event) {
        relay(event.tenantId(), event, () -> staffingAlert(event.tenantId(), event.alertId(), "alert.raised"));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(StaffingAlertAcknowledged event) {
        relay(event.tenantId(), event, () -> staffingAlert(event.tenantId(), event.alertId(), "alert.acknowledged"));
    }

    /** Who is on shift changed: the dashboard's staff figures (on shift now, labour cost) are read again. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TimeClockPunched event) {
        relay(event.tenantId(), event, () -> write(event.tenantId(), RealtimeTopic.DASHBOARD, "dashboard.staff",
                new StaffPunch(event.staffId(), event.userId(), event.locationId(), event.action(), event.at())));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ApprovalRequested event) {
        relay(event.tenantId(), event, () -> approval(event.tenantId(), event.approvalId(), "approval.requested"));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ApprovalDecided event) {
        relay(event.tenantId(), event, () -> approval(event.tenantId(), event.approvalId(), "approval.decided"));
    }

    /** A request for approval, as {@code GET /api/v1/approvals/{id}} answers it. */
    private void approval(UUID tenant, UUID approvalId, String name) {
        approvals.find(approvalId).ifPresent(a -> write(tenant, RealtimeTopic.APPROVALS, name, ApprovalView.of(a)));
    }

    /** Staffing alerts concern who watches every alert. */
    private void staffingAlert(UUID tenant, UUID alertId, String name) {
        staffing.find(alertId).ifPresent(alert -> write(tenant, RealtimeTopic.ALERTS, name, AlertData.of(alert.toAlert())));
    }

    /** Stock alerts concern both who watches stock and who watches every alert. */
    private void stockAlert(UUID tenant, UUID alertId, String name) {
        alerts.find(alertId).ifPresent(alert -> {
            AlertData data = AlertData.of(alert.toAlert());
            write(tenant, RealtimeTopic.INVENTORY, name, data);
            write(tenant, RealtimeTopic.ALERTS, name, data);
        });
    }

    private Optional<Order> order(UUID tenant, UUID orderId, String name) {
        Optional<Order> order = orders.find(orderId);
        order.ifPresent(o -> write(tenant, RealtimeTopic.ORDERS, name, OrderView.of(o)));
        return order;
    }

    /** A sale recorded with amounts that differ from the catalogue, as an alert for a manager. */
    private static Alert saleFlagged(Order order, Instant reviewedAt, UUID reviewedBy) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("number", order.orderNumber());
        arguments.put("total", order.total());
        arguments.put("currency", order.currency());
        arguments.put("discrepancies", order.review().discrepancies().size());
        return new Alert(order.id(), "sale_flagged", Alert.Severity.WARNING, new Alert.Subject("order", order.id(),
                order.orderNumber()), "alert.sale_flagged", arguments, order.createdAt(), reviewedAt, reviewedBy, null);
    }

    /** Writes one live event to the journal of the tenant's business, as the business. */
    private void write(UUID tenant, RealtimeTopic topic, String name, Object data) {
        UUID business = businesses.of(tenant);
        String text = json.writeValueAsString(data);
        Instant now = clock.instant();
        TenantContext.runAs(business, () -> tx.executeWithoutResult(status ->
                journal.append(business, business.equals(tenant) ? null : tenant, topic.wireName(), name, text, now)));
    }

    /**
     * Runs a listener's work as the tenant the event happened at. For a business (not a location) its
     * reads and its journal writes share one transaction; a location's events are written as its
     * organisation, in a transaction of their own.
     */
    private void relay(UUID tenant, Object event, Runnable work) {
        boolean ownBusiness = businesses.of(tenant).equals(tenant);
        parked.handle(tenant, LISTENER, event, ownBusiness ? () -> tx.executeWithoutResult(status -> work.run()) : work);
    }

    /** A punch of the time clock as the dashboard gets it. */
    record StaffPunch(UUID staffId, UUID userId, UUID locationId, String action, Instant at) {
    }

    /** An item's stock as live screens get it. */
    record StockLevel(UUID id, String sku, String name, int currentStock, int reservedStock, int availableStock, int minStock,
                      boolean trackStock) {
        static StockLevel of(Item item) {
            return new StockLevel(item.id(), item.sku(), item.name(), item.currentStock(), item.reservedStock(),
                    item.availableStock(), item.minStock(), item.trackStock());
        }
    }
}
