package cloud.olympus.server.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forgetting cached answers when the data behind them changes: at once, and again when the
 * transaction that changed it commits, so that a reader who cached the old state in between does
 * not keep it.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void forget(Runnable invalidation) {
        invalidation.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidation.run();
                }
            });
        }
    }
}
