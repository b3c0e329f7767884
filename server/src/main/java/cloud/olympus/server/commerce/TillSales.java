package cloud.olympus.server.commerce;

import cloud.olympus.server.shared.domain.NotAllowed;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.model.pricing.Discount;
import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.server.approvals.Approvals;
import cloud.olympus.model.pricing.PricedLine;
import cloud.olympus.model.pricing.PricedOrder;
import cloud.olympus.model.pricing.PricingLine;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.UserAccounts;
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
import java.time.Duration;
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
 * Records a sale a till finished: the customer has paid, so the sale is a fact. It is recorded
 * with the till's own amounts, its stock taken at the time it was rung (below zero if need be), its
 * payments as tendered; where it differs from today's catalogue the differences are kept on the
 * order for a manager to review. It is refused only when it cannot be recorded truthfully: a field
 * missing or malformed, a product this business does not have, amounts that do not add up, tenders
 * that do not cover the total.
 */
@Service
public class TillSales {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** A till's clock this far ahead is worth a look. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final OrderRepository orders;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final Tenants tenants;
    private final CustomerAccounts customers;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final Approvals approvals;
    private final cloud.olympus.server.auth.Devices devices;
    private final Clock clock;

    TillSales(OrderRepository orders, Catalogue catalogue, StockLedger ledger, Tenants tenants, CustomerAccounts customers,
              UserAccounts users, ApplicationEventPublisher events, Approvals approvals, cloud.olympus.server.auth.Devices devices,
              Clock clock) {
        this.devices = devices;
        this.approvals = approvals;
        this.orders = orders;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.tenants = tenants;
        this.customers = customers;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** A sale as the till rang it; amounts are what it charged. */
    public record Sale(UUID id, UUID terminalId, UUID cashierId, Instant rungAt, boolean offline, List<Line> lines,
                       List<Discount> discounts, UUID customerId, BigDecimal subtotal, BigDecimal tax, BigDecimal total,
                       List<Tender> tenders, String notes, UUID approvalId) {
    }

    public record Line(UUID productId, Integer quantity, BigDecimal unitPrice, List<Modifier> modifiers, String notes) {
    }

    public record Modifier(String group, String name, BigDecimal priceDelta) {
    }

    public record Tender(PaymentMethod method, BigDecimal amount, BigDecimal tip, String reference) {
    }

    @Transactional
    public Order record(Sale sale, Caller caller) {
        if (!caller.may(Permission.SALE_RECORD)) {
            throw new NotAllowed("Your role does not sell");
        }
        UUID tenant = TenantContext.require();
        TenantSettings settings = tenants.settingsOf(tenant);
        int scale = settings.scale();
        require(sale.id() != null, "id", "is required: the sale's own id, made by the till");
        require(sale.terminalId() != null, "terminal_id", "is required");
        require(sale.rungAt() != null, "rung_at", "is required: when the till rang the sale");
        require(sale.lines() != null && !sale.lines().isEmpty() && sale.lines().size() <= 500, "lines", "must hold 1 to 500 lines");
        require(sale.tenders() != null && !sale.tenders().isEmpty() && sale.tenders().size() <= 20, "tenders",
                "must hold 1 to 20 tenders");
        if (orders.exists(sale.id())) {
            throw new Conflict("An order with id " + sale.id() + " already exists and is not this terminal's sale")
                    .field("id");
        }

        Map<UUID, Item> items = catalogue.findAll(sale.lines().stream().map(Line::productId).filter(java.util.Objects::nonNull).toList());
        List<Order.Discrepancy> differences = new ArrayList<>();
        List<PricingLine> asCharged = new ArrayList<>();
        List<PricingLine> asCatalogued = new ArrayList<>();
        List<List<OrderLine.Modifier>> chargedModifiers = new ArrayList<>();
        for (int i = 0; i < sale.lines().size(); i++) {
            Line line = sale.lines().get(i);
            String field = "lines[" + i + "]";
            require(line != null, field, "is missing");
            Item item = line.productId() == null ? null : items.get(line.productId());
            require(item != null, field + ".product_id", "names no item of this business");
            require(line.notes() == null || line.notes().length() <= 500, field + ".notes", "is at most 500 characters");
            require(line.quantity() != null && line.quantity() >= 1 && line.quantity() <= Amounts.MAX_QUANTITY,
                    field + ".quantity", "must be a whole number from 1 to " + Amounts.MAX_QUANTITY);
            BigDecimal unitPrice = amount(line.unitPrice(), scale, field + ".unit_price", Amounts.Sign.NOT_NEGATIVE);
            List<Modifier> modifiers = line.modifiers() == null ? List.of() : line.modifiers();
            require(modifiers.size() <= 20, field + ".modifiers", "must hold at most 20 modifiers");
            List<OrderLine.Modifier> charged = new ArrayList<>();
            List<BigDecimal> catalogueDeltas = new ArrayList<>();
            for (int m = 0; m < modifiers.size(); m++) {
                Modifier modifier = modifiers.get(m);
                String where = field + ".modifiers[" + m + "]";
                require(modifier != null && modifier.name() != null && !modifier.name().isBlank()
                        && modifier.name().length() <= 100, where + ".name", "is required, at most 100 characters");
                require(modifier.group() == null || modifier.group().length() <= 100, where + ".group", "is at most 100 characters");
                BigDecimal delta = amount(modifier.priceDelta(), scale, where + ".price_delta", Amounts.Sign.ANY);
                charged.add(new OrderLine.Modifier(modifier.group(), modifier.name().trim(), delta));
                Optional<ModifierGroup.Option> option = optionOf(item, modifier);
                if (option.isEmpty()) {
                    differences.add(new Order.Discrepancy(i + 1, "modifier", modifier.name(), null,
                            item.name() + " has no option " + modifier.name() + " today"));
                    catalogueDeltas.add(delta);
                } else {
                    catalogueDeltas.add(option.get().priceDelta());
                    if (option.get().priceDelta().compareTo(delta) != 0) {
                        differences.add(new Order.Discrepancy(i + 1, "modifier_price", delta.toPlainString(),
                                option.get().priceDelta().toPlainString(), modifier.name()));
                    }
                }
            }
            if (!item.active()) {
                differences.add(new Order.Discrepancy(i + 1, "not_for_sale", null, null, item.name() + " is not for sale today"));
            }
            BigDecimal cataloguePrice = item.openPrice() ? unitPrice : item.unitPrice();
            if (cataloguePrice.compareTo(unitPrice) != 0) {
                differences.add(new Order.Discrepancy(i + 1, "unit_price", unitPrice.toPlainString(), cataloguePrice.toPlainString(),
                        item.name()));
            }
            chargedModifiers.add(charged);
            asCharged.add(pricing(i, unitPrice, charged.stream().map(OrderLine.Modifier::priceDelta).toList(), line.quantity(), item,
                    field));
            asCatalogued.add(pricing(i, cataloguePrice, catalogueDeltas, line.quantity(), item, field));
        }
        require(sale.notes() == null || sale.notes().length() <= 1000, "notes", "is at most 1000 characters");
        List<Discount> discounts = sale.discounts() == null ? List.of() : sale.discounts();
        require(discounts.size() <= 5, "discounts", "must hold at most 5 discounts");
        for (int d = 0; d < discounts.size(); d++) {
            require(discounts.get(d) != null, "discounts[" + d + "]", "is missing");
            if (discounts.get(d).kind() == Discount.Kind.FIXED) {
                amount(discounts.get(d).value(), scale, "discounts[" + d + "].value", Amounts.Sign.POSITIVE);
            }
        }
        BigDecimal subtotal = amount(sale.subtotal(), scale, "subtotal", Amounts.Sign.NOT_NEGATIVE);
        BigDecimal tax = amount(sale.tax(), scale, "tax", Amounts.Sign.NOT_NEGATIVE);
        BigDecimal total = amount(sale.total(), scale, "total", Amounts.Sign.NOT_NEGATIVE);

        // The till's own arithmetic must hold: lines, discounts, tax and total, within a unit of the last decimal.
        PricedOrder charged = price(settings, asCharged, discounts);
        BigDecimal cent = BigDecimal.ONE.movePointLeft(scale);
        require(near(charged.subtotal(), subtotal, cent), "subtotal",
                "is " + subtotal + " but the lines add up to " + charged.subtotal());
        BigDecimal expectedTotal = subtotal.subtract(charged.discountTotal()).add(settings.taxRates().inclusive() ? zero(scale) : tax);
        require(near(expectedTotal, total, cent), "total", "is " + total + " but subtotal less discounts "
                + (settings.taxRates().inclusive() ? "" : "plus tax ") + "is " + expectedTotal);
        require(Amounts.storable(total) && Amounts.storable(subtotal), "total", "is larger than Olympus records");
        if (!near(charged.tax(), tax, cent)) {
            differences.add(new Order.Discrepancy(null, "tax", tax.toPlainString(), charged.tax().toPlainString(),
                    "today's tax rates on the prices charged"));
        }
        PricedOrder catalogued = price(settings, asCatalogued, discounts);
        if (!near(catalogued.total(), total, cent)) {
            differences.add(new Order.Discrepancy(null, "total", total.toPlainString(), catalogued.total().toPlainString(),
                    "today's catalogue"));
        }

        // Discounts are a manager's to give; one given by anyone else is recorded, and a manager looks at it,
        // unless a manager approved it from afar: then the approval is spent on this sale and names them. The
        // sale is paid for, so an approval that cannot be spent (lapsed, used, for another sale or for less)
        // never refuses it: the discount is recorded as given without a manager, with why.
        UUID approvedBy = null;
        String unapproved = "a discount given without a manager";
        if (!discounts.isEmpty() && !caller.may(Permission.DISCOUNT_APPLY) && sale.approvalId() != null) {
            Approvals.Spending spending = approvals.spend(sale.approvalId(), ApprovalKind.DISCOUNT, sale.id(),
                    charged.discountTotal(), "sale:" + sale.id(), caller);
            if (spending.spent()) {
                approvedBy = spending.approval().decidedBy().userId();
            } else {
                unapproved += "; its approval was not good for it: " + spending.why();
            }
        }
        if (!discounts.isEmpty() && !caller.may(Permission.DISCOUNT_APPLY) && approvedBy == null) {
            differences.add(new Order.Discrepancy(null, "discount", charged.discountTotal().toPlainString(), null, unapproved));
        }

        // Tenders: they must cover the total; cash beyond it is change.
        List<Tender> tenders = sale.tenders();
        BigDecimal tendered = zero(scale);
        BigDecimal tips = zero(scale);
        for (int t = 0; t < tenders.size(); t++) {
            Tender tender = tenders.get(t);
            String field = "tenders[" + t + "]";
            require(tender != null && tender.method() != null, field + ".method", "must be one of cash, card, gift_card, "
                    + "loyalty_points or other");
            tendered = tendered.add(amount(tender.amount(), scale, field + ".amount", Amounts.Sign.POSITIVE));
            if (tender.tip() != null) {
                tips = tips.add(amount(tender.tip(), scale, field + ".tip", Amounts.Sign.NOT_NEGATIVE));
            }
            require(tender.reference() == null || tender.reference().length() <= 255, field + ".reference",
                    "is at most 255 characters");
        }
        require(tendered.add(cent).compareTo(total) > 0, "tenders", "come to " + tendered + ", less than the total " + total);
        if (tips.signum() > 0 && (!settings.has("tips") || tips.compareTo(Amounts.tipLimit(total, settings.maxTipPercent())) > 0)) {
            differences.add(new Order.Discrepancy(null, "tip", tips.toPlainString(),
                    settings.has("tips") ? Amounts.tipLimit(total, settings.maxTipPercent()).toPlainString() : "0",
                    settings.has("tips") ? "more than the business allows" : "this business takes no tips"));
        }

        Instant now = clock.instant();
        if (sale.rungAt().isAfter(now.plus(CLOCK_SKEW))) {
            differences.add(new Order.Discrepancy(null, "clock", sale.rungAt().toString(), now.toString(),
                    "the till's clock is ahead"));
        }
        // Any till may sell, registered or not; one whose registration was revoked before it rang the sale is worth a look.
        devices.find(sale.terminalId()).filter(d -> d.revokedAt() != null && !sale.rungAt().isBefore(d.revokedAt()))
                .ifPresent(d -> differences.add(new Order.Discrepancy(null, "terminal", d.name(), null,
                        "rung on a till whose registration was revoked")));
        UUID customer = sale.customerId();
        if (customer != null && !customers.exists(customer)) {
            differences.add(new Order.Discrepancy(null, "customer", customer.toString(), null, "no such customer; left off"));
            customer = null;
        }
        UUID cashier = sale.cashierId() == null ? caller.userId() : sale.cashierId();
        if (!cashier.equals(caller.userId()) && users.find(cashier).isEmpty()) {
            differences.add(new Order.Discrepancy(null, "cashier", cashier.toString(), caller.userId().toString(),
                    "no such user; recorded under the one who sent it"));
            cashier = caller.userId();
        }

        UUID id = sale.id();
        var businessDate = settings.businessDate(sale.rungAt());
        String number = settings.orderPrefix() + "-" + DAY.format(businessDate) + "-"
                + String.format("%04d", orders.nextNumber(tenant, businessDate));
        List<OrderLine> lines = lines(sale, charged, items, chargedModifiers, tax, settings.taxRates().inclusive());

        List<Payment> payments = new ArrayList<>();
        BigDecimal due = total;
        BigDecimal paidWithPoints = zero(scale);
        for (Tender tender : tenders) {
            BigDecimal amount = tender.amount().setScale(scale);
            BigDecimal applied = tender.method().allowsChange() ? amount.min(due) : amount;
            if (applied.signum() <= 0) {
                differences.add(new Order.Discrepancy(null, "tender", amount.toPlainString(), "0",
                        "tendered after the sale was paid"));
                continue;
            }
            UUID paymentId = UUID.randomUUID();
            if (tender.method() == PaymentMethod.LOYALTY_POINTS) {
                paidWithPoints = paidWithPoints.add(applied);
                long missing = customer == null ? -1 : customers.redeemWhatIsThere(customer, paymentId, applied);
                if (missing != 0) {
                    differences.add(new Order.Discrepancy(null, "points", applied.toPlainString(), null, customer == null
                            ? "paid with points but no customer on the sale" : missing + " points short of what was paid"));
                }
            }
            BigDecimal tip = tender.tip() == null ? zero(scale) : tender.tip().setScale(scale);
            payments.add(new Payment(paymentId, tender.method().wireName(), applied, tip,
                    tender.method().allowsChange() ? amount : null, amount.subtract(applied).max(zero(scale)),
                    Input.trimmedOrNull(tender.reference()), cashier, Order.asStored(now), sale.terminalId()));
            due = due.subtract(applied).max(zero(scale));
        }
        BigDecimal paid = payments.stream().map(Payment::amount).reduce(zero(scale), BigDecimal::add);
        if (paid.compareTo(total) > 0) {
            differences.add(new Order.Discrepancy(null, "overpaid", paid.toPlainString(), total.toPlainString(),
                    "card or other tenders came to more than the total"));
        }
        // A kitchen cooks what a till sends while the customer waits; a sale kept while the till was
        // offline reaches the server after the kitchen worked from paper, so it is already done.
        boolean toKitchen = settings.has("kitchen_display") && !sale.offline();
        Order order = Order.recordSale(id, number, customer, lines, settings.currency().getCurrencyCode(), subtotal,
                subtotal.subtract(total).add(settings.taxRates().inclusive() ? zero(scale) : tax).max(zero(scale)), tax, total,
                discounts.stream().map(TillSales::asStored).toList(), payments, tips, Input.trimmedOrNull(sale.notes()),
                businessDate, cashier, Order.asStored(now), new Order.Rung(sale.terminalId(), Order.asStored(sale.rungAt()),
                        sale.offline()), differences, toKitchen);
        try {
            orders.insert(order);
        } catch (DuplicateKeyException e) {
            throw new Conflict("An order with id " + id + " already exists").field("id");
        }
        Map<UUID, Integer> quantities = new LinkedHashMap<>();
        Map<UUID, Boolean> tracked = new HashMap<>();
        for (OrderLine line : lines) {
            quantities.merge(line.productId(), line.quantity(), Integer::sum);
            tracked.put(line.productId(), items.get(line.productId()).trackStock());
        }
        ledger.sellRung(id, quantities, tracked, sale.rungAt(), cashier);

        events.publishEvent(new OrderPlaced(tenant, id, number, OrderSource.POS.wireName(), total, order.currency(), customer));
        OrderDiscounted.of(tenant, order, discounts, cashier, caller.deviceId(), approvedBy).ifPresent(events::publishEvent);
        for (Payment payment : payments) {
            events.publishEvent(new PaymentCaptured(tenant, id, payment.id(), payment.method(), payment.amount(), payment.tip()));
        }
        if (!toKitchen) {
            events.publishEvent(new OrderCompleted(tenant, id, number, customer, total, paidWithPoints, order.currency(), now));
        }
        // The order as stored: its times at the database's precision, so no need to read it back.
        return order;
    }

    /** A discount's value as the database gives it back: no exponent above the units (1E+1 is 10). */
    private static Discount asStored(Discount discount) {
        return discount.value().scale() >= 0 ? discount
                : new Discount(discount.kind(), discount.value().setScale(0), discount.reason());
    }

    /**
     * The order's lines as charged. Line taxes come from today's rates on the charged prices; when
     * the till's tax differs (rates changed since), the difference sits on the last taxed line so the
     * lines add up to the tax the customer paid.
     */
    private static List<OrderLine> lines(Sale sale, PricedOrder charged, Map<UUID, Item> items,
                                         List<List<OrderLine.Modifier>> modifiers, BigDecimal tax, boolean inclusive) {
        List<PricedLine> priced = charged.lines();
        BigDecimal gap = tax.subtract(charged.tax());
        int carrier = priced.size() - 1;
        for (int i = priced.size() - 1; i >= 0; i--) {
            if (priced.get(i).taxRate().signum() > 0) {
                carrier = i;
                break;
            }
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < priced.size(); i++) {
            PricedLine p = priced.get(i);
            Line requested = sale.lines().get(i);
            Item item = items.get(requested.productId());
            BigDecimal lineTax = i == carrier ? p.tax().add(gap) : p.tax();
            BigDecimal lineTotal = inclusive ? p.total() : p.net().add(lineTax);
            lines.add(new OrderLine(UUID.randomUUID(), i + 1, item.id(), item.sku(), item.name(), p.quantity(),
                    requested.unitPrice().setScale(p.gross().scale()), modifiers.get(i), Input.trimmedOrNull(requested.notes()),
                    item.taxClass(), p.gross(), p.discount(), lineTax, lineTotal, 0));
        }
        return lines;
    }

    private static PricingLine pricing(int index, BigDecimal unitPrice, List<BigDecimal> deltas, int quantity, Item item,
                                       String field) {
        try {
            return new PricingLine(String.valueOf(index), unitPrice, deltas, quantity, item.taxClass());
        } catch (IllegalArgumentException e) {
            throw refused(field, e.getMessage());
        }
    }

    private static PricedOrder price(TenantSettings settings, List<PricingLine> lines, List<Discount> discounts) {
        try {
            return settings.priceCalculator().price(lines, discounts, settings.taxRates());
        } catch (IllegalArgumentException e) {
            throw refused("lines", e.getMessage());
        }
    }

    private static Optional<ModifierGroup.Option> optionOf(Item item, Modifier modifier) {
        return item.modifierGroups().stream()
                .filter(g -> modifier.group() == null || g.name().equalsIgnoreCase(modifier.group()))
                .flatMap(g -> g.option(modifier.name()).stream())
                .findFirst();
    }

    private static BigDecimal amount(BigDecimal value, int scale, String field, Amounts.Sign sign) {
        Optional<String> problem = Amounts.problem(value, scale, sign);
        if (problem.isPresent()) {
            throw refused(field, problem.get());
        }
        return Amounts.scaled(value, scale);
    }

    private static boolean near(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }

    private static BigDecimal zero(int scale) {
        return BigDecimal.ZERO.setScale(scale);
    }

    private static void require(boolean condition, String field, String problem) {
        if (!condition) {
            throw refused(field, problem);
        }
    }

    /** The refusal of a sale that cannot be recorded as sent; the till keeps it aside for a person. */
    public static SaleNotRecordable refused(String field, String problem) {
        return new SaleNotRecordable(field, problem);
    }
}
