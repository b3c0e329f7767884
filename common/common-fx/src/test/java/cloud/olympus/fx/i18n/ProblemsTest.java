package cloud.olympus.fx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.Problem;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.SessionEndedException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's problems in the person's language, by their type; the server's words where there is no text. */
class ProblemsTest {

    private final Messages spanish = Messages.forLocale(Locale.forLanguageTag("es"));

    @Test
    void aKnownTypeIsTranslated() {
        Problem stock = problem("out-of-stock", "Only 2 of Espresso left");
        assertThat(spanish.text(Problems.phrase(stock))).isEqualTo("No hay suficiente en stock.");
        assertThat(spanish.text(Problems.phrase(new OlympusApiException(problem("rate-limited", "Too many requests"), null))))
                .isEqualTo("Demasiados intentos. Espera un momento y vuelve a intentarlo.");
    }

    @Test
    void anUnknownTypeShowsTheServersWords() {
        assertThat(spanish.text(Problems.phrase(problem("shelf-on-fire", "The shelf is on fire")))).isEqualTo("The shelf is on fire");
    }

    @Test
    void failuresOtherThanProblemsAreSaidToo() {
        assertThat(spanish.text(Problems.phrase(new ServerUnreachableException("no answer", null))))
                .isEqualTo("El servidor no responde. Comprueba la red y vuelve a intentarlo.");
        assertThat(spanish.text(Problems.phrase(new SessionEndedException()))).startsWith("El servidor terminó esta sesión");
        assertThat(spanish.text(Problems.phrase(new IllegalStateException("disk full")))).isEqualTo("Algo salió mal: disk full");
    }

    private static Problem problem(String kind, String detail) {
        return new Problem("https://olympus.cloud/problems/" + kind, "Title", 409, detail, List.of(), Map.of());
    }
}
