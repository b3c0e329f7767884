package cloud.olympus.fx.watch;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.model.alerts.Alert;
import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Orders and alerts as the server answers them, for the watch's view-model tests. */
final class Glances {

    static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");

    private Glances() {
    }

    static OrderSummary order(String number, OrderStatus status, PaymentStatus payment, int minutesAfterNoon,
                              OrderSummary.Line... lines) {
        BigDecimal total = new BigDecimal("12.00");
        return new OrderSummary(UUID.nameUUIDFromBytes(number.getBytes()), number, status, OrderSource.POS, List.of(lines), "USD",
                total, BigDecimal.ZERO, BigDecimal.ZERO, total, payment, payment == PaymentStatus.PAID ? total : BigDecimal.ZERO,
                BigDecimal.ZERO, payment == PaymentStatus.PAID ? BigDecimal.ZERO : total, null, NOON.plusSeconds(60L * minutesAfterNoon),
                null, List.of(), List.of(), BigDecimal.ZERO);
    }

    static OrderSummary.Line line(int quantity, String name, String notes, String... modifiers) {
        return new OrderSummary.Line(UUID.randomUUID(), UUID.randomUUID(), name.toUpperCase(), name, quantity, BigDecimal.TEN,
                java.util.Arrays.stream(modifiers).map(m -> new OrderSummary.Modifier("Choice", m, BigDecimal.ZERO)).toList(),
                notes, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN, 0);
    }

    /** A request waiting for a manager, asked at noon, expiring two minutes and {@code extraMinutes} later. */
    static Approval approval(String summary, int extraMinutes) {
        return new Approval(UUID.nameUUIDFromBytes(summary.getBytes()), ApprovalKind.OTHER, ApprovalStatus.PENDING, summary, null,
                null, UUID.randomUUID(), "Sam", NOON, NOON.plusSeconds(120L + 60L * extraMinutes), null, null, null, null);
    }

    static Alert alert(String item, int available, int minutesAfterNoon) {
        return new Alert(UUID.nameUUIDFromBytes(item.getBytes()), "stock_low", Alert.Severity.WARNING,
                new Alert.Subject("item", UUID.randomUUID(), item), "alert.stock_low",
                Map.of("name", item, "available", available), NOON.plusSeconds(60L * minutesAfterNoon), null, null, null);
    }

    static Glance glance(List<OrderSummary> orders, List<Alert> alerts) {
        return new Glance(orders, alerts, NOON);
    }
}
