package cloud.olympus.fx.watch;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.alerts.Alert;
import java.util.List;
import java.util.Map;

/** The words on the watch's cards that come from the data: an alert's sentence, an order's short number, a line. */
public final class GlanceTexts {

    /** The arguments each known alert's sentence names, in its order; an alert of another kind shows what it is about. */
    private static final Map<String, List<String>> ALERT_ARGUMENTS = Map.of(
            "alert.stock_low", List.of("name", "available"),
            "alert.stock_depleted", List.of("name"),
            "alert.sale_flagged", List.of("label"),
            "alert.understaffed", List.of("label", "hour", "orders", "staff"),
            "alert.understaffed_planned", List.of("label", "hour", "orders", "staff"));

    private GlanceTexts() {
    }

    /** An alert's sentence in the wearer's language, from its message key and arguments. */
    public static Phrase alert(Alert alert) {
        List<String> names = ALERT_ARGUMENTS.get(alert.messageKey());
        String about = alert.subject() == null || alert.subject().label() == null ? alert.kind() : alert.subject().label();
        if (names == null) {
            return Phrase.orElse("alert." + alert.kind(), about);
        }
        if (names.contains("hour") && hour(alert.arguments().get("hour")) == null) {
            return Phrase.orElse("alert.unreadable", about);
        }
        Object[] values = names.stream()
                .map(n -> n.equals("label") ? about : n.equals("hour") ? hour(alert.arguments().get(n))
                        : alert.arguments().getOrDefault(n, n.equals("name") ? about : ""))
                .toArray();
        return Phrase.of(alert.messageKey(), values);
    }

    /**
     * The hour an alert is about, for the sentence to write in the reader's language and time
     * ({@code {1,date,EEE HH:mm}}); null when the server's {@code 2026-11-28T14:00:00+01:00} cannot be read.
     */
    static java.util.Date hour(Object value) {
        try {
            return value == null ? null : java.util.Date.from(java.time.OffsetDateTime.parse(value.toString()).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * An order's number as said across a kitchen: its last part ({@code 0042} of
     * {@code B-20261127-0042}), the whole number when it has no parts.
     */
    public static String shortNumber(OrderSummary order) {
        String number = order.orderNumber() == null ? "" : order.orderNumber();
        int dash = number.lastIndexOf('-');
        return dash >= 0 && dash < number.length() - 1 ? number.substring(dash + 1) : number;
    }

    /** A line as the kitchen reads it: {@code 2× Margherita}. */
    public static String line(OrderSummary.Line line) {
        return line.quantity() + "× " + line.name();
    }

    /** The line's modifiers, {@code Large, Olives}; empty when it has none. */
    public static String modifiers(OrderSummary.Line line) {
        return String.join(", ", line.modifiers().stream().map(OrderSummary.Modifier::name).toList());
    }
}
