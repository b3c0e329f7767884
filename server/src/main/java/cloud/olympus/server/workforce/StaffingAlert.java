package cloud.olympus.server.workforce;

import cloud.olympus.model.WireNames;
import cloud.olympus.model.alerts.Alert;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An hour at a place with more orders per person on shift than the business's threshold: one that
 * happened ({@code understaffed}), or one the schedule is heading for ({@code understaffed_planned}).
 * {@code orders} is the hour's orders, or the orders expected in it; {@code staffOnShift} the people
 * clocked in, or planned.
 */
public record StaffingAlert(UUID id, Kind kind, Alert.Severity severity, UUID locationId, String locationName, ZoneId zone,
                            Instant hourStart, BigDecimal orders, int staffOnShift, BigDecimal threshold, Instant raisedAt,
                            Instant acknowledgedAt, UUID acknowledgedBy, Instant resolvedAt) {

    public enum Kind {
        UNDERSTAFFED, UNDERSTAFFED_PLANNED;

        public String wireName() {
            return WireNames.of(this);
        }

        public static Optional<Kind> fromWireName(String value) {
            return WireNames.parse(Kind.class, value);
        }
    }

    /** Which alerts a list shows. */
    public enum Status {
        OPEN, ACKNOWLEDGED, ALL;

        public String wireName() {
            return WireNames.of(this);
        }
    }

    /**
     * The rule: an hour with orders is short when nobody is on shift, or when the orders per person
     * exceed the threshold; critical with nobody on shift or at twice the threshold, a warning below.
     */
    public static Optional<Alert.Severity> severity(BigDecimal orders, int staff, BigDecimal threshold) {
        if (orders.signum() <= 0) {
            return Optional.empty();
        }
        if (staff == 0) {
            return Optional.of(Alert.Severity.CRITICAL);
        }
        BigDecimal load = orders.divide(BigDecimal.valueOf(staff), 6, java.math.RoundingMode.HALF_UP);
        if (load.compareTo(threshold) <= 0) {
            return Optional.empty();
        }
        return Optional.of(load.compareTo(threshold.multiply(BigDecimal.valueOf(2))) >= 0 ? Alert.Severity.CRITICAL : Alert.Severity.WARNING);
    }

    /** In the shape every client shows alerts in; {@code hour} is the hour's start on the place's clock. */
    public Alert toAlert() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("hour", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(hourStart.atZone(zone).toOffsetDateTime()));
        arguments.put("orders", plain(orders));
        arguments.put("staff", staffOnShift);
        arguments.put("threshold", plain(threshold));
        return new Alert(id, kind.wireName(), severity, new Alert.Subject("location", locationId, locationName),
                "alert." + kind.wireName(), arguments, raisedAt, acknowledgedAt, acknowledgedBy, resolvedAt);
    }

    /** 3.00 as 3, 2.50 as 2.5. */
    private static Number plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.longValueExact() : stripped;
    }
}
