package cloud.olympus.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The API document describes the errors too: every operation declares its problem+json answers,
 * with their status codes and problem types, and the permission it needs.
 */
class ApiDocumentTests extends ApiTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyOperationDeclaresItsProblemsAndWhoMayCallIt() throws java.io.IOException {
        String text = http().get("/v3/api-docs").body();
        // Kept for linters: npx @redocly/cli lint server/target/api-docs.json
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "api-docs.json"), text);
        JsonNode document = cloud.olympus.server.support.Http.JSON.readTree(text);
        assertThat(document.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title", "status",
                "detail", "instance", "field");
        List<String> seen = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (var path : document.get("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                String route = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                List<String> problems = new ArrayList<>();
                for (var response : operation.get("responses").properties()) {
                    int status = Integer.parseInt(response.getKey());
                    if (status < 400) {
                        continue;
                    }
                    problems.add(response.getKey());
                    softly.assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asString(""))
                            .as(route + " " + status + " is a problem document").isEqualTo("#/components/schemas/Problem");
                    softly.assertThat(response.getValue().get("x-problem-types").valueStream().map(JsonNode::asString).toList())
                            .as(route + " " + status + " names its problem types").isNotEmpty()
                            .allMatch(t -> t.startsWith("https://olympus.cloud/problems/"));
                }
                softly.assertThat(problems).as(route + " declares its errors").isNotEmpty();
                boolean open = path.getKey().startsWith("/api/v1/auth/");
                boolean operator = path.getKey().startsWith("/api/v1/admin/");
                if (!open) {
                    softly.assertThat(problems).as(route + " needs a token").contains("401");
                }
                if (!open && !operator) {
                    boolean anyUser = operation.path("x-any-user").asBoolean(false);
                    softly.assertThat(anyUser || operation.has("x-permission")).as(route + " names its permission").isTrue();
                    if (operation.has("x-permission")) {
                        softly.assertThat(Permission.fromWireName(operation.get("x-permission").asString()))
                                .as(route + " permission").isPresent();
                        softly.assertThat(problems).as(route + " refuses those without it").contains("403");
                    }
                }
                if (path.getKey().contains("{")) {
                    softly.assertThat(problems).as(route + " may find nothing").contains("404");
                }
                seen.add(route);
            }
        }
        softly.assertThat(seen).as("operations").hasSizeGreaterThan(35);
        softly.assertAll();
    }
}
