package cloud.olympus.client.api;

import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A request for a manager's approval, as the server shows it (REST and live events alike): what is
 * asked, by whom, until when, and what became of it.
 *
 * @param status {@code null} for a status this client does not know (from a newer server)
 */
public record Approval(UUID id, ApprovalKind kind, ApprovalStatus status, String summary, BigDecimal amount, UUID orderId,
                       UUID requestedBy, String requesterName, Instant requestedAt, Instant expiresAt, UUID decidedBy,
                       String deciderName, Instant decidedAt, String reason) {

    /** Reads the server's approval. */
    public static Approval from(JsonNode a) {
        JsonNode decided = a.path("decided_by");
        return new Approval(UUID.fromString(a.get("id").asString()),
                ApprovalKind.fromWireName(a.path("kind").asString("other")).orElse(ApprovalKind.OTHER),
                ApprovalStatus.fromWireName(a.path("status").asString("")).orElse(null), a.path("summary").asString(""),
                a.path("amount").isNumber() ? a.get("amount").decimalValue() : null, uuid(a.path("order_id")),
                uuid(a.path("requested_by").path("user_id")), a.path("requested_by").path("name").asString(""),
                instant(a.path("requested_at")), instant(a.path("expires_at")), uuid(decided.path("user_id")),
                decided.path("name").asString(null), instant(a.path("decided_at")), a.path("reason").asString(null));
    }

    /** Whether a manager may still decide it at {@code now}. */
    public boolean pendingAt(Instant now) {
        return status == ApprovalStatus.PENDING && expiresAt != null && now.isBefore(expiresAt);
    }

    /** How long it still waits at {@code now}; zero once its time is up. */
    public Duration remainingAt(Instant now) {
        if (expiresAt == null || !now.isBefore(expiresAt)) {
            return Duration.ZERO;
        }
        return Duration.between(now, expiresAt);
    }

    private static UUID uuid(JsonNode node) {
        return node.isString() ? UUID.fromString(node.asString()) : null;
    }

    private static Instant instant(JsonNode node) {
        return node.isString() ? Instant.parse(node.asString()) : null;
    }
}
