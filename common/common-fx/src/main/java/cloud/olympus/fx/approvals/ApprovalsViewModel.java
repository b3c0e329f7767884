package cloud.olympus.fx.approvals;

import cloud.olympus.client.api.Approval;
import cloud.olympus.fx.i18n.Phrase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A manager's list of requests waiting for them (tablet, watch, back office): loaded once, then kept
 * live as requests come, are decided elsewhere or expire; approve or decline with a reason; what went
 * wrong as readable words. Calls run on {@code background}, results land on {@code ui}; the view calls
 * {@link #tick()} every second or so for the countdowns.
 */
public final class ApprovalsViewModel implements AutoCloseable {

    private static final Comparator<Approval> EXPIRING_FIRST = Comparator.comparing(Approval::expiresAt)
            .thenComparing(Approval::id);

    private final ApprovalService service;
    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final ObservableList<Approval> pending = FXCollections.observableArrayList();
    private final ObservableList<Approval> pendingView = FXCollections.unmodifiableObservableList(pending);
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Instant> now;
    private AutoCloseable live;

    public ApprovalsViewModel(ApprovalService service, Executor background, Executor ui, Clock clock) {
        this.service = service;
        this.background = background;
        this.ui = ui;
        this.clock = clock;
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
    }

    /** Loads the pending requests and starts hearing of new ones and decisions. */
    public void start() {
        if (live == null) {
            live = service.liveOn(ui, this::heard, this::refresh);
        }
        refresh();
    }

    /** Loads the pending requests again. */
    public void refresh() {
        call(service::pending, this::show, false);
    }

    public void approve(UUID id, String reason) {
        decide(() -> service.approve(id, reason));
    }

    public void decline(UUID id, String reason) {
        decide(() -> service.decline(id, reason));
    }

    /** Moves the countdowns on and drops what expired meanwhile. */
    public void tick() {
        Instant at = clock.instant();
        now.set(at);
        pending.removeIf(a -> !a.pendingAt(at));
    }

    /** How long a request still waits, as of the last {@link #tick()}. */
    public Duration remaining(Approval approval) {
        return approval.remainingAt(now.get());
    }

    private void decide(Supplier<Approval> decision) {
        if (busy.get()) {
            return;
        }
        call(decision, this::heard, true);
    }

    /** Runs a call; after a refusal, when {@code resync}, shows the list as the server has it now. */
    private <T> void call(Supplier<T> work, Consumer<T> then, boolean resync) {
        busy.set(true);
        problem.set(Phrase.NONE);
        background.execute(() -> {
            try {
                T answer = work.get();
                ui.execute(() -> {
                    then.accept(answer);
                    busy.set(false);
                });
            } catch (RuntimeException e) {
                Phrase said = ApprovalProblems.phrase(e);
                ui.execute(() -> {
                    problem.set(said);
                    busy.set(false);
                });
                if (resync) {
                    refreshQuietly();
                }
            }
        });
    }

    /** After a refusal (decided elsewhere, expired), the list as the server has it, keeping the problem shown. */
    private void refreshQuietly() {
        try {
            List<Approval> list = service.pending();
            ui.execute(() -> show(list));
        } catch (RuntimeException e) {
            // The problem already shown says enough.
        }
    }

    private void show(List<Approval> list) {
        pending.setAll(list.stream().filter(a -> a.pendingAt(clock.instant())).sorted(EXPIRING_FIRST).toList());
    }

    private void heard(Approval approval) {
        pending.removeIf(a -> a.id().equals(approval.id()));
        if (approval.pendingAt(clock.instant())) {
            pending.add(approval);
            FXCollections.sort(pending, EXPIRING_FIRST);
        }
    }

    /** The requests waiting, those expiring first first; one read-only list. */
    public ObservableList<Approval> pending() {
        return pendingView;
    }

    /** What went wrong with the last call; {@link Phrase#NONE} when nothing did. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The time of the last {@link #tick()}: countdowns follow it. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    @Override
    public void close() {
        ApprovalProblems.close(live);
        live = null;
    }
}
