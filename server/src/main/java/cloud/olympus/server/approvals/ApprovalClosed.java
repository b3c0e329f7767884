package cloud.olympus.server.approvals;

import cloud.olympus.model.approvals.ApprovalStatus;
import cloud.olympus.server.shared.domain.Conflict;

/** The request was already decided, or expired: nothing more can be decided or done with it. */
public class ApprovalClosed extends Conflict {

    public ApprovalClosed(ApprovalStatus status) {
        super(switch (status) {
            case EXPIRED -> "The request expired before anyone decided it; the till must ask again";
            case APPROVED -> "The request was already approved";
            case DECLINED -> "The request was already declined";
            case PENDING -> "The request is still waiting for a manager";
        });
    }
}
