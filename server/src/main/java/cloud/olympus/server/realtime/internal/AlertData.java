package cloud.olympus.server.realtime.internal;

import cloud.olympus.model.alerts.Alert;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An alert as live screens get it: the shape of {@code GET /api/v1/inventory/alerts}, severity by its wire name. */
record AlertData(UUID id, String kind, String severity, Alert.Subject subject, String messageKey, Map<String, Object> arguments,
                 Instant raisedAt, Instant acknowledgedAt, UUID acknowledgedBy, Instant resolvedAt) {

    static AlertData of(Alert alert) {
        return new AlertData(alert.id(), alert.kind(), alert.severity().wireName(), alert.subject(), alert.messageKey(),
                alert.arguments(), alert.raisedAt(), alert.acknowledgedAt(), alert.acknowledgedBy(), alert.resolvedAt());
    }
}
