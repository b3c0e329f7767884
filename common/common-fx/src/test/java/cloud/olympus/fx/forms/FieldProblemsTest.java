package cloud.olympus.fx.forms;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.Problem;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.fx.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a refused call is split between a form's fields and the form as a whole. */
class FieldProblemsTest {

    private static final String TYPES = "https://olympus.cloud/problems/";
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @Test
    void eachNamedFieldGetsTheServersWords() {
        Problem problem = new Problem(TYPES + "validation-failed", "Validation failed", 400, "email must be an address",
                List.of(new Problem.FieldError("email", "must be a well-formed email address"),
                        new Problem.FieldError("password", "size must be between 8 and 256")), Map.of());
        FieldProblems said = FieldProblems.of(new OlympusApiException(problem, null));
        assertThat(english.text(said.of("email"))).isEqualTo("must be a well-formed email address");
        assertThat(english.text(said.of("password"))).isEqualTo("size must be between 8 and 256");
        assertThat(said.of("roles").isNone()).isTrue();
        assertThat(said.general().isNone()).isTrue();
        assertThat(english.text(said.first())).isEqualTo("must be a well-formed email address");
    }

    @Test
    void aSingleFieldIsFoundByItsLastPartAndAKnownReasonIsTranslated() {
        Problem zone = new Problem(TYPES + "validation-failed", null, 400, "settings.timezone must be a time zone",
                List.of(), Map.of("field", "settings.timezone"));
        FieldProblems said = FieldProblems.of(new OlympusApiException(zone, null));
        assertThat(english.text(said.of("timezone"))).isEqualTo("settings.timezone must be a time zone");
        assertThat(said.of("currency").isNone()).isTrue();

        Problem clash = new Problem(TYPES + "conflict", null, 409, "This person already has a shift at that time",
                List.of(), Map.of("field", "starts_at", "reason", "double_booked"));
        FieldProblems german = FieldProblems.of(new OlympusApiException(clash, null));
        assertThat(Messages.forLocale(Locale.GERMAN).text(german.of("starts_at")))
                .isEqualTo("Diese Person hat zu dieser Zeit schon eine Schicht");
    }

    @Test
    void withoutAFieldTheFormAsAWholeIsTold() {
        Problem gone = new Problem(TYPES + "not-found", null, 404, "Shift not found", List.of(), Map.of());
        FieldProblems said = FieldProblems.of(new OlympusApiException(gone, null));
        assertThat(said.fields()).isEmpty();
        assertThat(english.text(said.general())).isEqualTo("The server does not have this (any more).");
        assertThat(FieldProblems.of(new ServerUnreachableException("down", null)).general().key()).isEqualTo("problem.unreachable");
        assertThat(FieldProblems.NONE.isEmpty()).isTrue();
        assertThat(FieldProblems.field("slug", cloud.olympus.fx.i18n.Phrase.of("console.form.required")).of("slug").key())
                .isEqualTo("console.form.required");
    }
}
