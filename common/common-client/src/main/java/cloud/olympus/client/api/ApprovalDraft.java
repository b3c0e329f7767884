package cloud.olympus.client.api;

import cloud.olympus.model.approvals.ApprovalKind;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * What a till asks a manager to approve: a refund names its order and amount; a discount the sale's id
 * (as {@code orderId}) and the discount in all; {@code details} travel to the manager's screen as they are.
 */
public record ApprovalDraft(ApprovalKind kind, String summary, BigDecimal amount, UUID orderId, Map<String, Object> details,
                            UUID terminalId) {

    public ApprovalDraft {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
