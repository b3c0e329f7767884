package cloud.olympus.server.approvals;

import cloud.olympus.server.shared.domain.NotFound;

/** No such request for approval, as far as the caller can see. */
public class ApprovalNotFound extends NotFound {

    public ApprovalNotFound() {
        super("Approval");
    }
}
