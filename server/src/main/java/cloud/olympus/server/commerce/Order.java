package cloud.olympus.server.commerce;

import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.commerce.PaymentStatus;
import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.model.pricing.Discount;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.domain.InvalidInput;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An order with its lines, payments and refunds, which keeps its own rules: where its life may go
 * next, what may still be paid (the balance due; tips within the business's limit; nothing once
 * cancelled or paid), and what may be refunded (units of its lines, to one payment at a time, never
 * more than was paid on it, in cash instead only with a reason). Services load it, ask it, and store
 * what it did.
 *
 * <p>An order a till recorded as a finished sale also says when and where it was rung ({@code rung}),
 * and what about it differs from today's catalogue ({@code review}); other orders have neither.
 */
@Table(schema = "commerce", name = "orders")
public final class Order {

    /** Payments and refunds in the order they happened; ids as PostgreSQL sorts them, byte by byte. */
    private static final Comparator<UUID> UUIDS = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    @Id
    private final UUID id;
    private final String orderNumber;
    private OrderStatus status;
    private final OrderSource source;
    private final UUID customerId;
    private final String currency;
    private final BigDecimal subtotal;
    private final BigDecimal discountTotal;
    private final BigDecimal tax;
    private final BigDecimal total;
    private final Discounts discounts;
    private PaymentStatus paymentStatus;
    private BigDecimal paidTotal;
    private BigDecimal tipTotal;
    private BigDecimal refundedTotal;
    private final String notes;
    private final LocalDate businessDate;
    private final UUID createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;
    private Instant cancelledAt;
    private final UUID terminalId;
    private final Instant rungAt;
    private final boolean offline;
    private final Discrepancies discrepancies;
    private boolean needsReview;
    private UUID reviewedBy;
    private Instant reviewedAt;
    private String reviewNote;
    @MappedCollection(idColumn = "order_id")
    private final Set<OrderLine> lines;
    @MappedCollection(idColumn = "order_id")
    private final Set<Payment> payments;
    @MappedCollection(idColumn = "order_id")
    private final Set<Refund> refunds;

    /** An order as it was recorded, here or elsewhere (an import), with amounts at the currency's scale. */
    public Order(UUID id, String orderNumber, OrderStatus status, OrderSource source, UUID customerId, List<OrderLine> lines,
                 String currency, BigDecimal subtotal, BigDecimal discountTotal, BigDecimal tax, BigDecimal total,
                 List<Discount> discounts, PaymentStatus paymentStatus, BigDecimal paidTotal, BigDecimal tipTotal,
                 BigDecimal refundedTotal, String notes, LocalDate businessDate, UUID createdBy, Instant createdAt,
                 Instant updatedAt, Instant completedAt, Instant cancelledAt, List<Payment> payments, List<Refund> refunds,
                 Rung rung, Review review) {
        this(id, orderNumber, status, source, customerId, currency, subtotal, discountTotal, tax, total, new Discounts(discounts),
                paymentStatus, paidTotal, tipTotal, refundedTotal, notes, businessDate, createdBy, createdAt, updatedAt, completedAt,
                cancelledAt, rung == null ? null : rung.terminalId(), rung == null ? null : rung.at(), rung != null && rung.offline(),
                new Discrepancies(review.discrepancies()), review.needed(), review.reviewedBy(), review.reviewedAt(), review.note(),
                new LinkedHashSet<>(lines), new LinkedHashSet<>(payments), new LinkedHashSet<>(refunds));
    }

    @PersistenceCreator
    Order(UUID id, String orderNumber, OrderStatus status, OrderSource source, UUID customerId, String currency,
          BigDecimal subtotal, BigDecimal discountTotal, BigDecimal tax, BigDecimal total, Discounts discounts,
          PaymentStatus paymentStatus, BigDecimal paidTotal, BigDecimal tipTotal, BigDecimal refundedTotal, String notes,
          LocalDate businessDate, UUID createdBy, Instant createdAt, Instant updatedAt, Instant completedAt, Instant cancelledAt,
          UUID terminalId, Instant rungAt, boolean offline, Discrepancies discrepancies, boolean needsReview, UUID reviewedBy,
          Instant reviewedAt, String reviewNote, Set<OrderLine> lines, Set<Payment> payments, Set<Refund> refunds) {
        int scale = Money.scaleOf(currency);
        this.id = id;
        this.orderNumber = orderNumber;
        this.status = status;
        this.source = source;
        this.customerId = customerId;
        this.currency = currency;
        this.subtotal = Money.scale(subtotal, scale);
        this.discountTotal = Money.scale(discountTotal, scale);
        this.tax = Money.scale(tax, scale);
        this.total = Money.scale(total, scale);
        this.discounts = discounts;
        this.paymentStatus = paymentStatus;
        this.paidTotal = Money.scale(paidTotal, scale);
        this.tipTotal = Money.scale(tipTotal, scale);
        this.refundedTotal = Money.scale(refundedTotal, scale);
        this.notes = notes;
        this.businessDate = businessDate;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.completedAt = completedAt;
        this.cancelledAt = cancelledAt;
        this.terminalId = terminalId;
        this.rungAt = rungAt;
        this.offline = offline;
        this.discrepancies = discrepancies;
        this.needsReview = needsReview;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
        this.reviewNote = reviewNote;
        this.lines = sorted(lines, l -> l.scaled(scale), Comparator.comparingInt(OrderLine::lineNo));
        this.payments = sorted(payments, p -> p.scaled(scale),
                Comparator.comparing(Payment::createdAt).thenComparing(Payment::id, UUIDS));
        this.refunds = sorted(refunds, r -> r.scaled(scale), Comparator.comparing(Refund::createdAt).thenComparing(Refund::id, UUIDS));
    }

    /** A new order, priced, nothing paid yet; it waits to be confirmed. */
    static Order place(UUID id, String number, OrderSource source, UUID customerId, List<OrderLine> lines, String currency,
                       BigDecimal subtotal, BigDecimal discountTotal, BigDecimal tax, BigDecimal total, List<Discount> discounts,
                       String notes, LocalDate businessDate, UUID createdBy, Instant now) {
        BigDecimal zero = Money.zero(Money.scaleOf(currency));
        return new Order(id, number, OrderStatus.PENDING, source, customerId, lines, currency, subtotal, discountTotal, tax, total,
                discounts, PaymentStatus.of(total, zero, zero), zero, zero, zero, notes, businessDate, createdBy, now, now, null, null,
                List.of(), List.of(), null, Review.NONE);
    }

    /**
     * A sale a till finished, paid with {@code payments} and tipped {@code tips} (as the till said): done at once, or confirmed for the kitchen
     * to make; with the differences from the catalogue a manager is to review.
     */
    static Order recordSale(UUID id, String number, UUID customerId, List<OrderLine> lines, String currency, BigDecimal subtotal,
                            BigDecimal discountTotal, BigDecimal tax, BigDecimal total, List<Discount> discounts,
                            List<Payment> payments, BigDecimal tips, String notes, LocalDate businessDate, UUID cashier, Instant now,
                            Rung rung, List<Discrepancy> differences, boolean toKitchen) {
        BigDecimal zero = Money.zero(Money.scaleOf(currency));
        BigDecimal paid = payments.stream().map(Payment::amount).reduce(zero, BigDecimal::add);
        return new Order(id, number, toKitchen ? OrderStatus.CONFIRMED : OrderStatus.COMPLETED, OrderSource.POS, customerId, lines,
                currency, subtotal, discountTotal, tax, total, discounts, PaymentStatus.of(total, paid, zero), paid, tips, zero, notes,
                businessDate, cashier, now, now, toKitchen ? null : now, null, payments, List.of(), rung,
                new Review(List.copyOf(differences), !differences.isEmpty(), null, null, null));
    }

    /** An instant as the database keeps it: to the microsecond, rounded half up as the driver sends it. */
    static Instant asStored(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    /** Where and when a till rang a sale, and whether it was offline then. */
    public record Rung(UUID terminalId, Instant at, boolean offline) {
    }

    /**
     * What a recorded sale did differently from today's catalogue, and whether a manager has looked
     * at it yet.
     */
    public record Review(List<Discrepancy> discrepancies, boolean needed, UUID reviewedBy, Instant reviewedAt, String note) {

        public static final Review NONE = new Review(List.of(), false, null, null, null);
    }

    /**
     * One difference: on a line (1-based) or the whole order ({@code line} null), of some kind
     * (a unit price, a modifier, the total...), what the till charged and what the server makes of it.
     */
    public record Discrepancy(Integer line, String kind, String charged, String expected, String detail) {
    }

    /** The discounts as they are stored: a JSON array. */
    public record Discounts(@JsonValue List<Discount> all) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Discounts {
            all = all == null ? List.of() : List.copyOf(all);
        }
    }

    /** The differences as they are stored: a JSON array. */
    public record Discrepancies(@JsonValue List<Discrepancy> all) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Discrepancies {
            all = all == null ? List.of() : List.copyOf(all);
        }
    }

    /** What a business allows in tips: whether it takes them, and up to what share of an order's total. */
    public record Tips(boolean taken, int maxPercent) {
    }

    // ---- its life

    /**
     * Moves one step along the order's life, or cancels it; any other move is refused. It completes
     * only once paid in full (a dish refunded while the rest is served still completes), and is
     * cancelled only once its payments are refunded.
     */
    public void moveTo(OrderStatus target, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new InvalidStatusChange(status, target);
        }
        if (target == OrderStatus.COMPLETED && balanceDue().signum() > 0) {
            throw new Conflict("Order " + orderNumber + " is not paid: " + balanceDue() + " " + currency + " due")
                    .with("balance_due", balanceDue());
        }
        if (target == OrderStatus.CANCELLED && paidTotal.compareTo(refundedTotal) > 0) {
            throw new Conflict("Refund the payments of order " + orderNumber + " before cancelling it");
        }
        becomes(target, at);
    }

    /**
     * A paid order completes from wherever its life allows: once ready, or from any open step when
     * the business has no kitchen display. Answers whether it completed.
     */
    public boolean settle(boolean kitchen, Instant at) {
        boolean settles = paymentStatus == PaymentStatus.PAID
                && (status == OrderStatus.READY || !kitchen && !status.isFinal());
        if (settles) {
            becomes(OrderStatus.COMPLETED, at);
        }
        return settles;
    }

    private void becomes(OrderStatus target, Instant at) {
        status = target;
        updatedAt = at;
        if (target == OrderStatus.COMPLETED) {
            completedAt = at;
        } else if (target == OrderStatus.CANCELLED) {
            cancelledAt = at;
        }
    }

    /** A manager has looked at a recorded sale's differences: the flag clears, with who, when and the note. */
    public void review(String note, UUID reviewer, Instant at) {
        if (!needsReview) {
            throw new Conflict("Order " + orderNumber + " does not need a review");
        }
        String kept = Input.trimmedOrNull(note);
        if (kept == null) {
            throw new InvalidInput("Say what was checked, in note").field("note");
        }
        needsReview = false;
        reviewedBy = reviewer;
        reviewedAt = at;
        reviewNote = kept;
        updatedAt = at;
    }

    // ---- money in

    /**
     * Takes a payment: {@code amount} handed over, which may exceed the balance due only in a tender
     * that gives change; a tip on top, within what the business allows. Answers the payment, with the
     * part of the amount that counts and any change.
     */
    public Payment pay(PaymentMethod method, BigDecimal amount, BigDecimal tip, String reference, Tips tips, UUID by,
                       Instant at) {
        return pay(method, amount, tip, reference, tips, by, at, null);
    }

    /** Takes a payment at the till {@code terminalId} (null away from a till), whose drawer takes cash. */
    public Payment pay(PaymentMethod method, BigDecimal amount, BigDecimal tip, String reference, Tips tips, UUID by,
                       Instant at, UUID terminalId) {
        if (status == OrderStatus.CANCELLED) {
            throw new Conflict("Order " + orderNumber + " was cancelled");
        }
        BigDecimal due = balanceDue();
        if (due.signum() == 0) {
            throw new Conflict("Order " + orderNumber + " is already paid");
        }
        int scale = due.scale();
        BigDecimal handed = Input.amount(amount, scale, "amount", Amounts.Sign.POSITIVE);
        BigDecimal tipped = tip == null ? Money.zero(scale) : Input.amount(tip, scale, "tip", Amounts.Sign.NOT_NEGATIVE);
        if (tipped.signum() > 0) {
            checkTip(tipped, tips);
        }
        BigDecimal applied;
        BigDecimal change = Money.zero(scale);
        if (method.allowsChange()) {
            applied = handed.min(due);
            change = handed.subtract(applied);
        } else if (handed.compareTo(due) > 0) {
            throw new PaymentExceedsDue("Only " + due + " " + currency + " is due; a " + method.wireName()
                    + " payment cannot be more").with("balance_due", due);
        } else {
            applied = handed;
        }
        if (method == PaymentMethod.LOYALTY_POINTS && customerId == null) {
            throw new Conflict("Paying with loyalty points needs a customer on the order");
        }
        Payment payment = new Payment(UUID.randomUUID(), method.wireName(), applied, tipped, method.allowsChange() ? handed : null,
                change, Input.trimmedOrNull(reference), by, at, terminalId);
        payments.add(payment);
        paidTotal = paidTotal.add(applied);
        tipTotal = tipTotal.add(tipped);
        paymentStatus = PaymentStatus.of(total, paidTotal, refundedTotal);
        updatedAt = at;
        return payment;
    }

    /** Tips where the business takes them, up to its limit for the whole order: a share of the order's total. */
    private void checkTip(BigDecimal tip, Tips tips) {
        if (!tips.taken()) {
            throw new InvalidInput("This business does not take tips").field("tip");
        }
        BigDecimal limit = Amounts.tipLimit(total, tips.maxPercent());
        BigDecimal left = limit.subtract(tipTotal).max(BigDecimal.ZERO.setScale(limit.scale()));
        if (tip.compareTo(left) > 0) {
            throw new InvalidInput("Tips on this order can come to at most " + limit + " " + currency + " ("
                    + tips.maxPercent() + "% of the order total); " + left + " is left")
                    .field("tip").with("max_tip", left);
        }
    }

    // ---- money out

    /**
     * Gives money back: some units of some lines ({@code lines}, line id to units), or an amount,
     * never both; to one payment of the order (the latest that can take it all when none is named),
     * never more than is left of it nor than was paid; in the payment's own method, or in cash when
     * {@code methodReason} says why. Answers the refund; the lines know their refunded units.
     */
    public Refund refund(BigDecimal amount, Map<UUID, Integer> lines, String reason, UUID paymentId, PaymentMethod method,
                         String methodReason, UUID by, Instant at) {
        BigDecimal refundable = paidTotal.subtract(refundedTotal);
        if (refundable.signum() <= 0) {
            throw new Conflict("Nothing of order " + orderNumber + " is left to refund");
        }
        boolean byLines = lines != null && !lines.isEmpty();
        if (byLines == (amount != null)) {
            throw new InvalidInput("Give either lines or an amount to refund");
        }
        int scale = refundable.scale();
        List<Refund.RefundedLine> refunded = new ArrayList<>();
        BigDecimal sum;
        if (byLines) {
            sum = Money.zero(scale);
            for (var entry : lines.entrySet()) {
                OrderLine line = line(entry.getKey())
                        .orElseThrow(() -> new InvalidInput("Line " + entry.getKey() + " is not on this order").field("lines"));
                int units = entry.getValue() == null ? 0 : entry.getValue();
                int left = line.refundableQuantity();
                if (units < 1 || units > left) {
                    throw new Conflict("Line " + line.lineNo() + " (" + line.name() + ") has " + left
                            + " left to refund").field("lines");
                }
                // Share the line total by units so that refunding every unit gives back the line total exactly.
                BigDecimal before = share(line.total(), line.refundedQuantity(), line.quantity(), scale);
                BigDecimal after = share(line.total(), line.refundedQuantity() + units, line.quantity(), scale);
                refunded.add(new Refund.RefundedLine(line.id(), units, after.subtract(before)));
                sum = sum.add(after.subtract(before));
            }
        } else {
            sum = Input.amount(amount, scale, "amount", Amounts.Sign.POSITIVE);
        }
        if (sum.compareTo(refundable) > 0) {
            throw new PaymentExceedsDue("At most " + refundable + " " + currency + " can be refunded").with("refundable", refundable);
        }
        Payment tender = tenderFor(paymentId, sum);
        String paidOutAs = tender.method();
        String why = null;
        if (method != null && !method.wireName().equals(tender.method())) {
            if (method != PaymentMethod.CASH) {
                throw new InvalidInput("A refund goes back to the tender it refunds (" + tender.method()
                        + "), or out of the till as cash").field("method");
            }
            why = Input.trimmedOrNull(methodReason);
            if (why == null) {
                throw new InvalidInput("Say why this " + tender.method() + " payment is refunded in cash").field("method_reason");
            }
            paidOutAs = method.wireName();
        }
        Refund refund = new Refund(UUID.randomUUID(), tender.id(), sum, refunded, reason.trim(), paidOutAs, why, by, at);
        Map<UUID, Integer> units = new LinkedHashMap<>();
        refunded.forEach(line -> units.put(line.lineId(), line.quantity()));
        List<OrderLine> after = this.lines.stream().map(l -> units.containsKey(l.id()) ? l.withRefunded(units.get(l.id())) : l).toList();
        this.lines.clear();
        this.lines.addAll(after);
        refunds.add(refund);
        refundedTotal = refundedTotal.add(sum);
        paymentStatus = PaymentStatus.of(total, paidTotal, refundedTotal);
        updatedAt = at;
        return refund;
    }

    /**
     * The payment a refund goes back to: the one named, or else the latest that still has the whole
     * amount. Never more than is left of that payment.
     */
    private Payment tenderFor(UUID paymentId, BigDecimal amount) {
        Map<UUID, BigDecimal> left = new LinkedHashMap<>();
        for (Payment payment : payments) {
            left.put(payment.id(), payment.amount());
        }
        List<Payment> latestFirst = new ArrayList<>(payments);
        java.util.Collections.reverse(latestFirst);
        for (Refund earlier : refunds) {
            if (earlier.paymentId() != null) {
                left.computeIfPresent(earlier.paymentId(), (id, remaining) -> remaining.subtract(earlier.amount()));
            } else {
                // Refunds from before tenders were named: taken from the latest payments first.
                BigDecimal unassigned = earlier.amount();
                for (Payment payment : latestFirst) {
                    BigDecimal taken = unassigned.min(left.get(payment.id()).max(BigDecimal.ZERO));
                    left.put(payment.id(), left.get(payment.id()).subtract(taken));
                    unassigned = unassigned.subtract(taken);
                }
            }
        }
        if (paymentId != null) {
            Payment named = payments.stream().filter(p -> p.id().equals(paymentId)).findFirst()
                    .orElseThrow(() -> new InvalidInput("payment_id names no payment of this order").field("payment_id"));
            if (amount.compareTo(left.get(paymentId)) > 0) {
                throw new PaymentExceedsDue("At most " + left.get(paymentId) + " " + currency + " is left to refund to that "
                        + named.method() + " payment").field("payment_id").with("refundable", left.get(paymentId));
            }
            return named;
        }
        return latestFirst.stream().filter(p -> amount.compareTo(left.get(p.id())) <= 0).findFirst()
                .orElseThrow(() -> new Conflict("No single payment of order " + orderNumber + " has " + amount
                        + " " + currency + " left; refund each payment separately, naming it in payment_id")
                        .with("refundable_by_payment", left.entrySet().stream()
                                .map(e -> Map.of("payment_id", e.getKey(), "refundable", e.getValue())).toList()));
    }

    private static BigDecimal share(BigDecimal total, int units, int of, int scale) {
        return total.multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(of), scale, RoundingMode.HALF_UP);
    }

    // ---- what it is

    /** What is still to pay. */
    public BigDecimal balanceDue() {
        return total.subtract(paidTotal).max(BigDecimal.ZERO.setScale(total.scale()));
    }

    /** The part of the order paid with loyalty points, which earns none. */
    public BigDecimal paidWithPoints() {
        return payments.stream().filter(p -> p.method().equals(PaymentMethod.LOYALTY_POINTS.wireName()))
                .map(Payment::amount).reduce(BigDecimal.ZERO.setScale(total.scale()), BigDecimal::add);
    }

    public java.util.Optional<OrderLine> line(UUID lineId) {
        return lines.stream().filter(l -> l.id().equals(lineId)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public OrderStatus status() {
        return status;
    }

    public OrderSource source() {
        return source;
    }

    public UUID customerId() {
        return customerId;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public String currency() {
        return currency;
    }

    public BigDecimal subtotal() {
        return subtotal;
    }

    public BigDecimal discountTotal() {
        return discountTotal;
    }

    public BigDecimal tax() {
        return tax;
    }

    public BigDecimal total() {
        return total;
    }

    public List<Discount> discounts() {
        return discounts.all();
    }

    public PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    public BigDecimal paidTotal() {
        return paidTotal;
    }

    public BigDecimal tipTotal() {
        return tipTotal;
    }

    public BigDecimal refundedTotal() {
        return refundedTotal;
    }

    public String notes() {
        return notes;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }

    public List<Refund> refunds() {
        return List.copyOf(refunds);
    }

    public Rung rung() {
        return rungAt == null ? null : new Rung(terminalId, rungAt, offline);
    }

    public Review review() {
        return new Review(discrepancies.all(), needsReview, reviewedBy, reviewedAt, reviewNote);
    }

    private static <T> Set<T> sorted(Collection<T> items, Function<T, T> scaled, Comparator<T> order) {
        Set<T> result = new LinkedHashSet<>();
        items.stream().map(scaled).sorted(order).forEach(result::add);
        return result;
    }
}
