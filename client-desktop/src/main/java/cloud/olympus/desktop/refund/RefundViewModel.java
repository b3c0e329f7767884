package cloud.olympus.desktop.refund;

import cloud.olympus.fx.input.AmountInput;
import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.api.TenantProfile;
import cloud.olympus.client.api.ApprovalDraft;
import cloud.olympus.desktop.approval.ManagerApprovalViewModel.Approval;
import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.desktop.receipt.Receipt;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.tenant.Industry;
import cloud.olympus.model.pricing.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A refund at the till: find the sale (by number, by the reference scanned from its receipt, or
 * among today's), choose units of its lines (back on the shelf or not) or an amount, the payment it
 * goes back to, and the reason. A refund needs {@link Permission#ORDER_REFUND}: the refund of
 * someone without it is approved on the spot by someone with it logging in, and made with their
 * session. A retry of the same refund is the same refund (its idempotency key stays until it succeeds).
 */
public final class RefundViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RefundViewModel.class);

    /** A line of the sale with how many of its units to refund and whether they go back on the shelf. */
    public static final class Row {
        private final OrderSummary.Line line;
        private final IntegerProperty quantity = new SimpleIntegerProperty(0);
        private final BooleanProperty restock;

        Row(OrderSummary.Line line, boolean restock) {
            this.line = line;
            this.restock = new SimpleBooleanProperty(restock);
        }

        public OrderSummary.Line line() {
            return line;
        }

        public IntegerProperty quantityProperty() {
            return quantity;
        }

        public BooleanProperty restockProperty() {
            return restock;
        }

        /** One more unit, up to what is left to refund. */
        public void more() {
            quantity.set(Math.min(line.refundable(), quantity.get() + 1));
        }

        public void less() {
            quantity.set(Math.max(0, quantity.get() - 1));
        }
    }

    /** A payment of the sale, and how much is left to refund to it. */
    public record Tender(OrderSummary.Payment payment, BigDecimal refundable) {
    }

    /** A refund made: the sale as it is now and what went back, for the refund receipt. */
    public record Done(UUID refundId, OrderSummary order, BigDecimal amount, PaymentMethod tenderMethod, boolean cash, String reason,
                       List<RefundedLine> lines, String approvedBy) {
    }

    /** Units of a line that went back, and what they came to. */
    public record RefundedLine(String name, int quantity, BigDecimal amount) {
    }

    private final OlympusApi api;
    private final TenantProfile tenant;
    private final Session session;
    private final Clock clock;
    private final Executor background;
    private final Executor ui;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<OrderSummary> found = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OrderSummary> order = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Tender> tenders = FXCollections.observableArrayList();
    private final ObjectProperty<Tender> tender = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty cashInstead = new SimpleBooleanProperty();
    private final StringProperty cashReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Phrase> serverProblem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private String attemptKey;
    /** The location whose sale is laid out; null for the business's own. */
    private UUID location;

    public RefundViewModel(OlympusApi api, TenantProfile tenant, Session session, Clock clock, Executor background, Executor ui) {
        this.api = api;
        this.tenant = tenant;
        this.session = session;
        this.clock = clock;
        this.background = background;
        this.ui = ui;
        // What was wrong is looked at again as the cashier puts it right.
        for (javafx.beans.Observable input : List.of(amount, reason, tender, cashInstead, cashReason)) {
            input.addListener(o -> recheck());
        }
    }

    private void recheck() {
        if (!problem.get().isEmpty() && order.get() != null && !busy.get()) {
            check();
            serverProblem.set(Phrase.NONE);
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<OrderSummary> found() {
        return found;
    }

    public ReadOnlyObjectProperty<OrderSummary> orderProperty() {
        return order.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Tender> tenders() {
        return tenders;
    }

    public ObjectProperty<Tender> tenderProperty() {
        return tender;
    }

    /** An amount to refund instead of lines, as typed; blank refunds the lines chosen. */
    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** Pay the refund out as cash instead of back to the tender (a card reader that is down). */
    public BooleanProperty cashInsteadProperty() {
        return cashInstead;
    }

    public StringProperty cashReasonProperty() {
        return cashReason;
    }

    /** Why the refund cannot go yet, as a bundle key; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the server said when it refused, translated by its kind; {@link Phrase#NONE} when it said nothing. */
    public ReadOnlyObjectProperty<Phrase> serverProblemProperty() {
        return serverProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * The refund as a request for a manager who is elsewhere: this sale, the amount chosen, and
     * {@code summary} for the manager's screen.
     */
    public ApprovalDraft approvalDraft(String summary) {
        OrderSummary sale = order.get();
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("order_number", sale.orderNumber());
        details.put("reason", reason.get().trim());
        return new ApprovalDraft(ApprovalKind.REFUND, summary, total(), sale.id(), details, null);
    }

    /** The number of the sale being refunded; empty before one is open. */
    public String saleNumber() {
        return order.get() == null ? "" : order.get().orderNumber();
    }

    /** Whether the person at the till needs someone who may refund to approve the refund. */
    public boolean needsApproval() {
        return !session.may(Permission.ORDER_REFUND);
    }

    /** The sales matching the query (a number or a receipt's reference), or, with none, the last day's sales. */
    public void search() {
        String text = query.get().trim();
        run(() -> text.isEmpty() ? api.salesSince(clock.instant().minus(Duration.ofDays(1))) : api.findOrders(text),
                results -> {
                    found.setAll(results);
                    problem.set(results.isEmpty() ? "refund.not_found" : "");
                    if (results.size() == 1 && !text.isEmpty()) {
                        open(results.get(0));
                    }
                });
    }

    /** Loads the sale in full (its payments and earlier refunds) and lays it out for refunding. */
    public void open(OrderSummary summary) {
        run(() -> api.order(summary.id()), this::show);
    }

    /**
     * Lays out a sale of one of the organisation's locations, read in full, for refunding there from
     * the organisation's own login ({@code location} null: the business's own sale).
     */
    public void show(OrderSummary full, UUID location) {
        this.location = location;
        show(full);
    }

    /** Lays out a sale already read in full (its payments and earlier refunds) for refunding. */
    public void show(OrderSummary full) {
        order.set(full);
        attemptKey = null;
        // Returned goods go back on the shelf, but not food.
        boolean restock = Industry.fromWireName(tenant.industry()).orElse(Industry.RETAIL) != Industry.RESTAURANT;
        rows.setAll(full.items().stream().filter(l -> l.refundable() > 0).map(l -> new Row(l, restock)).toList());
        rows.forEach(row -> row.quantityProperty().addListener(o -> recheck()));
        Map<UUID, BigDecimal> left = full.refundableByPayment();
        tenders.setAll(full.payments().stream().map(p -> new Tender(p, left.getOrDefault(p.id(), BigDecimal.ZERO)))
                .filter(t -> t.refundable().signum() > 0).toList());
        tender.set(tenders.isEmpty() ? null : tenders.get(tenders.size() - 1));
        amount.set("");
        reason.set("");
        cashInstead.set(false);
        cashReason.set("");
        problem.set(tenders.isEmpty() ? "refund.nothing_left" : "");
    }

    /**
     * What the chosen lines come to, shared by units the way the server shares them, so that
     * refunding every unit gives back the line's total exactly; or the amount typed.
     */
    public BigDecimal total() {
        Optional<BigDecimal> typed = typedAmount();
        if (typed.isPresent()) {
            return typed.get();
        }
        int scale = tenant.scale();
        BigDecimal sum = BigDecimal.ZERO.setScale(scale);
        for (Row row : rows) {
            sum = sum.add(amountOf(row));
        }
        return sum;
    }

    private BigDecimal amountOf(Row row) {
        int scale = tenant.scale();
        int units = row.quantityProperty().get();
        if (units <= 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        OrderSummary.Line line = row.line();
        BigDecimal before = share(line.total(), line.refundedQuantity(), line.quantity(), scale);
        BigDecimal after = share(line.total(), line.refundedQuantity() + units, line.quantity(), scale);
        return after.subtract(before);
    }

    /** Checks the refund; answers the bundle key of what is missing, empty when it can go. */
    public String check() {
        String found = order.get() == null ? "refund.choose_sale"
                : typedAmount().isEmpty() && !amount.get().isBlank() ? "refund.amount"
                : total().signum() <= 0 ? "refund.nothing_chosen"
                : tender.get() == null ? "refund.tender"
                : total().compareTo(tender.get().refundable()) > 0 ? "refund.over_tender"
                : reason.get().isBlank() ? "refund.reason"
                : cashInstead.get() && cashReason.get().isBlank() ? "refund.cash_reason"
                : "";
        problem.set(found);
        return found;
    }

    /**
     * Makes the refund, with the approving manager's session when there is one, and hands what was
     * done to {@code done} on the UI thread.
     */
    public void refund(Approval approval, Consumer<Done> done) {
        if (!check().isEmpty()) {
            return;
        }
        if (attemptKey == null) {
            attemptKey = UUID.randomUUID().toString();
        }
        OrderSummary sale = order.get();
        Tender to = tender.get();
        Optional<BigDecimal> typed = typedAmount();
        List<OlympusApi.RefundLine> lines = new ArrayList<>();
        List<RefundedLine> refunded = new ArrayList<>();
        if (typed.isEmpty()) {
            for (Row row : rows) {
                if (row.quantityProperty().get() > 0) {
                    lines.add(new OlympusApi.RefundLine(row.line().id(), row.quantityProperty().get(), row.restockProperty().get()));
                    refunded.add(new RefundedLine(row.line().name(), row.quantityProperty().get(), amountOf(row)));
                }
            }
        }
        BigDecimal total = total();
        OlympusApi.RefundDraft draft = new OlympusApi.RefundDraft(lines, typed.orElse(null), to.payment().id(), reason.get().trim(),
                cashInstead.get(), cashInstead.get() ? cashReason.get().trim() : null);
        OlympusApi as = approval == null ? api : approval.api();
        String key = attemptKey;
        UUID at = location;
        java.util.Set<UUID> earlier = sale.refunds().stream().map(OrderSummary.Refund::id).collect(java.util.stream.Collectors.toSet());
        run(() -> {
            try {
                UUID approvalId = approval == null ? null : approval.approvalId();
                return approvalId != null ? as.refund(sale.id(), draft, key, approvalId)
                        : at == null ? as.refund(sale.id(), draft, key) : as.refundAt(sale.id(), draft, key, at);
            } catch (RuntimeException e) {
                if (approval != null) {
                    approval.end();
                }
                throw e;
            }
        }, after -> {
            attemptKey = null;
            UUID refundId = after.refunds().stream().map(OrderSummary.Refund::id).filter(id -> !earlier.contains(id)).findFirst()
                    .orElse(UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            if (approval != null) {
                background.execute(approval::end);
            }
            Done result = new Done(refundId, after, total, to.payment().method(), cashInstead.get(), reason.get().trim(), refunded,
                    approval == null ? null : approval.name());
            show(after);
            done.accept(result);
        });
    }

    /** The refund's receipt: what went back and to which tender, the sale it refunds, why, and who approved it. */
    public static Receipt receipt(Done done, TenantProfile tenant, String cashier, Function<BigDecimal, String> money, Instant at) {
        List<Receipt.Line> lines = done.lines().stream().map(l -> new Receipt.Line(l.name(), List.of(), l.quantity(),
                "−" + money.apply(l.amount()), null)).toList();
        return new Receipt(done.order().id(), at, tenant.name(), tenant.receiptFooter(), cashier, lines,
                List.of(new Receipt.Total("refund_total", "−" + money.apply(done.amount()))),
                List.of(new Receipt.Payment(done.cash() ? PaymentMethod.CASH : done.tenderMethod(), money.apply(done.amount()))), null,
                new Receipt.Refunded(done.refundId(), done.order().orderNumber(), done.reason(), done.approvedBy()));
    }

    private Optional<BigDecimal> typedAmount() {
        return amount.get().isBlank() ? Optional.empty()
                : AmountInput.parse(amount.get(), tenant.scale(), Amounts.Sign.POSITIVE).value();
    }

    private static BigDecimal share(BigDecimal total, int units, int of, int scale) {
        return total.multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(of), scale, RoundingMode.HALF_UP);
    }

    private <T> void run(java.util.function.Supplier<T> call, Consumer<T> then) {
        busy.set(true);
        serverProblem.set(Phrase.NONE);
        background.execute(() -> {
            try {
                T result = call.get();
                ui.execute(() -> {
                    busy.set(false);
                    then.accept(result);
                });
            } catch (ServerUnreachableException e) {
                ui.execute(() -> {
                    busy.set(false);
                    problem.set("refund.offline");
                });
            } catch (OlympusApiException e) {
                ui.execute(() -> {
                    busy.set(false);
                    if (e.status() == 403) {
                        problem.set("refund.not_allowed");
                    } else {
                        problem.set("refund.refused");
                        serverProblem.set(Problems.phrase(e));
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("A refund step failed", e);
                ui.execute(() -> {
                    busy.set(false);
                    problem.set("refund.refused");
                    serverProblem.set(Problems.phrase(e));
                });
            }
        });
    }
}
