package cloud.olympus.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ProblemTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsTheServersProblemDocuments() {
        Problem problem = Problem.parse(json, 400, """
                {"type":"https://olympus.cloud/problems/validation-failed","title":"Validation failed","status":400,
                 "detail":"email must be a well-formed email address","instance":"/api/v1/users",
                 "errors":[{"field":"email","message":"must be a well-formed email address"}],"field":"email"}
                """);
        assertThat(problem.kind()).isEqualTo("validation-failed");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.message()).isEqualTo("email must be a well-formed email address");
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("email", "must be a well-formed email address"));
        assertThat(problem.extra()).containsEntry("field", "email").doesNotContainKey("instance");
    }

    @Test
    void anythingElseBecomesAProblemAboutTheStatus() {
        for (String body : new String[]{null, "", "<html>Bad gateway</html>", "[1,2]"}) {
            Problem problem = Problem.parse(json, 502, body);
            assertThat(problem.status()).isEqualTo(502);
            assertThat(problem.message()).isEqualTo("HTTP 502");
            assertThat(problem.errors()).isEmpty();
        }
    }

    @Test
    void fallsBackToTheTitleWhenThereIsNoDetail() {
        Problem problem = Problem.parse(json, 404, "{\"type\":\"https://olympus.cloud/problems/not-found\",\"title\":\"Not found\",\"status\":404}");
        assertThat(problem.message()).isEqualTo("Not found");
        assertThat(problem.kind()).isEqualTo("not-found");
    }
}
