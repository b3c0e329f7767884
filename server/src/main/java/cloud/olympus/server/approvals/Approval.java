package cloud.olympus.server.approvals;

import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A request for a manager's approval and what became of it. {@code usedAt} is set once the approved
 * action was done with it; an approval unlocks one action only.
 *
 * @param details what the till sent to explain it (lines, the discount), shown to the manager as is
 */
public record Approval(UUID id, ApprovalKind kind, ApprovalStatus status, String summary, BigDecimal amount, UUID orderId,
                       Map<String, Object> details, UUID terminalId, Person requestedBy, Instant requestedAt,
                       Instant expiresAt, Person decidedBy, Instant decidedAt, String reason, Instant usedAt) {

    /** Someone who asked or decided, by name as it was then. */
    public record Person(UUID userId, String name) {
    }

    /** Whether it may still be decided at {@code now}. */
    public boolean pendingAt(Instant now) {
        return status == ApprovalStatus.PENDING && now.isBefore(expiresAt);
    }
}
