package cloud.olympus.server.approvals;

import cloud.olympus.model.approvals.ApprovalKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A till asked for a manager's approval: by {@code requestedBy} on the terminal {@code deviceId}, {@code at}. */
public record ApprovalRequested(UUID tenantId, UUID approvalId, ApprovalKind kind, String summary, BigDecimal amount,
                                UUID orderId, UUID requestedBy, UUID deviceId, Instant at) {
}
