package cloud.olympus.server.approvals;

import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A request was approved or declined by {@code decidedBy} (on the terminal {@code deviceId}, null off a
 * registered one), or expired undecided ({@code decidedBy} null), {@code at}.
 */
public record ApprovalDecided(UUID tenantId, UUID approvalId, ApprovalKind kind, ApprovalStatus status, UUID requestedBy,
                              UUID decidedBy, String reason, UUID deviceId, Instant at) {
}
