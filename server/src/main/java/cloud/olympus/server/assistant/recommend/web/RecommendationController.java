package cloud.olympus.server.assistant.recommend.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.assistant.internal.Language;
import cloud.olympus.server.assistant.recommend.Recommendation;
import cloud.olympus.server.assistant.recommend.Recommendations;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.shared.web.QueryIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/assistant")
@Tag(name = "Assistant", description = "Recommendations computed from the business's data")
public class RecommendationController {

    private final Recommendations recommendations;

    RecommendationController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Requires(Permission.REPORTS_VIEW)
    @GetMapping("/recommendations")
    @ProblemResponses(ProblemType.NOT_FOUND)
    @Operation(summary = "What to do next: reorder, add staff, win customers back",
            description = "reorder: items forecast to run out within 7 days, with a quantity covering the week and a safety "
                    + "stock; add_staff: hours of the coming week whose forecast orders exceed what the planned staff take at the "
                    + "business's orders_per_staff_hour; win_back: regular customers away more than twice their usual interval. "
                    + "Each with its figures and reason. location_id: the business itself (default) or one of its locations. "
                    + "language (en, es, fr, de; default: the first of them Accept-Language accepts, else en): the language of "
                    + "title, reason and expected_impact, their numbers written as it writes them; figures are unchanged.")
    List<Recommendation> recommendations(@RequestParam(name = "location_id", required = false) String locationId,
                                         @RequestParam(required = false) String language,
                                         @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language chosen = Language.chosen(language, acceptLanguage);
        return recommendations.forPlace(QueryIds.optional(locationId, "location_id"), chosen);
    }
}
