package cloud.olympus.desktop.lock;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.fx.pin.PinPadViewModel;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** "Set my PIN": the PIN twice and the person's password; a PIN too easy to guess is said as such. */
public final class SetPinViewModel {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{" + PinPadViewModel.MIN + "," + PinPadViewModel.MAX + "}");

    private final OlympusApi api;
    private final Executor background;
    private final Executor ui;
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);

    public SetPinViewModel(OlympusApi api, Executor background, Executor ui) {
        this.api = api;
        this.background = background;
        this.ui = ui;
    }

    public void save() {
        if (busy.get() || done.get()) {
            return;
        }
        if (!DIGITS.matcher(pin.get()).matches()) {
            problem.set(Phrase.of("lock.pin_short", PinPadViewModel.MIN, PinPadViewModel.MAX));
            return;
        }
        if (!pin.get().equals(again.get())) {
            problem.set(Phrase.of("setpin.mismatch"));
            return;
        }
        if (password.get().isEmpty()) {
            problem.set(Phrase.of("setpin.password_needed"));
            return;
        }
        String chosen = pin.get();
        String secret = password.get();
        busy.set(true);
        problem.set(Phrase.NONE);
        background.execute(() -> {
            Phrase said = Phrase.NONE;
            try {
                api.setPin(chosen, secret);
            } catch (OlympusApiException e) {
                said = e.problem().errors().stream().anyMatch(f -> "password".equals(f.field())) ? Phrase.of("setpin.wrong_password")
                        : e.problem().errors().stream().anyMatch(f -> "pin".equals(f.field())) ? Phrase.of("setpin.too_easy")
                        : Problems.phrase(e);
            } catch (RuntimeException e) {
                said = Problems.phrase(e);
            }
            Phrase outcome = said;
            ui.execute(() -> {
                busy.set(false);
                password.set("");
                problem.set(outcome);
                done.set(outcome.isNone());
            });
        });
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty againProperty() {
        return again;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the PIN is set. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
