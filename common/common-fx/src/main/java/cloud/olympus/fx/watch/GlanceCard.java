package cloud.olympus.fx.watch;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.api.TimeClock;
import cloud.olympus.fx.timeclock.ClockAction;
import cloud.olympus.model.alerts.Alert;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One screen of the watch: the home card with the counts, the wearer's time clock, a request for
 * a manager's approval, a kitchen ticket, an order ready to take out, or an alert; each with one
 * thing to do at most, but the clock, which offers a second (clocking out while at work or on a
 * break), and an approval (approve, or decline).
 *
 * @param key       the same for the same ticket, order or alert from one glance to the next
 * @param order     the ticket's or ready order's order; null on other cards
 * @param alert     the alert; null on other cards
 * @param counts    what the home card counts; on other cards too, for the view's dots
 * @param clock     the time clock on the clock card; null on other cards
 * @param secondary the clock card's or an approval's second action; {@link Action#NONE} elsewhere
 * @param approval  the request on an approval's card; null on other cards
 */
public record GlanceCard(Kind kind, String key, OrderSummary order, Alert alert, Action action, Counts counts,
                         TimeClock clock, Action secondary, Approval approval) {

    public enum Kind { HOME, CLOCK, APPROVAL, TICKET, READY, ALERT }

    /** A thing a card does; {@link #NONE} for a card only to read. */
    public enum Action {
        NONE(null, null), START(OrderStatus.PREPARING, null), READY(OrderStatus.READY, null),
        PICKED_UP(OrderStatus.COMPLETED, null), ACKNOWLEDGE(null, null), APPROVE(null, null), DECLINE(null, null),
        CLOCK_IN(null, ClockAction.CLOCK_IN),
        BREAK_START(null, ClockAction.BREAK_START), BREAK_END(null, ClockAction.BREAK_END), CLOCK_OUT(null, ClockAction.CLOCK_OUT);

        private final OrderStatus moves;
        private final ClockAction clock;

        Action(OrderStatus moves, ClockAction clock) {
            this.moves = moves;
            this.clock = clock;
        }

        /** The status the card's order moves to; null for actions that move no order. */
        public OrderStatus moves() {
            return moves;
        }

        /** What the action does to the time clock; null for actions that are not the clock's. */
        public ClockAction clock() {
            return clock;
        }

        static Action of(ClockAction clock) {
            for (Action action : values()) {
                if (action.clock == clock) {
                    return action;
                }
            }
            throw new IllegalArgumentException(String.valueOf(clock));
        }
    }

    /** A card of every kind but the clock's and an approval's. */
    public GlanceCard(Kind kind, String key, OrderSummary order, Alert alert, Action action, Counts counts) {
        this(kind, key, order, alert, action, counts, null, Action.NONE, null);
    }

    /** The clock's card, or any other but an approval's. */
    public GlanceCard(Kind kind, String key, OrderSummary order, Alert alert, Action action, Counts counts, TimeClock clock,
                      Action secondary) {
        this(kind, key, order, alert, action, counts, clock, secondary, null);
    }

    /** New tickets, orders ready and open alerts, as far as the wearer sees them. */
    public record Counts(int tickets, int ready, int alerts) {
        public int total() {
            return tickets + ready + alerts;
        }
    }

    /**
     * The cards a wearer with these roles and permissions sees in a glance: kitchen staff the tickets
     * still to make (confirmed or being prepared), oldest first; whoever completes orders (servers,
     * runners, cashiers, managers) the orders ready to take out; everyone who sees alerts the open
     * ones, newest first; whoever decides requests for approval those still waiting, the one expiring
     * first first, right after the home card and the time clock (the till is waiting on them).
     */
    public static List<GlanceCard> of(Glance glance, Set<Role> roles, Set<Permission> permissions) {
        Comparator<OrderSummary> oldestFirst = Comparator.comparing(OrderSummary::createdAt,
                Comparator.nullsLast(Comparator.naturalOrder()));
        List<GlanceCard> tickets = new ArrayList<>();
        if (roles.contains(Role.KITCHEN) && permissions.contains(Permission.ORDER_PREPARE)) {
            glance.orders().stream()
                    .filter(o -> o.status() == OrderStatus.CONFIRMED || o.status() == OrderStatus.PREPARING)
                    .sorted(oldestFirst)
                    .forEach(o -> tickets.add(order(Kind.TICKET, o,
                            o.status() == OrderStatus.CONFIRMED ? Action.START : Action.READY)));
        }
        List<GlanceCard> ready = new ArrayList<>();
        if (permissions.contains(Permission.ORDER_MANAGE)) {
            glance.orders().stream()
                    .filter(o -> o.status() == OrderStatus.READY)
                    .sorted(oldestFirst)
                    // An order is completed once paid; one still to pay is shown, not picked up.
                    .forEach(o -> ready.add(order(Kind.READY, o, o.paymentStatus() == PaymentStatus.PAID ? Action.PICKED_UP
                            : Action.NONE)));
        }
        List<GlanceCard> alerts = new ArrayList<>();
        if (permissions.contains(Permission.ALERT_VIEW)) {
            Action acknowledge = permissions.contains(Permission.ALERT_ACKNOWLEDGE) ? Action.ACKNOWLEDGE : Action.NONE;
            glance.alerts().stream()
                    .filter(Alert::open)
                    .sorted(Comparator.comparing(Alert::raisedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                    .forEach(a -> alerts.add(new GlanceCard(Kind.ALERT, "alert:" + a.id(), null, a, acknowledge, null)));
        }
        Counts counts = new Counts(tickets.size(), ready.size(), alerts.size());
        List<GlanceCard> cards = new ArrayList<>();
        cards.add(new GlanceCard(Kind.HOME, "home", null, null, Action.NONE, counts));
        if (glance.clock() != null && permissions.contains(Permission.TIME_CLOCK)) {
            List<ClockAction> fits = ClockAction.available(glance.clock());
            cards.add(new GlanceCard(Kind.CLOCK, "clock", null, null, Action.of(fits.get(0)), counts, glance.clock(),
                    fits.size() > 1 ? Action.of(fits.get(1)) : Action.NONE));
        }
        if (permissions.contains(Permission.APPROVAL_DECIDE)) {
            glance.approvals().stream()
                    .filter(a -> a.pendingAt(glance.asOf()))
                    .sorted(Comparator.comparing(Approval::expiresAt))
                    .forEach(a -> cards.add(new GlanceCard(Kind.APPROVAL, "approval:" + a.id(), null, null, Action.APPROVE, counts,
                            null, Action.DECLINE, a)));
        }
        for (List<GlanceCard> part : List.of(tickets, ready, alerts)) {
            part.forEach(c -> cards.add(new GlanceCard(c.kind(), c.key(), c.order(), c.alert(), c.action(), counts)));
        }
        return cards;
    }

    private static GlanceCard order(Kind kind, OrderSummary order, Action action) {
        return new GlanceCard(kind, kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + order.id(), order, null, action, null);
    }
}
