package cloud.olympus.fx.i18n;

import cloud.olympus.client.NotLoggedInException;
import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.Problem;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.SessionEndedException;

/**
 * What went wrong with a call to the server, in the person's language. The server's problems are
 * translated by their stable type ({@code out-of-stock} reads {@code problem.out-of-stock}); a type
 * the clients have no text for shows the server's own words.
 */
public final class Problems {

    /** Texts are under this prefix and the problem type's last segment. */
    public static final String PREFIX = "problem.";

    private Problems() {
    }

    /** A problem the server answered. */
    public static Phrase phrase(Problem problem) {
        return Phrase.orElse(PREFIX + problem.kind(), problem.message());
    }

    /** Whatever a call to the server ended in: its problem, no answer, a session that ended, or anything else. */
    public static Phrase phrase(RuntimeException failure) {
        if (failure instanceof OlympusApiException refused) {
            return phrase(refused.problem());
        }
        if (failure instanceof ServerUnreachableException) {
            return Phrase.of(PREFIX + "unreachable");
        }
        if (failure instanceof SessionEndedException) {
            return Phrase.of(PREFIX + "session-ended");
        }
        if (failure instanceof NotLoggedInException) {
            return Phrase.of(PREFIX + "not-logged-in");
        }
        String said = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return Phrase.of(PREFIX + "unexpected", said);
    }
}
