package cloud.olympus.model.approvals;

import cloud.olympus.model.WireNames;
import java.util.Optional;

/** Where a request for a manager's approval stands: pending until decided, or until it expires. */
public enum ApprovalStatus {
    PENDING, APPROVED, DECLINED, EXPIRED;

    /** Whether nothing can change it any more. */
    public boolean closed() {
        return this != PENDING;
    }

    public String wireName() {
        return WireNames.of(this);
    }

    public static Optional<ApprovalStatus> fromWireName(String value) {
        return WireNames.parse(ApprovalStatus.class, value);
    }
}
