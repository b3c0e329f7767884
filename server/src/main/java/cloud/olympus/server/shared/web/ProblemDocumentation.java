package cloud.olympus.server.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Problem answers in the API document, for the customizers of every module. */
public final class ProblemDocumentation {

    /** The media type of every error answer. */
    public static final String PROBLEM_JSON = "application/problem+json";
    /** The name of the problem document's schema among the document's components. */
    public static final String SCHEMA = "Problem";

    private ProblemDocumentation() {
    }

    /** Adds problem answers to an operation, merged by status with any it already declares. */
    public static void add(Operation operation, Set<ProblemType> types) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        Map<Integer, List<ProblemType>> byStatus = types.stream().collect(Collectors.groupingBy(t -> t.status().value(),
                TreeMap::new, Collectors.toList()));
        for (var entry : byStatus.entrySet()) {
            String code = String.valueOf(entry.getKey());
            ApiResponse response = operation.getResponses().get(code);
            List<String> uris = new ArrayList<>();
            if (response != null && response.getExtensions() != null
                    && response.getExtensions().get("x-problem-types") instanceof List<?> existing) {
                existing.forEach(u -> uris.add(u.toString()));
            }
            entry.getValue().forEach(t -> {
                if (!uris.contains(t.uri().toString())) {
                    uris.add(t.uri().toString());
                }
            });
            String description = uris.stream().map(u -> "`" + u + "`").collect(Collectors.joining(", "));
            ApiResponse merged = new ApiResponse()
                    .description(entry.getValue().get(0).title() + ": " + description)
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
            merged.addExtension("x-problem-types", uris);
            operation.getResponses().addApiResponse(code, merged);
        }
    }

}
