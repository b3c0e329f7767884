package cloud.olympus.desktop.pos;

import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.desktop.receipt.FinishedSale;
import cloud.olympus.desktop.receipt.Receipt;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.input.AmountInput;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.pricing.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Taking the money: one or more tenders until nothing is due. Cash may be more than is due (the
 * change is shown); other tenders may not. Completing keeps the sale in the outbox first, then
 * the receipt is shown: the sale is safe before the customer leaves.
 */
public final class CheckoutViewModel {

    /** The tenders the till takes, in the order it offers them. */
    public static final List<PaymentMethod> METHODS = List.of(PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.GIFT_CARD,
            PaymentMethod.LOYALTY_POINTS);

    /** A tender as taken at the till; {@code applied} is what counts towards the total. */
    public record Tender(PaymentMethod method, BigDecimal handed, BigDecimal applied, BigDecimal tip, String reference) {
        OrderDraft.Tender toDraft() {
            return new OrderDraft.Tender(method, handed, tip, reference);
        }
    }

    private final CartViewModel cart;
    private final BigDecimal total;
    private final int scale;
    private final ObservableList<Tender> tenders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper();
    private final Consumer<OrderDraft> keep;
    private final Supplier<CartViewModel.Sale> context;

    /**
     * @param context where, when and by whom the sale is rung, asked at the moment it completes
     * @param keep    durably keeps the finished sale (the outbox); must not return before it is kept
     */
    public CheckoutViewModel(CartViewModel cart, Supplier<CartViewModel.Sale> context, Consumer<OrderDraft> keep) {
        this.cart = cart;
        this.context = context;
        this.total = cart.priced().total();
        this.scale = cart.tenant().scale();
        this.keep = keep;
        update();
    }

    public ObservableList<Tender> tenders() {
        return tenders;
    }

    public BigDecimal total() {
        return total;
    }

    public BigDecimal due() {
        BigDecimal paid = tenders.stream().map(Tender::applied).reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.subtract(paid).max(BigDecimal.ZERO).setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * Takes a tender as typed: the amount and the tip (blank for none) are read here, and what is
     * not an amount is refused with {@link #problemProperty()} saying why.
     */
    public boolean take(PaymentMethod method, String amountText, String tipText, String reference) {
        AmountInput.Outcome amount = AmountInput.parse(amountText, scale, Amounts.Sign.POSITIVE);
        if (!amount.isValid()) {
            problem.set(amount.problem());
            return false;
        }
        BigDecimal tip = null;
        if (tipText != null && !tipText.isBlank()) {
            AmountInput.Outcome typedTip = AmountInput.parse(tipText, scale, Amounts.Sign.NOT_NEGATIVE);
            if (!typedTip.isValid()) {
                problem.set(typedTip.problem());
                return false;
            }
            tip = typedTip.amount();
        }
        return take(method, amount.amount(), tip, reference);
    }

    /** Takes a tender; answers false (with {@link #problemProperty()} saying why) when it cannot be taken. */
    public boolean take(PaymentMethod method, BigDecimal amount, BigDecimal tip, String reference) {
        problem.set(Phrase.NONE);
        BigDecimal due = due();
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > scale) {
            return refuse("checkout.problem.amount");
        }
        if (due.signum() == 0) {
            return refuse("checkout.problem.paid");
        }
        BigDecimal handed = amount.setScale(scale, RoundingMode.UNNECESSARY);
        if (!method.allowsChange() && handed.compareTo(due) > 0) {
            return refuse("checkout.problem.over");
        }
        if (method == PaymentMethod.LOYALTY_POINTS && cart.customerProperty().get() == null) {
            return refuse("checkout.problem.customer");
        }
        BigDecimal tipAmount = tip == null ? BigDecimal.ZERO.setScale(scale) : tip.setScale(scale, RoundingMode.HALF_UP);
        if (tipAmount.signum() < 0 || tipAmount.signum() > 0 && !takesTips()) {
            return refuse("checkout.problem.tip");
        }
        if (tipAmount.compareTo(tipLeft()) > 0) {
            problem.set(Phrase.of("checkout.problem.tip_limit", cart.format(tipLeft())));
            return false;
        }
        tenders.add(new Tender(method, handed, handed.min(due), tipAmount, reference == null || reference.isBlank() ? null : reference));
        update();
        return true;
    }

    /** Whether this business takes tips; the screen offers a tip only where the server would record it. */
    public boolean takesTips() {
        return cart.tenant().takesTips();
    }

    /** What tips may still come to on this sale: the business's share of the total, less tips taken. */
    public BigDecimal tipLeft() {
        BigDecimal tipped = tenders.stream().map(Tender::tip).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Amounts.tipLimit(total, cart.tenant().tipPercentLimit()).subtract(tipped).max(BigDecimal.ZERO);
    }

    private boolean refuse(String key) {
        problem.set(Phrase.of(key));
        return false;
    }

    /** The whole remaining amount in one tender. */
    public boolean takeExact(PaymentMethod method) {
        return take(method, due(), null, null);
    }

    public void removeTender(int index) {
        tenders.remove(index);
        update();
    }

    /** Keeps the sale and answers its receipt; only when nothing is due. */
    public Receipt complete(String tenantName, String footer, String cashier) {
        if (due().signum() != 0) {
            throw new IllegalStateException("not settled");
        }
        UUID id = UUID.randomUUID();
        CartViewModel.Sale rung = context.get();
        OrderDraft sale = cart.toDraft(id, tenders.stream().map(Tender::toDraft).toList(), rung);
        keep.accept(sale);
        return Receipt.of(finished(id, rung, tenantName, footer, cashier), cart::format);
    }

    /** The sale as finished, in plain values, for its receipt. */
    private FinishedSale finished(UUID id, CartViewModel.Sale rung, String tenantName, String footer, String cashier) {
        List<FinishedSale.Line> lines = cart.lines().stream().map(l -> new FinishedSale.Line(l.item().name(), l.modifiers().stream()
                .map(m -> new FinishedSale.Modifier(m.name(), m.priceDelta())).toList(), l.quantity(), l.total(), l.notes())).toList();
        var priced = cart.priced();
        return new FinishedSale(id, rung.rungAt(), tenantName, footer, cashier, lines, new FinishedSale.Totals(priced.subtotal(),
                priced.discountTotal(), priced.tax(), priced.taxInclusive(), priced.total()),
                tenders.stream().map(t -> new FinishedSale.Tender(t.method(), t.handed(), t.tip())).toList(), changeDue());
    }

    public BigDecimal changeDue() {
        return tenders.stream().map(t -> t.handed().subtract(t.applied())).reduce(BigDecimal.ZERO.setScale(scale), BigDecimal::add);
    }

    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    /** Why the last tender was refused; {@link Phrase#NONE} when it was taken. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    private void update() {
        remaining.set(cart.format(due()));
        BigDecimal changeDue = changeDue();
        change.set(changeDue.signum() > 0 ? cart.format(changeDue) : "");
        settled.set(due().signum() == 0);
    }

    /** Suggested cash amounts: exact, and the next round notes. */
    public List<BigDecimal> quickCash() {
        BigDecimal due = due();
        List<BigDecimal> amounts = new ArrayList<>();
        amounts.add(due);
        for (int note : new int[]{5, 10, 20, 50, 100}) {
            BigDecimal rounded = due.divide(BigDecimal.valueOf(note), 0, RoundingMode.CEILING).multiply(BigDecimal.valueOf(note))
                    .setScale(scale);
            if (rounded.compareTo(due) > 0 && !amounts.contains(rounded) && amounts.size() < 4) {
                amounts.add(rounded);
            }
        }
        return amounts;
    }
}
