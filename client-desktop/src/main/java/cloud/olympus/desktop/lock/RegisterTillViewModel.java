package cloud.olympus.desktop.lock;

import cloud.olympus.client.api.RegisteredDevice;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A manager registers this till for PIN login under a name (the computer's, to begin with); the
 * till keeps the token the server answers. Registering again replaces the token kept.
 */
public final class RegisterTillViewModel {

    private final Till till;
    private final Executor background;
    private final Executor ui;
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Phrase> outcome = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper registered = new ReadOnlyBooleanWrapper();

    public RegisterTillViewModel(Till till, String defaultName, Executor background, Executor ui) {
        this.till = till;
        this.background = background;
        this.ui = ui;
        name.set(defaultName);
        registered.set(till.deviceToken().isPresent());
        if (registered.get()) {
            outcome.set(Phrase.of("register.already"));
        }
    }

    /** The computer's name, as the default name of the till. */
    public static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "Till";
        }
    }

    public void register() {
        String chosen = name.get() == null ? "" : name.get().trim();
        if (busy.get()) {
            return;
        }
        if (chosen.isEmpty() || chosen.length() > 100) {
            outcome.set(Phrase.of("register.name_needed"));
            return;
        }
        busy.set(true);
        outcome.set(Phrase.NONE);
        background.execute(() -> {
            Phrase said;
            boolean done;
            try {
                RegisteredDevice device = till.register(chosen);
                said = Phrase.of("register.done", device.name());
                done = true;
            } catch (RuntimeException e) {
                said = Problems.phrase(e);
                done = false;
            }
            Phrase result = said;
            boolean ok = done;
            ui.execute(() -> {
                busy.set(false);
                outcome.set(result);
                registered.set(ok || registered.get());
            });
        });
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether this till holds a token now. */
    public ReadOnlyBooleanProperty registeredProperty() {
        return registered.getReadOnlyProperty();
    }

    /** What came of it: registered, already registered, or why not. */
    public ReadOnlyObjectProperty<Phrase> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
