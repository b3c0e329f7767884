package cloud.olympus.fx.watch;

import static cloud.olympus.fx.watch.Glances.alert;
import static cloud.olympus.fx.watch.Glances.glance;
import static cloud.olympus.fx.watch.Glances.line;
import static cloud.olympus.fx.watch.Glances.order;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.fx.watch.GlanceCard.Action;
import cloud.olympus.fx.watch.GlanceCard.Kind;
import cloud.olympus.model.auth.AccessPolicy;
import cloud.olympus.model.auth.Role;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import java.util.List;
import java.util.Set;
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

    private static List<GlanceCard> cardsFor(Role role) {
        return GlanceCard.of(LUNCH, Set.of(role), AccessPolicy.permissionsOf(role));
    }
}
