package cloud.olympus.model.alerts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Something a person should see, in the one shape every module raises alerts in (stock, sales that
 * need a look, staffing) and every client shows them in: tablets and watches need not know the
 * module behind an alert to display it. The message is a key of the clients' bundles with its
 * arguments, so each person reads it in their own language.
 *
 * @param kind       what happened, e.g. {@code stock_low}
 * @param subject    what it is about
 * @param messageKey the bundle key of the sentence, e.g. {@code alert.stock_low}
 * @param arguments  the values the sentence names, by name
 */
public record Alert(UUID id, String kind, Severity severity, Subject subject, String messageKey, Map<String, Object> arguments,
                    Instant raisedAt, Instant acknowledgedAt, UUID acknowledgedBy, Instant resolvedAt) {

    public Alert {
        arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
    }

    public enum Severity {
        INFO, WARNING, CRITICAL;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What an alert is about: its type ({@code item}, {@code order}...), id and a label to show. */
    public record Subject(String type, UUID id, String label) {
    }

    /** Whether someone still has to act on it: neither acknowledged nor over. */
    public boolean open() {
        return acknowledgedAt == null && resolvedAt == null;
    }
}
