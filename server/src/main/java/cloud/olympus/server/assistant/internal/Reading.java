package cloud.olympus.server.assistant.internal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a question was read as: its language and, when understood, the intent with what it names.
 * The days are those the question named, or null for the intent's usual period.
 */
public record Reading(Language language, Optional<Intent> intent, Decline decline, LocalDate from, LocalDate to,
                      Integer limit, Vocabulary.Name product, String category, Vocabulary.Name location) {

    /** Why a question was not answered. */
    public enum Decline { NONE, EMPTY, NOT_UNDERSTOOD, AMBIGUOUS, REFUSED }

    static Reading declined(Language language, Decline why) {
        return new Reading(language, Optional.empty(), why, null, null, null, null, null, null);
    }

    public boolean understood() {
        return intent.isPresent();
    }
}
