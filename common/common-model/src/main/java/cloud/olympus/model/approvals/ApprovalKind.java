package cloud.olympus.model.approvals;

import cloud.olympus.model.WireNames;
import java.util.Optional;

/** What a till asks a manager to approve. */
public enum ApprovalKind {
    /** Giving money back on an order: {@code order_refund}'s to do. */
    REFUND,
    /** A discount that is a manager's to give: {@code discount_apply}'s to do. */
    DISCOUNT,
    /** Anything else a manager should say yes to; the summary says what. */
    OTHER;

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<ApprovalKind> fromWireName(String value) {
        return WireNames.parse(ApprovalKind.class, value);
    }
}
