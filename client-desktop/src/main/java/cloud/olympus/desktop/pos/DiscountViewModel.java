package cloud.olympus.desktop.pos;

import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.input.AmountInput;
import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.model.pricing.Discount;
import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A discount on the whole sale as typed: a percentage up to 100 or an amount of the currency, with a
 * reason the server keeps (up to {@link #MAX_REASON} characters).
 */
public final class DiscountViewModel {

    /** The longest reason the server keeps for a discount. */
    public static final int MAX_REASON = 200;
    private static final int PERCENT_DECIMALS = 2;

    private final int scale;
    private final Consumer<Discount> apply;
    private final ObjectProperty<Discount.Kind> kind = new SimpleObjectProperty<>(Discount.Kind.PERCENTAGE);
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);

    /** @param scale the currency's decimals, for an amount off */
    public DiscountViewModel(int scale, Consumer<Discount> apply) {
        this.scale = scale;
        this.apply = apply;
        value.addListener(o -> problem.set(Phrase.NONE));
    }

    public ObjectProperty<Discount.Kind> kindProperty() {
        return kind;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Puts the discount on the sale; answers false, with the problem set, when it is not one. */
    public boolean apply() {
        boolean percent = kind.get() == Discount.Kind.PERCENTAGE;
        AmountInput.Outcome typed = AmountInput.parse(value.get(), percent ? PERCENT_DECIMALS : scale, Amounts.Sign.POSITIVE);
        if (!typed.isValid()) {
            problem.set(typed.problem());
            return false;
        }
        if (percent && typed.amount().compareTo(BigDecimal.valueOf(100)) > 0) {
            problem.set(Phrase.of("discount.invalid"));
            return false;
        }
        String why = reason.get() == null ? "" : reason.get().strip();
        if (why.length() > MAX_REASON || why.codePoints().anyMatch(Character::isISOControl)) {
            problem.set(Phrase.of("discount.reason_invalid", MAX_REASON));
            return false;
        }
        problem.set(Phrase.NONE);
        apply.accept(new Discount(kind.get(), typed.amount(), why.isEmpty() ? null : why));
        return true;
    }
}
