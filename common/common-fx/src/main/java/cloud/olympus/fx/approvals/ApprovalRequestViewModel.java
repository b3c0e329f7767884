package cloud.olympus.fx.approvals;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.ApprovalDraft;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.approvals.ApprovalStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The till's side of asking a manager from afar: send the request, wait for the decision (heard
 * live, checked with the server when the time is up or the connection missed something), then go on
 * when approved or say why not. Waiting can be cancelled; the request then simply expires. Calls run
 * on {@code background}, results land on {@code ui}; the view calls {@link #tick()} every second.
 */
public final class ApprovalRequestViewModel implements AutoCloseable {

    /** Where the request stands, as the till shows it. */
    public enum State {
        IDLE, SENDING, WAITING, APPROVED, DECLINED, EXPIRED, CANCELLED, FAILED;

        /** Whether the till waits no more. */
        public boolean done() {
            return this != SENDING && this != WAITING;
        }
    }

    private final ApprovalService service;
    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyObjectWrapper<Approval> approval = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Duration> remaining = new ReadOnlyObjectWrapper<>(Duration.ZERO);
    private final ReadOnlyObjectWrapper<Phrase> message = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private AutoCloseable live;
    private boolean checking;
    /** What was heard live while the request was on its way: applied once its answer tells which request is ours. */
    private final List<Approval> heardEarly = new ArrayList<>();
    /** Whether the live connection missed something while the request was on its way: the server is asked once it is known. */
    private boolean checkWhenSent;

    public ApprovalRequestViewModel(ApprovalService service, Executor background, Executor ui, Clock clock) {
        this.service = service;
        this.background = background;
        this.ui = ui;
        this.clock = clock;
    }

    /** Sends the request and starts waiting; ignored while one is already on its way or waiting. */
    public void send(ApprovalDraft draft) {
        if (!state.get().done()) {
            return;
        }
        approval.set(null);
        heardEarly.clear();
        checkWhenSent = false;
        set(State.SENDING, Phrase.of("approvals.sending"));
        // Listen before asking, so that a quick decision is not missed.
        ApprovalProblems.close(live);
        live = service.liveOn(ui, this::heard, this::missed);
        background.execute(() -> {
            try {
                Approval sent = service.request(draft);
                ui.execute(() -> {
                    if (state.get() == State.SENDING) {
                        approval.set(sent);
                        set(State.WAITING, Phrase.of("approvals.waiting"));
                        List<Approval> early = List.copyOf(heardEarly);
                        heardEarly.clear();
                        early.forEach(this::update);
                        tick();
                        if (checkWhenSent) {
                            checkWhenSent = false;
                            check();
                        }
                    }
                });
            } catch (RuntimeException e) {
                Phrase said = ApprovalProblems.phrase(e);
                ui.execute(() -> {
                    stopListening();
                    heardEarly.clear();
                    set(State.FAILED, said);
                });
            }
        });
    }

    /** Stops waiting: the till goes on without the approval; the request expires on its own. */
    public void cancel() {
        if (!state.get().done()) {
            stopListening();
            set(State.CANCELLED, Phrase.of("approvals.cancelled"));
        }
    }

    /** Moves the countdown on; when the time is up, asks the server how it ended. */
    public void tick() {
        Approval waiting = approval.get();
        if (state.get() != State.WAITING || waiting == null) {
            return;
        }
        remaining.set(waiting.remainingAt(clock.instant()));
        if (remaining.get().isZero()) {
            check();
        }
    }

    /** The approval to send with the refund or sale, once approved. */
    public Optional<UUID> approvedId() {
        Approval now = approval.get();
        return state.get() == State.APPROVED && now != null ? Optional.of(now.id()) : Optional.empty();
    }

    private void check() {
        Approval waiting = approval.get();
        if (checking || state.get() != State.WAITING || waiting == null) {
            return;
        }
        checking = true;
        background.execute(() -> {
            try {
                Approval now = service.get(waiting.id());
                ui.execute(() -> {
                    checking = false;
                    update(now);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> checking = false);
            }
        });
    }

    /** A request heard live; while ours is on its way it may be ours, so it is kept until we know. */
    private void heard(Approval heard) {
        if (state.get() == State.SENDING) {
            heardEarly.add(heard);
        } else {
            update(heard);
        }
    }

    private void missed() {
        if (state.get() == State.SENDING) {
            checkWhenSent = true;
        } else {
            check();
        }
    }

    private void update(Approval heard) {
        Approval waiting = approval.get();
        if (state.get() != State.WAITING || waiting == null || !waiting.id().equals(heard.id())) {
            return;
        }
        approval.set(heard);
        ApprovalStatus status = heard.status();
        if (status == ApprovalStatus.APPROVED) {
            finish(State.APPROVED, Phrase.of("approvals.approved", heard.deciderName() == null ? "" : heard.deciderName()));
        } else if (status == ApprovalStatus.DECLINED) {
            finish(State.DECLINED, heard.reason() == null
                    ? Phrase.of("approvals.declined", heard.deciderName() == null ? "" : heard.deciderName())
                    : Phrase.of("approvals.declined_because", heard.deciderName() == null ? "" : heard.deciderName(), heard.reason()));
        } else if (status == ApprovalStatus.EXPIRED) {
            finish(State.EXPIRED, Phrase.of("approvals.expired"));
        }
    }

    private void finish(State done, Phrase said) {
        stopListening();
        remaining.set(Duration.ZERO);
        set(done, said);
    }

    private void set(State next, Phrase said) {
        state.set(next);
        message.set(said);
    }

    private void stopListening() {
        ApprovalProblems.close(live);
        live = null;
        heardEarly.clear();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The request as last heard of; null before it was sent. */
    public ReadOnlyObjectProperty<Approval> approvalProperty() {
        return approval.getReadOnlyProperty();
    }

    /** How long the request still waits for a manager. */
    public ReadOnlyObjectProperty<Duration> remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    /** What to tell the person at the till: waiting, approved by whom, declined and why, expired, or what failed. */
    public ReadOnlyObjectProperty<Phrase> messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        stopListening();
    }
}
