package cloud.olympus.server.assistant.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.assistant.Answer;
import cloud.olympus.server.assistant.Assistant;
import cloud.olympus.server.assistant.Question;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/assistant")
@Tag(name = "Assistant", description = "Questions about the business, answered from its own data")
public class AssistantController {

    private final Assistant assistant;

    AssistantController(Assistant assistant) {
        this.assistant = assistant;
    }

    @Requires(Permission.REPORTS_VIEW)
    @PostMapping("/ask")
    @ProblemResponses(ProblemType.NOT_FOUND)
    @Operation(summary = "Ask a question about the business",
            description = "A question in English, Spanish, French or German (at most " + Assistant.MOST_CHARACTERS
                    + " characters; language, when given, wins over the one detected) about sales, best sellers, categories, "
                    + "payments, stock, customers or staff. The answer is computed from the business's data, or from "
                    + "location_id, one of its locations; figures, table and query say exactly what it was computed from. A "
                    + "question the assistant does not understand, or that is about something else, is answered with "
                    + "understood false and example questions.")
    Answer ask(@RequestBody AskRequest body) {
        return assistant.ask(new Question(body.question(), body.language(), body.locationId()));
    }

    /** A question, optionally in a named language and about one of the business's locations. */
    public record AskRequest(String question, String language, UUID locationId) {
    }
}
