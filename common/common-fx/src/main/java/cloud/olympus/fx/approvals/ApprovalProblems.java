package cloud.olympus.fx.approvals;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;

/** What went wrong with deciding or asking, said for approvals where the general words would be vague. */
final class ApprovalProblems {

    private ApprovalProblems() {
    }

    static Phrase phrase(RuntimeException failure) {
        if (failure instanceof OlympusApiException refused) {
            if (refused.status() == 409) {
                return Phrase.orElse("approvals.problem.closed", refused.problem().message());
            }
            if (refused.status() == 403) {
                return Phrase.orElse("approvals.problem.not_yours", refused.problem().message());
            }
            if (refused.status() == 404) {
                return Phrase.of("approvals.problem.gone");
            }
        }
        return Problems.phrase(failure);
    }

    static void close(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // A live connection that fails to close is gone all the same.
        }
    }
}
