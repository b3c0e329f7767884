package cloud.olympus.server.inventory;

import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.server.inventory.StockMovement.Kind;
import cloud.olympus.server.inventory.internal.ItemRepository;
import cloud.olympus.server.inventory.internal.ItemRepository.Levels;
import cloud.olympus.server.inventory.internal.AlertRepository;
import cloud.olympus.server.inventory.internal.MovementRepository;
import cloud.olympus.server.inventory.internal.MovementRepository.Row;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.domain.Input;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way stock changes: each change updates the item and adds a ledger row in the same
 * transaction, so an item's stock always equals the sum of its ledger. Items are touched in id
 * order, so two orders for the same items never deadlock.
 */
@Service
public class StockLedger {

    private final ItemRepository items;
    private final MovementRepository movements;
    private final AlertRepository alerts;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    StockLedger(ItemRepository items, MovementRepository movements, AlertRepository alerts, ApplicationEventPublisher events,
                java.time.Clock clock) {
        this.items = items;
        this.movements = movements;
        this.alerts = alerts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reserves stock of tracked items for an order, all or nothing: the first item short of stock
     * fails the whole order with a 409 naming it. Untracked items are not counted.
     *
     * @param quantities item id to quantity; items must exist (the caller priced them)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(UUID orderId, Map<UUID, Integer> quantities, Map<UUID, Boolean> tracked, UUID actorId) {
        UUID tenant = TenantContext.require();
        List<UUID> changed = new ArrayList<>();
        for (var entry : new TreeMap<>(quantities).entrySet()) {
            if (!tracked.getOrDefault(entry.getKey(), true)) {
                continue;
            }
            int quantity = entry.getValue();
            changed.add(entry.getKey());
            Optional<Levels> after = items.shift(entry.getKey(), 0, quantity, true);
            if (after.isEmpty()) {
                Item item = items.find(entry.getKey()).orElseThrow();
                throw new InsufficientStock(item, quantity);
            }
            movements.insert(tenant, entry.getKey(), Row.of(Kind.RESERVATION, 0, quantity, after.get().current(), orderId, actorId, null));
            announce(tenant, entry.getKey(), after.get(), quantity);
        }
        changed(tenant, changed);
    }

    /** Gives back whatever an order still has reserved (it was cancelled). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(UUID orderId, UUID actorId) {
        UUID tenant = TenantContext.require();
        SortedMap<UUID, Integer> reserved = sorted(movements.outstandingReservations(orderId));
        for (var entry : reserved.entrySet()) {
            int quantity = entry.getValue();
            Levels after = items.shift(entry.getKey(), 0, -quantity, false).orElseThrow();
            movements.insert(tenant, entry.getKey(), Row.of(Kind.RELEASE, 0, -quantity, after.current(), orderId, actorId, null));
            recover(entry.getKey(), after);
        }
        changed(tenant, reserved.keySet());
    }

    /** Turns an order's reservations into sales: the stock leaves the shelf (it was completed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sell(UUID orderId, UUID actorId) {
        UUID tenant = TenantContext.require();
        SortedMap<UUID, Integer> reserved = sorted(movements.outstandingReservations(orderId));
        for (var entry : reserved.entrySet()) {
            int quantity = entry.getValue();
            Levels after = items.shift(entry.getKey(), -quantity, -quantity, false).orElseThrow();
            movements.insert(tenant, entry.getKey(), Row.of(Kind.SALE, -quantity, -quantity, after.current(), orderId, actorId, null));
        }
        changed(tenant, reserved.keySet());
    }

    /**
     * The goods of a sale a till rang at {@code rungAt} left the shelf then, whatever the stock says
     * now: it may go below zero, and the alerts say so. A count made after the sale was rung already
     * found them gone: the sale is in the ledger, but takes nothing more off the counted quantity.
     *
     * @param quantities item id to quantity; untracked items are not counted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sellRung(UUID orderId, Map<UUID, Integer> quantities, Map<UUID, Boolean> tracked, Instant rungAt, UUID actorId) {
        UUID tenant = TenantContext.require();
        List<UUID> changed = new ArrayList<>();
        for (var entry : new TreeMap<>(quantities).entrySet()) {
            if (!tracked.getOrDefault(entry.getKey(), true)) {
                continue;
            }
            UUID itemId = entry.getKey();
            int quantity = entry.getValue();
            changed.add(itemId);
            Optional<Instant> countedLater = movements.countedAfter(itemId, rungAt);
            if (countedLater.isPresent()) {
                Levels now = items.shift(itemId, 0, 0, false).orElseThrow();
                movements.insert(tenant, itemId, new Row(Kind.SALE, 0, 0, now.current(), orderId, null, actorId,
                        quantity + " sold at " + rungAt + ", before the count at " + countedLater.get()
                                + ": already gone when the shelf was counted", rungAt));
                continue;
            }
            Levels after = items.shift(itemId, -quantity, 0, false).orElseThrow();
            movements.insert(tenant, itemId, new Row(Kind.SALE, -quantity, 0, after.current(), orderId, null, actorId, null, rungAt));
            announce(tenant, itemId, after, quantity);
        }
        changed(tenant, changed);
    }

    /** Goods a refund took back go on the shelf again, with the refund in the ledger. Untracked items have no shelf. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void restock(UUID orderId, UUID refundId, UUID itemId, int quantity, UUID actorId) {
        Item item = items.find(itemId).orElse(null);
        if (item == null || !item.trackStock() || quantity <= 0) {
            return;
        }
        Levels after = items.shift(itemId, quantity, 0, false).orElseThrow();
        UUID tenant = TenantContext.require();
        movements.insert(tenant, itemId, new Row(Kind.RETURN, quantity, 0, after.current(), orderId, refundId, actorId, null, null));
        recover(itemId, after);
        changed(tenant, List.of(itemId));
    }

    /**
     * A change by hand: goods received, a correction or waste by so many units, or a count that
     * sets the quantity on the shelf ({@code counted}). Only a count can set it; no other change may
     * leave less than nothing on hand.
     */
    @Transactional
    public Item adjust(UUID itemId, Integer quantityDelta, Integer counted, Kind kind, String note, UUID actorId) {
        if (!kind.isManual()) {
            throw new InvalidInput("reason must be one of receipt, adjustment, waste or count").field("reason");
        }
        if (counted != null && kind != Kind.COUNT) {
            throw new InvalidInput("counted is only for a count; other reasons give quantity_delta").field("counted");
        }
        if (counted == null) {
            if (quantityDelta == null || quantityDelta == 0) {
                throw new InvalidInput("quantity_delta must not be zero").field("quantity_delta");
            }
            Input.whole(quantityDelta, -Amounts.MAX_STOCK_CHANGE, Amounts.MAX_STOCK_CHANGE, "quantity_delta");
        } else {
            Input.whole(counted, 0, Amounts.MAX_STOCK_LEVEL, "counted");
        }
        if (quantityDelta != null && (kind == Kind.RECEIPT && quantityDelta < 0 || kind == Kind.WASTE && quantityDelta > 0)) {
            throw new InvalidInput("a " + kind.wireName() + " cannot " + (quantityDelta < 0 ? "lower" : "raise") + " stock")
                    .field("quantity_delta");
        }
        UUID tenant = TenantContext.require();
        Item item = items.findForUpdate(itemId).orElseThrow(() -> new ItemNotFound());
        if (!item.trackStock()) {
            throw new Conflict(item.name() + " is not stock-tracked");
        }
        int delta = counted != null ? counted - item.currentStock() : quantityDelta;
        long after = (long) item.currentStock() + delta;
        if (kind != Kind.COUNT && delta < 0 && after < 0) {
            throw new Conflict("That would leave " + after + " of " + item.name() + " on hand, and there are "
                    + item.currentStock() + "; count the shelf instead (reason count, with counted)")
                    .field("quantity_delta").with("current_stock", item.currentStock());
        }
        if (after < 0 || after > Amounts.MAX_STOCK_LEVEL) {
            throw new InvalidInput("Stock must stay between 0 and " + Amounts.MAX_STOCK_LEVEL).field("quantity_delta");
        }
        Levels levels = items.shift(itemId, delta, 0, false).orElseThrow();
        movements.insert(tenant, itemId, Row.of(kind, delta, 0, levels.current(), null, actorId, note));
        events.publishEvent(new StockAdjusted(tenant, itemId, item.sku(), item.name(), kind.wireName(), item.currentStock(),
                levels.current(), note, actorId, clock.instant()));
        if (delta < 0) {
            announce(tenant, itemId, levels, -delta);
        } else {
            recover(itemId, levels);
        }
        changed(tenant, List.of(itemId));
        return items.find(itemId).orElseThrow();
    }

    /** An item's ledger, newest first, before the given row when paging. */
    @Transactional(readOnly = true)
    public java.util.List<StockMovement> movements(UUID itemId, java.time.Instant before, UUID beforeId, int limit) {
        return movements.page(itemId, before, beforeId, limit);
    }

    /**
     * Imports an item's past: an opening receipt, then its sales, one ledger row per entry, each at
     * its own time. The item must have no stock yet; afterwards its stock equals its ledger as always.
     */
    @Transactional
    public void importHistory(UUID itemId, int opening, java.time.Instant openedAt, java.util.SortedMap<java.time.Instant, Integer> sales) {
        UUID tenant = TenantContext.require();
        Item item = items.findForUpdate(itemId).orElseThrow(() -> new ItemNotFound());
        if (item.currentStock() != 0 || item.reservedStock() != 0) {
            throw new Conflict("History can only be imported into an item without stock");
        }
        java.util.List<MovementRepository.Past> rows = new java.util.ArrayList<>();
        int stock = opening;
        rows.add(new MovementRepository.Past(Kind.RECEIPT, opening, stock, "opening stock", openedAt));
        for (var sale : sales.entrySet()) {
            stock -= sale.getValue();
            rows.add(new MovementRepository.Past(Kind.SALE, -sale.getValue(), stock, "sales", sale.getKey()));
        }
        movements.insertAll(tenant, itemId, rows);
        items.shift(itemId, stock, 0, false).orElseThrow();
    }

    /** Books an item's opening stock when it joins the catalogue. */
    @Transactional(propagation = Propagation.MANDATORY)
    void open(UUID itemId, int quantity, UUID actorId) {
        Levels after = items.shift(itemId, quantity, 0, false).orElseThrow();
        movements.insert(TenantContext.require(), itemId, Row.of(Kind.RECEIPT, quantity, 0, after.current(), null, actorId,
                "opening stock"));
    }

    /**
     * Raises the alert a fall in availability crosses into, low at the minimum or depleted at zero,
     * once per crossing: while an alert of the kind is unresolved, crossing again raises nothing.
     * Raised alerts are stored in this transaction and published.
     */
    private void announce(UUID tenant, UUID itemId, Levels after, int fell) {
        int before = after.available() + fell;
        if (after.available() <= 0 && before > 0) {
            alerts.raise(tenant, StockAlert.Kind.STOCK_DEPLETED, itemId, after.sku(), after.name(), after.available(),
                    after.minStock(), after.suggestedReorder())
                    .ifPresent(alert -> events.publishEvent(new StockDepleted(tenant, itemId, after.sku(), after.name(), alert)));
        } else if (after.available() <= after.minStock() && before > after.minStock()) {
            alerts.raise(tenant, StockAlert.Kind.STOCK_LOW, itemId, after.sku(), after.name(), after.available(),
                    after.minStock(), after.suggestedReorder())
                    .ifPresent(alert -> events.publishEvent(new StockLow(tenant, itemId, after.sku(), after.name(),
                            after.available(), after.minStock(), alert)));
        }
    }

    /** Stock came back: the alerts it no longer deserves are over. */
    private void recover(UUID itemId, Levels after) {
        if (after.available() > after.minStock()) {
            alerts.resolve(itemId, List.of(StockAlert.Kind.STOCK_LOW, StockAlert.Kind.STOCK_DEPLETED));
        } else if (after.available() > 0) {
            alerts.resolve(itemId, List.of(StockAlert.Kind.STOCK_DEPLETED));
        }
    }

    /** Tells who follows stock (live screens) which items' levels this transaction changed. */
    private void changed(UUID tenant, Collection<UUID> itemIds) {
        if (!itemIds.isEmpty()) {
            events.publishEvent(new StockChanged(tenant, List.copyOf(itemIds)));
        }
    }

    private static SortedMap<UUID, Integer> sorted(Map<UUID, Integer> map) {
        return new TreeMap<>(map);
    }
}
