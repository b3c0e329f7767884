package cloud.olympus.fx.watch;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.model.alerts.Alert;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GlanceTextsTest {

    @Test
    void alertsReadInTheWearersLanguage() {
        Alert low = Glances.alert("Basil", 2, 0);
        assertThat(Messages.forLocale(Locale.ENGLISH).text(GlanceTexts.alert(low))).isEqualTo("Basil: 2 left");
        assertThat(Messages.forLocale(Locale.GERMAN).text(GlanceTexts.alert(low))).isEqualTo("Basil: noch 2");
        Alert out = new Alert(UUID.randomUUID(), "stock_depleted", Alert.Severity.CRITICAL, new Alert.Subject("item", null, "Mozzarella"),
                "alert.stock_depleted", Map.of("name", "Mozzarella"), Glances.NOON, null, null, null);
        assertThat(Messages.forLocale(Locale.FRENCH).text(GlanceTexts.alert(out))).isEqualTo("Mozzarella est en rupture de stock");
        Alert flagged = new Alert(UUID.randomUUID(), "sale_flagged", Alert.Severity.WARNING, new Alert.Subject("order", null, "B-0042"),
                "alert.sale_flagged", Map.of(), Glances.NOON, null, null, null);
        assertThat(Messages.forLocale(Locale.forLanguageTag("es")).text(GlanceTexts.alert(flagged)))
                .isEqualTo("Una venta necesita revisión: B-0042");
        Alert unknown = new Alert(UUID.randomUUID(), "understaffed", Alert.Severity.INFO, new Alert.Subject("shift", null, "Friday night"),
                "alert.understaffed", Map.of(), Glances.NOON, null, null, null);
        assertThat(Messages.forLocale(Locale.ENGLISH).text(GlanceTexts.alert(unknown))).as("no hour to tell")
                .isEqualTo("Friday night");
        java.time.Instant two = java.time.Instant.parse("2026-11-28T13:00:00Z");
        Alert shortHanded = new Alert(UUID.randomUUID(), "understaffed", Alert.Severity.WARNING,
                new Alert.Subject("location", null, "Downtown"), "alert.understaffed",
                Map.of("hour", "2026-11-28T14:00:00+01:00", "orders", "30", "staff", 2), Glances.NOON, null, null, null);
        String when = java.time.format.DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH)
                .withZone(java.time.ZoneId.systemDefault()).format(two);
        assertThat(Messages.forLocale(Locale.ENGLISH).text(GlanceTexts.alert(shortHanded)))
                .isEqualTo("Downtown: too few on shift, " + when + " (30 orders, 2 staff)");
        String wann = java.time.format.DateTimeFormatter.ofPattern("EEE HH:mm", Locale.GERMAN)
                .withZone(java.time.ZoneId.systemDefault()).format(two);
        assertThat(Messages.forLocale(Locale.GERMAN).text(GlanceTexts.alert(shortHanded)))
                .isEqualTo("Downtown: zu wenig Personal, " + wann + " (30 Bestellungen, 2 im Dienst)");
    }

    @Test
    void ordersAndLinesReadAsTheKitchenSaysThem() {
        var order = Glances.order("B-20261127-0042", OrderStatus.CONFIRMED, PaymentStatus.PAID, 0,
                Glances.line(2, "Margherita", null, "Large", "Olives"));
        assertThat(GlanceTexts.shortNumber(order)).isEqualTo("0042");
        assertThat(GlanceTexts.line(order.items().get(0))).isEqualTo("2× Margherita");
        assertThat(GlanceTexts.modifiers(order.items().get(0))).isEqualTo("Large, Olives");
        assertThat(GlanceTexts.shortNumber(Glances.order("42", OrderStatus.CONFIRMED, PaymentStatus.PAID, 0))).isEqualTo("42");
    }
}
