package cloud.olympus.desktop.pairing;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.model.auth.PairingCode;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Pairing a watch from the till: the person logged in types the code the watch shows, and the
 * server hands the watch a session of theirs (RFC 8628). The code is checked here first (eight
 * letters, case, dashes and spaces left aside), so a typo is said at once.
 */
public final class PairWatchViewModel {

    public enum State { TYPING, SENDING, PAIRED }

    private final OlympusApi api;
    private final Executor background;
    private final Executor ui;
    private final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.TYPING);
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);

    public PairWatchViewModel(OlympusApi api, Executor background, Executor ui) {
        this.api = api;
        this.background = background;
        this.ui = ui;
    }

    /** What was typed. */
    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the watch was not paired; {@link Phrase#NONE} when nothing went wrong (yet). */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Sends the code, unless it cannot be one (then the problem says so and nothing is sent). */
    public void pair() {
        if (state.get() != State.TYPING) {
            return;
        }
        Optional<String> typed = PairingCode.normalise(code.get());
        if (typed.isEmpty()) {
            problem.set(Phrase.of("pair.invalid"));
            return;
        }
        String userCode = PairingCode.display(typed.get());
        code.set(userCode);
        state.set(State.SENDING);
        problem.set(Phrase.NONE);
        background.execute(() -> {
            Phrase outcome = Phrase.NONE;
            try {
                api.approveDevice(userCode);
            } catch (ServerUnreachableException e) {
                outcome = Phrase.of("pair.offline");
            } catch (OlympusApiException e) {
                outcome = "not-found".equals(e.problem().kind()) ? Phrase.of("pair.not_found") : Problems.phrase(e);
            } catch (RuntimeException e) {
                outcome = Problems.phrase(e);
            }
            Phrase said = outcome;
            ui.execute(() -> {
                problem.set(said);
                state.set(said.isNone() ? State.PAIRED : State.TYPING);
            });
        });
    }
}
