package cloud.olympus.server.commerce;

import cloud.olympus.server.shared.domain.NotAllowed;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.model.pricing.Discount;
import cloud.olympus.model.pricing.PricedLine;
import cloud.olympus.model.pricing.PricedOrder;
import cloud.olympus.model.pricing.PricingLine;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.commerce.internal.OrderRepository;
import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.inventory.ModifierGroup;
import cloud.olympus.server.inventory.StockLedger;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.domain.Input;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes orders and moves them through their life. An order is priced from the catalogue by the
 * shared price calculator, its stock reserved and its number drawn, all in one transaction:
 * either all of it happens or none.
 */
@Service
public class OrderManagement {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final OrderRepository orders;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final Tenants tenants;
    private final CustomerAccounts customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderManagement(OrderRepository orders, Catalogue catalogue, StockLedger ledger, Tenants tenants,
                    CustomerAccounts customers, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.tenants = tenants;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Order place(Optional<UUID> requestedId, PlaceOrder request, Caller caller) {
        UUID tenant = TenantContext.require();
        TenantSettings settings = tenants.settingsOf(tenant);
        if (request.lines().isEmpty()) {
            throw new InvalidInput("An order needs at least one item").field("items");
        }
        if (!request.discounts().isEmpty() && !caller.may(Permission.DISCOUNT_APPLY)) {
            throw new NotAllowed("Discounts need a manager");
        }
        if (request.customerId() != null && !customers.exists(request.customerId())) {
            throw new InvalidInput("customer_id names no customer").field("customer_id");
        }
        Map<UUID, Item> items = catalogue.findAll(request.lines().stream().map(PlaceOrder.Line::productId).toList());
        List<PricingLine> pricing = new ArrayList<>();
        List<List<OrderLine.Modifier>> chosen = new ArrayList<>();
        Map<UUID, Integer> quantities = new LinkedHashMap<>();
        Map<UUID, Boolean> tracked = new HashMap<>();
        for (int i = 0; i < request.lines().size(); i++) {
            PlaceOrder.Line line = request.lines().get(i);
            String field = "items[" + i + "]";
            Item item = items.get(line.productId());
            if (item == null) {
                throw new InvalidInput(field + ".product_id names no item").field(field + ".product_id");
            }
            if (!item.active()) {
                throw new Conflict(item.name() + " is not for sale").field(field + ".product_id");
            }
            Input.whole(line.quantity(), 1, Amounts.MAX_QUANTITY, field + ".quantity");
            BigDecimal unitPrice = unitPrice(item, line.openPrice(), settings, caller, field);
            List<OrderLine.Modifier> modifiers = modifiers(item, line.modifiers(), field);
            chosen.add(modifiers);
            pricing.add(new PricingLine(String.valueOf(i), unitPrice, modifiers.stream().map(OrderLine.Modifier::priceDelta).toList(),
                    line.quantity(), item.taxClass()));
            quantities.merge(item.id(), line.quantity(), Integer::sum);
            tracked.put(item.id(), item.trackStock());
        }
        for (int i = 0; i < request.discounts().size(); i++) {
            Discount discount = request.discounts().get(i);
            if (discount.kind() == Discount.Kind.FIXED) {
                Input.amount(discount.value(), settings.scale(), "discounts[" + i + "].value", Amounts.Sign.POSITIVE);
            }
        }
        PricedOrder priced;
        try {
            priced = settings.priceCalculator().price(pricing, request.discounts(), settings.taxRates());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(e.getMessage());
        }
        if (!Amounts.storable(priced.subtotal()) || !Amounts.storable(priced.total())) {
            throw new InvalidInput("This order's total is larger than Olympus records; split it into several orders")
                    .field("items");
        }

        UUID id = requestedId.orElseGet(UUID::randomUUID);
        Instant now = clock.instant();
        var businessDate = settings.businessDate(now);
        String number = settings.orderPrefix() + "-" + DAY.format(businessDate) + "-"
                + String.format("%04d", orders.nextNumber(tenant, businessDate));
        ledger.reserve(id, quantities, tracked, caller.userId());

        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < priced.lines().size(); i++) {
            PricedLine p = priced.lines().get(i);
            PlaceOrder.Line requested = request.lines().get(i);
            Item item = items.get(requested.productId());
            lines.add(new OrderLine(UUID.randomUUID(), i + 1, item.id(), item.sku(), item.name(), p.quantity(), p.unitPrice(),
                    chosen.get(i), Input.trimmedOrNull(requested.notes()), item.taxClass(), p.gross(), p.discount(), p.tax(), p.total(), 0));
        }
        Order order = Order.place(id, number, request.source(), request.customerId(), lines, settings.currency().getCurrencyCode(),
                priced.subtotal(), priced.discountTotal(), priced.tax(), priced.total(), request.discounts(),
                Input.trimmedOrNull(request.notes()), businessDate, caller.userId(), now);
        try {
            orders.insert(order);
        } catch (DuplicateKeyException e) {
            throw new Conflict("An order with id " + id + " already exists").field("id");
        }
        events.publishEvent(new OrderPlaced(tenant, id, number, request.source().wireName(), order.total(), order.currency(),
                order.customerId()));
        OrderDiscounted.of(tenant, order, request.discounts(), caller.userId(), caller.deviceId(), null).ifPresent(events::publishEvent);
        return order;
    }

    @Transactional(readOnly = true)
    public Optional<Order> find(UUID id) {
        return orders.find(id);
    }

    @Transactional(readOnly = true)
    public List<Order> page(OrderFilter filter, Instant before, UUID beforeId, int limit) {
        return orders.page(filter, before, beforeId, limit);
    }

    /** A manager has looked at a recorded sale's differences from the catalogue: the flag clears, the note stays. */
    @Transactional
    public Order review(UUID id, String note, Caller caller) {
        Order order = orders.findForUpdate(id).orElseThrow(OrderNotFound::new);
        if (!caller.may(Permission.ORDER_REVIEW)) {
            throw new NotAllowed("Reviewing sales needs a manager");
        }
        Instant at = clock.instant();
        order.review(note, caller.userId(), at);
        orders.saveReview(order);
        events.publishEvent(new OrderReviewed(TenantContext.require(), id, order.orderNumber(), caller.userId(), at,
                caller.deviceId()));
        return orders.find(id).orElseThrow();
    }

    /** Moves an order one step along its life, or cancels it, as far as the order allows. */
    @Transactional
    public Order changeStatus(UUID id, OrderStatus target, Caller caller) {
        Order order = orders.findForUpdate(id).orElseThrow(OrderNotFound::new);
        boolean kitchenStep = target == OrderStatus.PREPARING || target == OrderStatus.READY;
        if (!caller.may(kitchenStep ? Permission.ORDER_PREPARE : Permission.ORDER_MANAGE)) {
            throw new NotAllowed("The kitchen marks orders preparing or ready");
        }
        OrderStatus from = order.status();
        order.moveTo(target, clock.instant());
        moved(order, from, caller.userId());
        return orders.find(id).orElseThrow();
    }

    /** Completes a paid order if its life allows it now: ready, or open when the tenant has no kitchen. */
    void settle(Order order, UUID actorId) {
        boolean kitchen = tenants.settingsOf(TenantContext.require()).has("kitchen_display");
        OrderStatus from = order.status();
        if (order.settle(kitchen, clock.instant())) {
            moved(order, from, actorId);
        }
    }

    /** What follows an order's move: its stock released or sold, the move stored and told. */
    private void moved(Order order, OrderStatus from, UUID actorId) {
        UUID tenant = TenantContext.require();
        if (order.status() == OrderStatus.CANCELLED) {
            ledger.release(order.id(), actorId);
        } else if (order.status() == OrderStatus.COMPLETED) {
            ledger.sell(order.id(), actorId);
        }
        orders.saveStatus(order);
        UUID device = CurrentCaller.find().map(Caller::deviceId).orElse(null);
        events.publishEvent(new OrderStatusChanged(tenant, order.id(), order.orderNumber(), from.wireName(),
                order.status().wireName(), actorId, device, clock.instant()));
        if (order.status() == OrderStatus.CANCELLED && order.paidTotal().signum() > 0) {
            events.publishEvent(new OrderVoided(tenant, order.id(), order.orderNumber(), order.paidTotal(), order.currency(),
                    actorId, device, clock.instant()));
        }
        if (order.status() == OrderStatus.COMPLETED) {
            events.publishEvent(new OrderCompleted(tenant, order.id(), order.orderNumber(), order.customerId(), order.total(),
                    order.paidWithPoints(), order.currency(), order.completedAt()));
        }
    }

    private static BigDecimal unitPrice(Item item, BigDecimal openPrice, TenantSettings settings, Caller caller, String field) {
        if (openPrice == null) {
            if (item.openPrice()) {
                throw new InvalidInput(item.name() + " is open-priced: give its price in " + field + ".unit_price")
                        .field(field + ".unit_price");
            }
            return item.unitPrice();
        }
        if (!item.openPrice()) {
            throw new InvalidInput(item.name() + " has a catalogue price; " + field + ".unit_price is only for open-priced items")
                    .field(field + ".unit_price");
        }
        if (!caller.may(Permission.OPEN_PRICE_ENTER)) {
            throw new NotAllowed("Entering a price needs a cashier or a manager");
        }
        return Input.amount(openPrice, settings.scale(), field + ".unit_price", Amounts.Sign.NOT_NEGATIVE);
    }

    /** Resolves the chosen options against the item's groups and checks each group's limits. */
    private static List<OrderLine.Modifier> modifiers(Item item, List<PlaceOrder.Choice> choices, String field) {
        List<OrderLine.Modifier> resolved = new ArrayList<>();
        Map<String, Integer> perGroup = new HashMap<>();
        for (PlaceOrder.Choice choice : choices) {
            List<ModifierGroup> candidates = item.modifierGroups().stream()
                    .filter(g -> choice.group() == null || g.name().equalsIgnoreCase(choice.group()))
                    .filter(g -> g.option(choice.name()).isPresent())
                    .toList();
            if (candidates.size() != 1) {
                throw new InvalidInput(item.name() + " has " + (candidates.isEmpty() ? "no" : "more than one")
                        + " modifier '" + choice.name() + "'" + (candidates.isEmpty() ? "" : "; name its group"))
                        .field(field + ".modifiers");
            }
            ModifierGroup group = candidates.get(0);
            ModifierGroup.Option option = group.option(choice.name()).orElseThrow();
            resolved.add(new OrderLine.Modifier(group.name(), option.name(), option.priceDelta()));
            perGroup.merge(group.name(), 1, Integer::sum);
        }
        for (ModifierGroup group : item.modifierGroups()) {
            int count = perGroup.getOrDefault(group.name(), 0);
            if (count < group.minSelected() || count > group.maxSelected()) {
                throw new InvalidInput(item.name() + ": choose " + (group.minSelected() == group.maxSelected()
                        ? String.valueOf(group.minSelected()) : group.minSelected() + " to " + group.maxSelected())
                        + " of " + group.name()).field(field + ".modifiers");
            }
        }
        return resolved;
    }
}
