package cloud.olympus.fx.pin;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A PIN being typed on a pad or a keyboard: digits only, at most {@value #MAX} of them, shown as
 * dots, ready once there are {@value #MIN}. The till's lock screen uses it, as will the tablet's.
 */
public final class PinPadViewModel {

    public static final int MIN = 4;
    public static final int MAX = 6;

    private final ReadOnlyStringWrapper digits = new ReadOnlyStringWrapper("");
    private final StringBinding dots = Bindings.createStringBinding(() -> "●".repeat(digits.get().length()), digits);
    private final BooleanBinding complete = Bindings.createBooleanBinding(() -> digits.get().length() >= MIN, digits);

    /** Adds a digit; anything else, or a seventh digit, is left out. Answers whether it was taken. */
    public boolean type(char c) {
        if (c < '0' || c > '9' || digits.get().length() >= MAX) {
            return false;
        }
        digits.set(digits.get() + c);
        return true;
    }

    /** Takes the last digit back. */
    public void erase() {
        String now = digits.get();
        if (!now.isEmpty()) {
            digits.set(now.substring(0, now.length() - 1));
        }
    }

    public void clear() {
        digits.set("");
    }

    /** The digits typed; for sending, never for showing. */
    public String pin() {
        return digits.get();
    }

    public ReadOnlyStringProperty digitsProperty() {
        return digits.getReadOnlyProperty();
    }

    /** One dot per digit typed. */
    public StringBinding dots() {
        return dots;
    }

    /** Whether enough digits are typed to send. */
    public BooleanBinding complete() {
        return complete;
    }
}
