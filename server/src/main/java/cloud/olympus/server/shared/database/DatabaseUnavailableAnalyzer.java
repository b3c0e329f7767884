package cloud.olympus.server.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why the server's database is unavailable and what to do, instead of a stack trace. */
class DatabaseUnavailableAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailable cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
