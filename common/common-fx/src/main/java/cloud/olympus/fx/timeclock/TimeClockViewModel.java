package cloud.olympus.fx.timeclock;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.TimeClock;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A person's time clock on a till, tablet or console: where it stands, the buttons that fit, and
 * what went wrong with the last one. {@link #availableProperty()} is false for someone without a
 * staff profile, who gets no clock. Calls run on {@code background}; results land on {@code ui}.
 */
public final class TimeClockViewModel {

    private final Supplier<OlympusApi> api;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<TimeClock> clock = new ReadOnlyObjectWrapper<>(TimeClock.OFF);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ObservableList<ClockAction> actions = FXCollections.observableArrayList();
    /** The one read-only view handed out: listeners added to a view made afresh per call would go with it. */
    private final ObservableList<ClockAction> actionsView = FXCollections.unmodifiableObservableList(actions);

    /** @param api the API of whoever is at the device now (it changes when another person takes over) */
    public TimeClockViewModel(Supplier<OlympusApi> api, Executor background, Executor ui) {
        this.api = api;
        this.background = background;
        this.ui = ui;
    }

    /** Asks the server where the clock of the person now at the device stands. */
    public void refresh() {
        run(() -> api.get().timeClock());
    }

    /** Does {@code action} for the person at the device; ignored while another call is on its way. */
    public void perform(ClockAction action) {
        if (busy.get()) {
            return;
        }
        run(() -> Optional.of(action.perform(api.get())));
    }

    /** Forgets the last person's clock, for a device that was locked or handed over. */
    public void clear() {
        apply(Optional.empty());
        problem.set(Phrase.NONE);
    }

    private void run(Supplier<Optional<TimeClock>> call) {
        busy.set(true);
        problem.set(Phrase.NONE);
        background.execute(() -> {
            try {
                Optional<TimeClock> answer = call.get();
                ui.execute(() -> {
                    apply(answer);
                    busy.set(false);
                });
            } catch (RuntimeException e) {
                Phrase said = Problems.phrase(e);
                Optional<TimeClock> now = resync();
                ui.execute(() -> {
                    now.ifPresent(c -> apply(Optional.of(c)));
                    problem.set(said);
                    busy.set(false);
                });
            }
        });
    }

    /**
     * Where the clock stands after a refusal (clocked in elsewhere meanwhile, say), so the buttons
     * fit again; empty when that cannot be known either.
     */
    private Optional<TimeClock> resync() {
        try {
            return api.get().timeClock();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void apply(Optional<TimeClock> answer) {
        available.set(answer.isPresent());
        TimeClock now = answer.orElse(TimeClock.OFF);
        clock.set(now);
        actions.setAll(answer.isPresent() ? ClockAction.available(now) : List.of());
    }

    public ReadOnlyObjectProperty<TimeClock> clockProperty() {
        return clock.getReadOnlyProperty();
    }

    /** Whether the person has a time clock at all (a staff profile). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What went wrong with the last call; {@link Phrase#NONE} when nothing did. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The buttons that fit where the clock stands, the likeliest first; read-only. */
    public ObservableList<ClockAction> actions() {
        return actionsView;
    }
}
