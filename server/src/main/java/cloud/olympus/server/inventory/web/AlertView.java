package cloud.olympus.server.inventory.web;

import cloud.olympus.model.alerts.Alert;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An alert on the wire, in the shape every client reads alerts in. */
record AlertView(UUID id, String kind, String severity, Alert.Subject subject, String messageKey, Map<String, Object> arguments,
                 Instant raisedAt, Instant acknowledgedAt, UUID acknowledgedBy, Instant resolvedAt) {

    static AlertView of(Alert a) {
        return new AlertView(a.id(), a.kind(), a.severity().wireName(), a.subject(), a.messageKey(), a.arguments(), a.raisedAt(),
                a.acknowledgedAt(), a.acknowledgedBy(), a.resolvedAt());
    }
}
