package cloud.olympus.server.inventory;

import cloud.olympus.model.WireNames;
import cloud.olympus.model.alerts.Alert;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An item ran low or out: raised once when availability crosses its minimum or zero, over by itself
 * when stock comes back, acknowledged by a person. {@code suggestedReorder} brings the item back to
 * its maximum where it has one.
 */
public record StockAlert(UUID id, Kind kind, UUID itemId, String sku, String name, int available, int minStock,
                         Integer suggestedReorder, Instant raisedAt, Instant acknowledgedAt, UUID acknowledgedBy,
                         Instant resolvedAt) {

    public enum Kind {
        STOCK_LOW(Alert.Severity.WARNING), STOCK_DEPLETED(Alert.Severity.CRITICAL);

        private final Alert.Severity severity;

        Kind(Alert.Severity severity) {
            this.severity = severity;
        }

        public Alert.Severity severity() {
            return severity;
        }

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

    /** In the shape every client shows alerts in. */
    public Alert toAlert() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("name", name);
        arguments.put("sku", sku);
        arguments.put("available", available);
        arguments.put("min_stock", minStock);
        if (suggestedReorder != null) {
            arguments.put("suggested_reorder", suggestedReorder);
        }
        return new Alert(id, kind.wireName(), kind.severity(), new Alert.Subject("item", itemId, name), "alert." + kind.wireName(),
                arguments, raisedAt, acknowledgedAt, acknowledgedBy, resolvedAt);
    }
}
