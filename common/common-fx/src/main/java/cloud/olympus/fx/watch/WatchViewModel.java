package cloud.olympus.fx.watch;

import cloud.olympus.client.SessionEndedException;
import cloud.olympus.client.api.Session;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The watch once paired: its cards, which one is on screen, and the one action of that card.
 * Cards follow what the {@link WatchSource} tells; a card stays on screen while it is still there
 * when the cards change. Without the server the last known cards stay, and {@link #offlineProperty()}
 * says so, with {@link #asOfProperty()} telling since when. Something new for the wearer (a ticket,
 * an order ready, an alert) buzzes, but not what was there when the watch started.
 */
public final class WatchViewModel implements WatchSource.Listener {

    private final Session session;
    private final WatchBackend backend;
    private final WatchSource source;
    private final Vibration vibration;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<GlanceCard> cards = FXCollections.observableArrayList();
    /** The one read-only view handed out: listeners added to a view made afresh per call would go with it. */
    private final ObservableList<GlanceCard> cardsView = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<GlanceCard> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper signedOut = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Instant> asOf = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);

    /** @param ui runs changes where views see them ({@code Platform::runLater}) */
    public WatchViewModel(Session session, WatchBackend backend, WatchSource source, Vibration vibration, Executor background,
                          Executor ui) {
        this.session = session;
        this.backend = backend;
        this.source = source;
        this.vibration = vibration;
        this.background = background;
        this.ui = ui;
        cards.setAll(GlanceCard.of(new Glance(List.of(), List.of(), Instant.EPOCH), session.roles(), session.permissions()));
        current.set(cards.get(0));
    }

    public void start() {
        source.start(this);
    }

    public void close() {
        source.close();
    }

    /** The cards, the home card first; read-only. */
    public ObservableList<GlanceCard> cards() {
        return cardsView;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The card on screen. */
    public ReadOnlyObjectProperty<GlanceCard> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The server cannot be reached: the cards are the last known ones. */
    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    /** Whether the server has answered at least once: before that the cards know nothing. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** An action is on its way to the server. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The server ended the session the watch was given: it has to be paired again. */
    public ReadOnlyBooleanProperty signedOutProperty() {
        return signedOut.getReadOnlyProperty();
    }

    /** When the cards were last known to be right. */
    public ReadOnlyObjectProperty<Instant> asOfProperty() {
        return asOf.getReadOnlyProperty();
    }

    /** What went wrong with the last action; {@link Phrase#NONE} when nothing did. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Session session() {
        return session;
    }

    /** The next card; from the last, back to the home card. */
    public void next() {
        show((index.get() + 1) % cards.size());
    }

    /** The previous card; from the home card, to the last. */
    public void previous() {
        show((index.get() - 1 + cards.size()) % cards.size());
    }

    public void home() {
        show(0);
    }

    /**
     * Does what the card on screen offers: start or finish a ticket, hand out an order, acknowledge an
     * alert, clock in, start or end a break.
     */
    public void act() {
        GlanceCard card = current.get();
        if (card != null) {
            act(card, card.action());
        }
    }

    /** Does the second thing the card on screen offers (clocking out, on the clock card); nothing elsewhere. */
    public void actSecondary() {
        GlanceCard card = current.get();
        if (card != null) {
            act(card, card.secondary());
        }
    }

    private void act(GlanceCard card, GlanceCard.Action action) {
        if (action == GlanceCard.Action.NONE || busy.get()) {
            return;
        }
        busy.set(true);
        problem.set(Phrase.NONE);
        background.execute(() -> {
            Phrase outcome = Phrase.NONE;
            try {
                if (action.clock() != null) {
                    backend.clock(action.clock());
                } else if (action == GlanceCard.Action.ACKNOWLEDGE) {
                    backend.acknowledge(card.alert());
                } else if (action == GlanceCard.Action.APPROVE || action == GlanceCard.Action.DECLINE) {
                    backend.decide(card.approval().id(), action == GlanceCard.Action.APPROVE);
                } else {
                    backend.move(card.order().id(), action.moves());
                }
            } catch (SessionEndedException e) {
                ui.execute(() -> signedOut.set(true));
            } catch (RuntimeException e) {
                outcome = Problems.phrase(e);
            }
            Phrase said = outcome;
            ui.execute(() -> {
                busy.set(false);
                problem.set(said);
            });
            source.refresh();
        });
    }

    @Override
    public void glance(Glance glance) {
        ui.execute(() -> apply(glance));
    }

    @Override
    public void unreachable(RuntimeException why) {
        ui.execute(() -> {
            if (why instanceof SessionEndedException) {
                signedOut.set(true);
            }
            offline.set(true);
        });
    }

    private void apply(Glance glance) {
        List<GlanceCard> next = GlanceCard.of(glance, session.roles(), session.permissions());
        Set<String> before = new HashSet<>();
        cards.forEach(c -> before.add(c.key()));
        boolean arrived = next.stream().anyMatch(c -> c.kind() != GlanceCard.Kind.HOME && c.kind() != GlanceCard.Kind.CLOCK
                && !before.contains(c.key()));
        String onScreen = current.get() == null ? null : current.get().key();
        int at = index.get();
        cards.setAll(next);
        int same = -1;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).key().equals(onScreen)) {
                same = i;
            }
        }
        // The card on screen stays; when it is gone (done, or acknowledged), the one after it takes its place.
        show(same >= 0 ? same : Math.min(at, next.size() - 1));
        offline.set(false);
        asOf.set(glance.asOf());
        if (arrived && loaded.get()) {
            vibration.buzz();
        }
        loaded.set(true);
    }

    private void show(int at) {
        index.set(at);
        current.set(cards.get(at));
    }
}
