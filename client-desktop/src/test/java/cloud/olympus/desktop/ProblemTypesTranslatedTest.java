package cloud.olympus.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.server.shared.web.ProblemType;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every kind of problem the server answers with has a sentence in every language the clients speak. */
class ProblemTypesTranslatedTest {

    @Test
    void everyProblemTypeIsTranslated() {
        for (Locale locale : Messages.SUPPORTED) {
            Messages messages = Messages.forLocale(locale);
            for (ProblemType type : ProblemType.values()) {
                String path = type.uri().getPath();
                String kind = path.substring(path.lastIndexOf('/') + 1);
                assertThat(messages.has(Problems.PREFIX + kind)).as(locale + " " + kind).isTrue();
            }
        }
    }
}
