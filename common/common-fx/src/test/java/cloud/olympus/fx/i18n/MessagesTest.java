package cloud.olympus.fx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyLanguageHasEveryText() {
        Set<String> english = new TreeSet<>(Collections.list(Messages.forLocale(Locale.ENGLISH).bundle().getKeys()));
        for (Locale locale : Messages.SUPPORTED) {
            Set<String> keys = new TreeSet<>(Collections.list(Messages.forLocale(locale).bundle().getKeys()));
            assertThat(keys).as(locale.toString()).isEqualTo(english);
        }
    }

    @Test
    void speaksTheUsersLanguageAndFallsBackToEnglish() {
        assertThat(Messages.forLocale(Locale.GERMANY).get("connection.offline")).isEqualTo("Offline");
        assertThat(Messages.forLocale(Locale.forLanguageTag("es-MX")).get("connection.online")).isEqualTo("En línea");
        assertThat(Messages.forLocale(Locale.JAPANESE).get("connection.online")).isEqualTo("Online");
        assertThat(Messages.forLocale(Locale.FRANCE).get("app.server", "http://till:8080")).isEqualTo("Serveur : http://till:8080");
        assertThat(Messages.forLocale(Locale.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
