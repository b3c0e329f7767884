package cloud.olympus.desktop.cash;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.cash.CashApi;
import cloud.olympus.client.cash.CashDrawer;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.fx.input.AmountInput;
import cloud.olympus.model.pricing.Amounts;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The till's cash drawer: open it with a float, pay cash in or out with a reason, count it blind at
 * close. Every step needs the server (a drawer is not kept offline); without it the step waits and
 * says so. A person who may reconcile drawers sees, after the count, what the drawer should have
 * held and the difference; a cashier sees only that the count was taken. Only a registered till
 * keeps a drawer: on any other the drawer says so, and who registers the till.
 */
public final class CashDrawerViewModel {

    /** Where the drawer stands, as far as the till knows. */
    public enum State { LOADING, CLOSED, OPEN, COUNTED, UNAVAILABLE, UNREGISTERED }

    /** The field a problem belongs to, so the view can show it beside that field. */
    public enum Field { NONE, FLOAT, AMOUNT, REASON, COUNTED }

    private final CashApi cash;
    private final java.util.function.IntSupplier unsent;
    private final UUID terminal;
    private final int scale;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyObjectWrapper<CashDrawer> drawer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyObjectWrapper<Field> problemField = new ReadOnlyObjectWrapper<>(Field.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper everKept = new ReadOnlyBooleanWrapper();
    private final StringProperty floatAmount = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty counted = new SimpleStringProperty("");
    private final javafx.collections.ObservableList<Denomination> denominations = javafx.collections.FXCollections.observableArrayList();
    /**
     * The key of the change under way: kept until it went through, so sending the same change again
     * changes nothing twice; a different change (another step, or other figures) gets a key of its own.
     */
    private String key = UUID.randomUUID().toString();
    /** The change {@link #key} was made for; null once it went through. */
    private Object keyFor;

    /**
     * @param unsent   how many of this till's sales are still to be sent: a drawer is not counted before they are in
     * @param terminal the id the till was registered under; null when it is not registered, and keeps no drawer
     */
    public CashDrawerViewModel(CashApi cash, java.util.function.IntSupplier unsent, UUID terminal, String currency,
                               Executor background, Executor ui) {
        this.cash = cash;
        this.unsent = unsent;
        this.terminal = terminal;
        this.scale = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        for (BigDecimal value : Denominations.of(currency)) {
            Denomination d = new Denomination(value.setScale(Math.max(scale, value.stripTrailingZeros().scale())));
            d.pieces().addListener((o, was, now) -> countFromPieces());
            denominations.add(d);
        }
        this.background = background;
        this.ui = ui;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The drawer as the server last answered it; null before one is opened. */
    public ReadOnlyObjectProperty<CashDrawer> drawerProperty() {
        return drawer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Field> problemFieldProperty() {
        return problemField.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether this till has kept a drawer before: then it is asked for a float before its first sale. */
    public ReadOnlyBooleanProperty everKeptProperty() {
        return everKept.getReadOnlyProperty();
    }

    public StringProperty floatAmountProperty() {
        return floatAmount;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty countedProperty() {
        return counted;
    }

    /** The notes and coins of the currency, to count the drawer piece by piece (optional). */
    public javafx.collections.ObservableList<Denomination> denominations() {
        return denominations;
    }

    /** A note or coin and how many of it were counted, as typed. */
    public record Denomination(BigDecimal value, StringProperty pieces) {

        public Denomination(BigDecimal value) {
            this(value, new SimpleStringProperty(""));
        }

        /** The pieces typed, or null when none or not a whole number from 0 to 100000. */
        Integer count() {
            String typed = pieces.get() == null ? "" : pieces.get().trim();
            if (typed.isEmpty() || typed.length() > 6 || !typed.chars().allMatch(Character::isDigit)) {
                return null;
            }
            int n = Integer.parseInt(typed);
            return n <= 100_000 ? n : null;
        }
    }

    /** The count by denomination as the server takes it; null when nothing was counted piece by piece. */
    Map<String, Integer> countDetail() {
        Map<String, Integer> detail = new java.util.LinkedHashMap<>();
        for (Denomination d : denominations) {
            Integer n = d.count();
            if (n != null && n > 0) {
                detail.put(d.value().toPlainString(), n);
            }
        }
        return detail.isEmpty() ? null : detail;
    }

    /** Pieces typed fill the counted amount with their sum. */
    private void countFromPieces() {
        Map<String, Integer> detail = countDetail();
        if (detail != null) {
            BigDecimal sum = BigDecimal.ZERO.setScale(scale);
            for (var e : detail.entrySet()) {
                sum = sum.add(new BigDecimal(e.getKey()).multiply(BigDecimal.valueOf(e.getValue())));
            }
            counted.set(sum.setScale(scale, java.math.RoundingMode.UNNECESSARY).toPlainString());
        }
    }

    /** Whether the result of the count (expected, variance) is there to show: only for someone who may reconcile. */
    public boolean resultShown() {
        CashDrawer d = drawer.get();
        return state.get() == State.COUNTED && d != null && d.reckoning() != null && d.reckoning().variance() != null;
    }

    /** Asks the server for this till's open drawer, and whether it ever kept one; an unregistered till keeps none. */
    public void load() {
        if (terminal == null) {
            state.set(State.UNREGISTERED);
            problemField.set(Field.NONE);
            problem.set(Phrase.of("cash.till_unregistered"));
            return;
        }
        run(() -> {
            Optional<CashDrawer> open = cash.openDrawer(terminal);
            boolean kept = open.isPresent() || cash.hasKeptDrawer(terminal);
            ui.execute(() -> everKept.set(kept));
            return open.orElse(null);
        }, Field.NONE, found -> {
            drawer.set(found);
            state.set(found == null ? State.CLOSED : State.OPEN);
        });
    }

    /** Opens the drawer with the float typed. */
    public void open() {
        AmountInput.Outcome value = read(floatAmount.get(), true);
        if (terminal == null) {
            return;
        }
        if (!value.isValid()) {
            refuse(Field.FLOAT, value.problem());
            return;
        }
        String using = keyFor(java.util.List.of("open", value.amount()));
        run(() -> cash.open(terminal, value.amount(), null, using), Field.FLOAT, opened -> {
            drawer.set(opened);
            state.set(State.OPEN);
            everKept.set(true);
            floatAmount.set("");
        });
    }

    /** Pays the amount typed into the drawer ({@code payIn}) or out of it, for the reason typed. */
    public void move(boolean payIn) {
        CashDrawer open = drawer.get();
        AmountInput.Outcome value = read(amount.get(), false);
        if (open == null) {
            return;
        }
        if (!value.isValid()) {
            refuse(Field.AMOUNT, value.problem());
            return;
        }
        String why = reason.get() == null ? "" : reason.get().trim();
        if (why.isEmpty() || why.length() > 200) {
            refuse(Field.REASON, Phrase.of("cash.reason_required"));
            return;
        }
        String using = keyFor(java.util.List.of("move", open.id(), payIn, value.amount(), why));
        run(() -> cash.move(open.id(), payIn, value.amount(), why, using), Field.AMOUNT, moved -> {
            drawer.set(moved);
            amount.set("");
            reason.set("");
        });
    }

    /** Closes the drawer with what was counted; the till is not told what to expect. */
    public void count() {
        CashDrawer open = drawer.get();
        AmountInput.Outcome value = read(counted.get(), true);
        if (open == null) {
            return;
        }
        if (!value.isValid()) {
            refuse(Field.COUNTED, value.problem());
            return;
        }
        // What the drawer should hold counts the sales the server has: one still on its way would show as money over.
        int waiting = unsent.getAsInt();
        if (waiting > 0) {
            problemField.set(Field.NONE);
            problem.set(Phrase.of("cash.sales_unsent", waiting));
            return;
        }
        Map<String, Integer> detail = countDetail();
        String using = keyFor(java.util.Arrays.asList("close", open.id(), value.amount(), detail));
        run(() -> cash.close(open.id(), value.amount(), detail, null, using), Field.COUNTED, closed -> {
            drawer.set(closed);
            state.set(State.COUNTED);
            counted.set("");
            denominations.forEach(d -> d.pieces().set(""));
        });
    }

    /**
     * An amount as typed, read as everywhere else amounts are typed ({@link AmountInput}): a comma
     * taken as the decimal point, at most the currency's decimals as typed ("1,000" is not taken for
     * 1), no exponents ("1e2" is not 100).
     */
    Optional<BigDecimal> money(String typed, boolean zeroAllowed) {
        return read(typed, zeroAllowed).value();
    }

    private AmountInput.Outcome read(String typed, boolean zeroAllowed) {
        return AmountInput.parse(typed, scale, zeroAllowed ? Amounts.Sign.NOT_NEGATIVE : Amounts.Sign.POSITIVE);
    }

    /** The key for {@code change}: the one under way when it is the same change sent again, else a new one. */
    private String keyFor(Object change) {
        if (keyFor != null && !keyFor.equals(change)) {
            key = UUID.randomUUID().toString();
        }
        keyFor = change;
        return key;
    }

    private void refuse(Field field, Phrase phrase) {
        problemField.set(field);
        problem.set(phrase);
    }

    private <T> void run(Supplier<T> call, Field field, java.util.function.Consumer<T> done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        problem.set(Phrase.NONE);
        problemField.set(Field.NONE);
        background.execute(() -> {
            T answer = null;
            Phrase failed = Phrase.NONE;
            Field where = Field.NONE;
            boolean unreachable = false;
            try {
                answer = call.get();
            } catch (ServerUnreachableException e) {
                failed = Phrase.of("cash.offline");
                unreachable = true;
            } catch (OlympusApiException e) {
                // Refused as not this till's: its registration was revoked, or another till's token is kept here.
                failed = e.status() == 403 ? Phrase.of("cash.till_refused") : Problems.phrase(e);
                where = fieldOf(e, field);
            } catch (RuntimeException e) {
                failed = Problems.phrase(e);
            }
            T result = answer;
            Phrase said = failed;
            Field at = where;
            boolean offline = unreachable;
            ui.execute(() -> {
                busy.set(false);
                if (said.isNone()) {
                    key = UUID.randomUUID().toString();
                    keyFor = null;
                    done.accept(result);
                } else {
                    problem.set(said);
                    problemField.set(at);
                    if (offline && state.get() == State.LOADING) {
                        state.set(State.UNAVAILABLE);
                    }
                }
            });
        });
    }

    /** The form field the server's refusal names, or the one the step is about. */
    private static Field fieldOf(OlympusApiException e, Field asked) {
        Object named = e.problem().extra().get("field");
        if (named == null) {
            return asked;
        }
        return switch (named.toString()) {
            case "opening_float", "float_count" -> Field.FLOAT;
            case "amount" -> Field.AMOUNT;
            case "reason" -> Field.REASON;
            case "counted", "count_detail" -> Field.COUNTED;
            default -> asked;
        };
    }
}
