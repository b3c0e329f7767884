package cloud.olympus.fx.watch;

import static cloud.olympus.fx.watch.Glances.alert;
import static cloud.olympus.fx.watch.Glances.glance;
import static cloud.olympus.fx.watch.Glances.line;
import static cloud.olympus.fx.watch.Glances.order;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.Problem;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.SessionEndedException;
import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.api.TimeClock;
import cloud.olympus.fx.timeclock.ClockAction;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.watch.GlanceCard.Kind;
import cloud.olympus.model.alerts.Alert;
import cloud.olympus.model.auth.Role;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The paired watch: cards that follow what the source tells, moving between them, acting on one, and being offline. */
class WatchViewModelTest {

    private final Kitchen kitchen = new Kitchen();
    private final TellingSource source = new TellingSource();
    private int buzzes;

    @Test
    void cardsFollowTheGlanceAndTheCardOnScreenStaysPut() {
        WatchViewModel watch = watch(Role.KITCHEN);
        assertThat(watch.cards()).extracting(GlanceCard::kind).containsExactly(Kind.HOME);
        assertThat(watch.loadedProperty().get()).isFalse();
        watch.start();
        OrderSummary first = order("B-1", OrderStatus.CONFIRMED, PaymentStatus.PAID, 1, line(2, "Margherita", null, "Large"));
        source.tell(glance(List.of(first), List.of()));
        assertThat(watch.loadedProperty().get()).isTrue();
        assertThat(watch.cards()).extracting(GlanceCard::kind).containsExactly(Kind.HOME, Kind.TICKET);
        assertThat(watch.currentProperty().get().kind()).isEqualTo(Kind.HOME);

        watch.next();
        assertThat(watch.currentProperty().get().order().orderNumber()).isEqualTo("B-1");
        // An older ticket arrives before it: the wearer keeps looking at the same one.
        OrderSummary older = order("B-0", OrderStatus.CONFIRMED, PaymentStatus.PAID, 0, line(1, "Soup", null));
        source.tell(glance(List.of(first, older), List.of()));
        assertThat(watch.indexProperty().get()).isEqualTo(2);
        assertThat(watch.currentProperty().get().order().orderNumber()).isEqualTo("B-1");

        watch.next();
        assertThat(watch.currentProperty().get().kind()).as("from the last card round to home").isEqualTo(Kind.HOME);
        watch.previous();
        assertThat(watch.currentProperty().get().order().orderNumber()).isEqualTo("B-1");
        watch.home();
        assertThat(watch.indexProperty().get()).isZero();
    }

    @Test
    void somethingNewBuzzesButWhatWasThereAtTheStartDoesNot() {
        WatchViewModel watch = watch(Role.KITCHEN);
        watch.start();
        OrderSummary first = order("B-1", OrderStatus.CONFIRMED, PaymentStatus.PAID, 1);
        source.tell(glance(List.of(first), List.of(alert("Basil", 2, 0))));
        assertThat(buzzes).isZero();
        source.tell(glance(List.of(first), List.of(alert("Basil", 2, 0))));
        assertThat(buzzes).as("nothing new").isZero();
        source.tell(glance(List.of(first, order("B-2", OrderStatus.CONFIRMED, PaymentStatus.PAID, 2)), List.of()));
        assertThat(buzzes).isEqualTo(1);
        // An order ready is not for the kitchen: no card, no buzz.
        source.tell(glance(List.of(first, order("B-2", OrderStatus.CONFIRMED, PaymentStatus.PAID, 2),
                order("B-3", OrderStatus.READY, PaymentStatus.PAID, 3)), List.of()));
        assertThat(buzzes).isEqualTo(1);
    }

    @Test
    void theCardsActionGoesToTheServerAndTheCardsAreAskedForAgain() {
        WatchViewModel watch = watch(Role.KITCHEN);
        watch.start();
        OrderSummary ticket = order("B-1", OrderStatus.CONFIRMED, PaymentStatus.PAID, 1);
        source.tell(glance(List.of(ticket), List.of()));
        watch.act();
        assertThat(kitchen.moves).as("the home card does nothing").isEmpty();
        watch.next();
        watch.act();
        assertThat(kitchen.moves).containsExactly(ticket.id() + " preparing");
        assertThat(source.refreshes).isEqualTo(1);
        assertThat(watch.busyProperty().get()).isFalse();
    }

    @Test
    void aManagerAcknowledgesAnAlertAndAFailureIsSaid() {
        WatchViewModel watch = watch(Role.MANAGER);
        watch.start();
        Alert basil = alert("Basil", 2, 0);
        source.tell(glance(List.of(), List.of(basil)));
        watch.next();
        watch.act();
        assertThat(kitchen.acknowledged).containsExactly(basil.id());

        kitchen.failWith = new OlympusApiException(new Problem("https://olympus.cloud/problems/forbidden", "Not allowed", 403,
                "Your role does not allow this", List.of(), Map.of()), null);
        watch.act();
        assertThat(Messages.forLocale(Locale.GERMAN).text(watch.problemProperty().get()))
                .isEqualTo(Messages.forLocale(Locale.GERMAN).get("problem.forbidden"));
        kitchen.failWith = null;
        watch.act();
        assertThat(watch.problemProperty().get()).isEqualTo(Phrase.NONE);
    }

    @Test
    void offlineKeepsTheLastKnownCardsAndSaysSince() {
        WatchViewModel watch = watch(Role.SERVER);
        watch.start();
        source.tell(glance(List.of(order("B-2", OrderStatus.READY, PaymentStatus.PAID, 2)), List.of()));
        source.listener.unreachable(new ServerUnreachableException("no answer", new IOException("refused")));
        assertThat(watch.offlineProperty().get()).isTrue();
        assertThat(watch.asOfProperty().get()).isEqualTo(Glances.NOON);
        assertThat(watch.cards()).extracting(GlanceCard::kind).containsExactly(Kind.HOME, Kind.READY);
        source.tell(new Glance(List.of(), List.of(), Glances.NOON.plusSeconds(30)));
        assertThat(watch.offlineProperty().get()).isFalse();
        assertThat(watch.cards()).extracting(GlanceCard::kind).containsExactly(Kind.HOME);
    }

    @Test
    void aSessionTheServerEndedSignsTheWatchOut() {
        WatchViewModel watch = watch(Role.SERVER);
        watch.start();
        source.listener.unreachable(new SessionEndedException());
        assertThat(watch.signedOutProperty().get()).isTrue();
    }

    @Test
    void theClockCardClocksInTakesABreakAndClocksOutWithoutBuzzing() {
        WatchViewModel watch = watch(Role.SERVER);
        watch.start();
        source.tell(new Glance(List.of(), List.of(), TimeClock.OFF, Instant.EPOCH));
        watch.next();
        assertThat(watch.currentProperty().get().kind()).isEqualTo(Kind.CLOCK);
        watch.act();
        assertThat(kitchen.clocked).containsExactly(ClockAction.CLOCK_IN);
        assertThat(source.refreshes).isEqualTo(1);

        TimeClock working = new TimeClock(TimeClock.State.WORKING, new TimeClock.Entry(UUID.randomUUID(), null,
                Instant.EPOCH, null), 1, 0);
        source.tell(new Glance(List.of(), List.of(), working, Instant.EPOCH));
        assertThat(watch.currentProperty().get().kind()).as("the clock card stays on screen").isEqualTo(Kind.CLOCK);
        watch.act();
        watch.actSecondary();
        assertThat(kitchen.clocked).containsExactly(ClockAction.CLOCK_IN, ClockAction.BREAK_START, ClockAction.CLOCK_OUT);
        assertThat(buzzes).isZero();

        watch.home();
        watch.actSecondary();
        assertThat(kitchen.clocked).as("the home card has no second action").hasSize(3);
    }

    @Test
    void aManagerApprovesOrDeclinesARequestFromTheWristAndOnlyAManagerSeesIt() {
        Approval refund = Glances.approval("Refund 5.00 on sale 12", 1);
        Approval discount = Glances.approval("Discount 10 %", 0);
        Glance waiting = new Glance(List.of(), List.of(), null, Glances.NOON, List.of(refund, discount));

        WatchViewModel manager = watch(Role.MANAGER);
        manager.start();
        source.tell(waiting);
        assertThat(manager.cards()).extracting(GlanceCard::kind).containsExactly(Kind.HOME, Kind.APPROVAL, Kind.APPROVAL);
        manager.next();
        GlanceCard first = manager.currentProperty().get();
        assertThat(first.approval()).as("the one expiring first first").isEqualTo(discount);
        assertThat(first.action()).isEqualTo(GlanceCard.Action.APPROVE);
        assertThat(first.secondary()).isEqualTo(GlanceCard.Action.DECLINE);
        manager.act();
        manager.next();
        manager.actSecondary();
        assertThat(kitchen.decided).containsExactly(discount.id() + " approved", refund.id() + " declined");

        // Expired by the time of the glance: no card.
        source.tell(new Glance(List.of(), List.of(), null, Glances.NOON.plusSeconds(600), List.of(refund)));
        assertThat(manager.cards()).extracting(GlanceCard::kind).containsExactly(Kind.HOME);

        WatchViewModel cashier = watch(Role.CASHIER);
        cashier.start();
        source.tell(waiting);
        assertThat(cashier.cards()).extracting(GlanceCard::kind).doesNotContain(Kind.APPROVAL);
    }

    private WatchViewModel watch(Role role) {
        Session session = Session.fromRoles(UUID.randomUUID(), UUID.randomUUID(), Set.of(role), "Kim");
        return new WatchViewModel(session, kitchen, source, () -> buzzes++, Runnable::run, Runnable::run);
    }

    /** The server's side of the actions, recording them. */
    private static final class Kitchen implements WatchBackend {
        final List<String> moves = new ArrayList<>();
        final List<UUID> acknowledged = new ArrayList<>();
        final List<ClockAction> clocked = new ArrayList<>();
        final List<String> decided = new ArrayList<>();
        RuntimeException failWith;

        @Override
        public Glance glance() {
            return new Glance(List.of(), List.of(), Instant.EPOCH);
        }

        @Override
        public void move(UUID orderId, OrderStatus to) {
            if (failWith != null) {
                throw failWith;
            }
            moves.add(orderId + " " + to.wireName());
        }

        @Override
        public void acknowledge(Alert alert) {
            if (failWith != null) {
                throw failWith;
            }
            acknowledged.add(alert.id());
        }

        @Override
        public TimeClock clock(ClockAction action) {
            if (failWith != null) {
                throw failWith;
            }
            clocked.add(action);
            return TimeClock.OFF;
        }

        @Override
        public void decide(UUID approvalId, boolean approve) {
            decided.add(approvalId + (approve ? " approved" : " declined"));
        }
    }

    /** A source the test speaks through. */
    private static final class TellingSource implements WatchSource {
        WatchSource.Listener listener;
        int refreshes;

        @Override
        public void start(Listener listener) {
            this.listener = listener;
        }

        void tell(Glance glance) {
            listener.glance(glance);
        }

        @Override
        public void refresh() {
            refreshes++;
        }

        @Override
        public void close() {
        }
    }
}
