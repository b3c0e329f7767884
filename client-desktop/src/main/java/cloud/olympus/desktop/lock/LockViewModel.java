package cloud.olympus.desktop.lock;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.PinHolder;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.api.TimeClock;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.fx.pin.PinPadViewModel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The till's lock screen: who may switch in on this till, the PIN of the one chosen, and, for
 * someone off the clock, the offer to clock in. On a till nobody registered (or whose
 * registration was revoked) it is the password login instead. Calls run on {@code background};
 * results land on {@code ui}.
 */
public final class LockViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LockViewModel.class);

    /** Where the lock screen is: the people, one person's PIN, the offer to clock in, or the password login. */
    public enum Step { PEOPLE, PIN, CLOCK, LOGIN }

    private final Till till;
    private final Executor background;
    private final Executor ui;
    private final Consumer<Session> unlocked;
    private final ObservableList<PinHolder> people = FXCollections.observableArrayList();
    /**
     * The one read-only view handed out: such a view follows its list through a weak listener, so a
     * view made afresh for each caller could be collected with the listeners added to it.
     */
    private final ObservableList<PinHolder> peopleView = FXCollections.unmodifiableObservableList(people);
    private final ReadOnlyObjectWrapper<PinHolder> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.PEOPLE);
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final PinPadViewModel pin = new PinPadViewModel();
    private Session switched;

    /** @param unlocked runs on {@code ui} with the session of whoever unlocked the till */
    public LockViewModel(Till till, Executor background, Executor ui, Consumer<Session> unlocked) {
        this.till = till;
        this.background = background;
        this.ui = ui;
        this.unlocked = unlocked;
    }

    /** Shows who may switch in (asking the server), or the password login on a till that is not registered. */
    public void open() {
        problem.set(Phrase.NONE);
        pin.clear();
        chosen.set(null);
        if (till.deviceToken().isEmpty()) {
            step.set(Step.LOGIN);
            return;
        }
        step.set(Step.PEOPLE);
        loadPeople();
    }

    private void loadPeople() {
        busy.set(true);
        background.execute(() -> {
            try {
                List<PinHolder> found = till.pinStaff();
                ui.execute(() -> {
                    busy.set(false);
                    people.setAll(found);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    busy.set(false);
                    refused(e);
                });
            }
        });
    }

    /** Picks the person who wants to switch in; a locked PIN says to ask a manager. */
    public void choose(PinHolder person) {
        if (busy.get()) {
            return;
        }
        if (person.locked()) {
            problem.set(Phrase.of("lock.pin_locked"));
            return;
        }
        chosen.set(person);
        pin.clear();
        problem.set(Phrase.NONE);
        step.set(Step.PIN);
    }

    /** From the PIN back to the people, or from the password login back to the people when the till is registered. */
    public void back() {
        if (busy.get() || step.get() == Step.CLOCK) {
            return;
        }
        open();
    }

    /** The password login, for someone without a PIN (or any login on a till that is not registered). */
    public void usePassword() {
        if (!busy.get()) {
            problem.set(Phrase.NONE);
            step.set(Step.LOGIN);
        }
    }

    /** Sends the PIN typed for the person chosen. */
    public void submit() {
        PinHolder person = chosen.get();
        if (busy.get() || step.get() != Step.PIN || person == null) {
            return;
        }
        if (!pin.complete().get()) {
            problem.set(Phrase.of("lock.pin_short", PinPadViewModel.MIN, PinPadViewModel.MAX));
            return;
        }
        String typed = pin.pin();
        busy.set(true);
        problem.set(Phrase.NONE);
        background.execute(() -> {
            try {
                Session session = till.switchTo(person.userId(), typed);
                Optional<TimeClock> clock = clockOf();
                ui.execute(() -> {
                    busy.set(false);
                    pin.clear();
                    switched = session;
                    if (clock.isPresent() && clock.get().state() == TimeClock.State.OFF) {
                        step.set(Step.CLOCK);
                    } else {
                        unlocked.accept(session);
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    busy.set(false);
                    pin.clear();
                    refused(e);
                });
            }
        });
    }

    /** The time clock of whoever just switched in; empty without a staff profile, or when it cannot be asked. */
    private Optional<TimeClock> clockOf() {
        try {
            return till.api().timeClock();
        } catch (RuntimeException e) {
            LOG.info("The time clock could not be asked after a PIN login: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Clocks in whoever just switched in, then opens the till for them. */
    public void clockIn() {
        if (busy.get() || step.get() != Step.CLOCK) {
            return;
        }
        busy.set(true);
        problem.set(Phrase.NONE);
        background.execute(() -> {
            try {
                till.api().clockIn();
                ui.execute(() -> {
                    busy.set(false);
                    unlocked.accept(switched);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    busy.set(false);
                    problem.set(Problems.phrase(e));
                });
            }
        });
    }

    /** Opens the till without clocking in. */
    public void notNow() {
        if (!busy.get() && step.get() == Step.CLOCK) {
            unlocked.accept(switched);
        }
    }

    private void refused(RuntimeException e) {
        if (e instanceof OlympusApiException api) {
            String kind = api.problem().kind();
            if (api.status() == 423 || "pin-locked".equals(kind)) {
                problem.set(Phrase.of("lock.pin_locked"));
                backToPeople();
            } else if (api.status() == 429) {
                problem.set(Phrase.of("lock.wait", api.retryAfter().map(Duration::toSeconds).orElse(30L)));
            } else if ("invalid-token".equals(kind)) {
                // The till forgot its token (revoked, or unknown to the server): password logins only, until registered again.
                step.set(Step.LOGIN);
                problem.set(Phrase.of("lock.till_forgotten"));
            } else if ("invalid-credentials".equals(kind)) {
                problem.set(Phrase.of("lock.wrong_pin"));
            } else {
                problem.set(Problems.phrase(e));
            }
        } else if (e instanceof ServerUnreachableException) {
            // Offline: the login the till already keeps for that case.
            step.set(Step.LOGIN);
            problem.set(Phrase.of("lock.offline"));
        } else {
            LOG.warn("The lock screen could not go on", e);
            problem.set(Problems.phrase(e));
        }
    }

    /** After a PIN locked: the people again, with that one greyed out. */
    private void backToPeople() {
        chosen.set(null);
        step.set(Step.PEOPLE);
        loadPeople();
    }

    public ObservableList<PinHolder> people() {
        return peopleView;
    }

    public ReadOnlyObjectProperty<PinHolder> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** What went wrong, or what to do; {@link Phrase#NONE} when there is nothing to say. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public PinPadViewModel pin() {
        return pin;
    }
}
