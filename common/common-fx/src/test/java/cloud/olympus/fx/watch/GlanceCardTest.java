package cloud.olympus.fx.watch;

import static cloud.olympus.fx.watch.Glances.alert;
import static cloud.olympus.fx.watch.Glances.glance;
import static cloud.olympus.fx.watch.Glances.line;
import static cloud.olympus.fx.watch.Glances.order;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.TimeClock;
import cloud.olympus.fx.timeclock.ClockAction;
import cloud.olympus.fx.watch.GlanceCard.Action;
import cloud.olympus.fx.watch.GlanceCard.Kind;
import cloud.olympus.model.auth.AccessPolicy;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which cards a wearer sees, by what they do: the kitchen its tickets, the floor the orders ready, everyone the alerts. */
class GlanceCardTest {

    private static final Glance LUNCH = glance(List.of(
            order("B-3", OrderStatus.PREPARING, PaymentStatus.PAID, 3, line(1, "Risotto", null)),
            order("B-1", OrderStatus.CONFIRMED, PaymentStatus.PAID, 1, line(2, "Margherita", "no basil", "Large", "Olives")),
            order("B-2", OrderStatus.READY, PaymentStatus.PAID, 2, line(1, "Tiramisù", null)),
            order("B-4", OrderStatus.READY, PaymentStatus.UNPAID, 4, line(1, "Espresso", null)),
            order("B-5", OrderStatus.PENDING, PaymentStatus.UNPAID, 5, line(1, "Water", null))),
            List.of(alert("Basil", 2, 1), alert("Mozzarella", 0, 7)));

    @Test
    void theKitchenSeesItsTicketsOldestFirstAndTheAlerts() {
        List<GlanceCard> cards = cardsFor(Role.KITCHEN);
        assertThat(cards).extracting(GlanceCard::kind).containsExactly(Kind.HOME, Kind.TICKET, Kind.TICKET, Kind.ALERT, Kind.ALERT);
        assertThat(cards.get(1).order().orderNumber()).isEqualTo("B-1");
        assertThat(cards.get(1).action()).isEqualTo(Action.START);
        assertThat(cards.get(2).order().orderNumber()).isEqualTo("B-3");
        assertThat(cards.get(2).action()).isEqualTo(Action.READY);
        assertThat(cards.get(3).alert().subject().label()).as("newest alert first").isEqualTo("Mozzarella");
        assertThat(cards.get(3).action()).as("the kitchen may not acknowledge stock alerts").isEqualTo(Action.NONE);
        assertThat(cards.get(0).counts()).isEqualTo(new GlanceCard.Counts(2, 0, 2));
        assertThat(cards.get(0).counts().total()).isEqualTo(4);
    }

    @Test
    void serversSeeTheOrdersReadyAndHandOutThosePaidFor() {
        List<GlanceCard> cards = cardsFor(Role.SERVER);
        assertThat(cards).extracting(GlanceCard::kind).containsExactly(Kind.HOME, Kind.READY, Kind.READY, Kind.ALERT, Kind.ALERT);
        assertThat(cards.get(1).order().orderNumber()).isEqualTo("B-2");
        assertThat(cards.get(1).action()).isEqualTo(Action.PICKED_UP);
        assertThat(cards.get(1).action().moves()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(cards.get(2).action()).as("still to pay").isEqualTo(Action.NONE);
    }

    @Test
    void aManagerAcknowledgesAlerts() {
        List<GlanceCard> cards = cardsFor(Role.MANAGER);
        assertThat(cards).filteredOn(c -> c.kind() == Kind.ALERT).extracting(GlanceCard::action)
                .containsOnly(Action.ACKNOWLEDGE);
        assertThat(cards).noneMatch(c -> c.kind() == Kind.TICKET);
    }

    @Test
    void aQuietMomentIsTheHomeCardAlone() {
        assertThat(GlanceCard.of(glance(List.of(), List.of()), Set.of(Role.KITCHEN), AccessPolicy.permissionsOf(Role.KITCHEN)))
                .singleElement().satisfies(home -> {
                    assertThat(home.kind()).isEqualTo(Kind.HOME);
                    assertThat(home.counts().total()).isZero();
                });
    }

    @Test
    void whoeverHasATimeClockFindsItNextToTheHomeCardWithTheButtonsThatFit() {
        Instant nine = Instant.parse("2026-11-27T09:00:00Z");
        TimeClock.Entry entry = new TimeClock.Entry(UUID.randomUUID(), UUID.randomUUID(), nine, null);
        TimeClock off = TimeClock.OFF;
        TimeClock working = new TimeClock(TimeClock.State.WORKING, entry, 95, 0);
        TimeClock onBreak = new TimeClock(TimeClock.State.ON_BREAK, new TimeClock.Entry(entry.id(), entry.locationId(), nine,
                nine.plusSeconds(3600)), 60, 5);
        assertThat(clockCard(off)).satisfies(card -> {
            assertThat(card.action()).isEqualTo(Action.CLOCK_IN);
            assertThat(card.secondary()).isEqualTo(Action.NONE);
        });
        assertThat(clockCard(working)).satisfies(card -> {
            assertThat(card.action()).isEqualTo(Action.BREAK_START);
            assertThat(card.secondary()).isEqualTo(Action.CLOCK_OUT);
            assertThat(card.secondary().clock()).isEqualTo(ClockAction.CLOCK_OUT);
        });
        assertThat(clockCard(onBreak)).satisfies(card -> {
            assertThat(card.action()).isEqualTo(Action.BREAK_END);
            assertThat(card.secondary()).isEqualTo(Action.CLOCK_OUT);
        });
        Glance kitchenLunch = new Glance(LUNCH.orders(), LUNCH.alerts(), working, LUNCH.asOf());
        assertThat(GlanceCard.of(kitchenLunch, Set.of(Role.KITCHEN), AccessPolicy.permissionsOf(Role.KITCHEN)))
                .extracting(GlanceCard::kind).containsExactly(Kind.HOME, Kind.CLOCK, Kind.TICKET, Kind.TICKET, Kind.ALERT, Kind.ALERT);
        assertThat(GlanceCard.of(LUNCH, Set.of(Role.KITCHEN), AccessPolicy.permissionsOf(Role.KITCHEN)))
                .as("no staff profile, no clock").noneMatch(c -> c.kind() == Kind.CLOCK);
        assertThat(GlanceCard.of(kitchenLunch, Set.of(Role.KITCHEN), Set.of(Permission.ORDER_PREPARE, Permission.ALERT_VIEW)))
                .as("not allowed to clock").noneMatch(c -> c.kind() == Kind.CLOCK);
    }

    private static GlanceCard clockCard(TimeClock clock) {
        Glance quiet = new Glance(List.of(), List.of(), clock, Instant.EPOCH);
        List<GlanceCard> cards = GlanceCard.of(quiet, Set.of(Role.SERVER), AccessPolicy.permissionsOf(Role.SERVER));
        assertThat(cards).extracting(GlanceCard::kind).containsExactly(Kind.HOME, Kind.CLOCK);
        assertThat(cards.get(1).clock()).isEqualTo(clock);
        return cards.get(1);
    }

    private static List<GlanceCard> cardsFor(Role role) {
        return GlanceCard.of(LUNCH, Set.of(role), AccessPolicy.permissionsOf(role));
    }
}
