package cloud.olympus.fx.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final java.util.regex.Pattern ARGUMENT = java.util.regex.Pattern.compile("\\{\\d");

    @Test
    void everyLanguageHasEveryText() {
        Set<String> english = new TreeSet<>(Collections.list(Messages.forLocale(Locale.ENGLISH).bundle().getKeys()));
        for (Locale locale : Messages.SUPPORTED) {
            Set<String> keys = new TreeSet<>(Collections.list(Messages.forLocale(locale).bundle().getKeys()));
            assertThat(keys).as(locale.toString()).isEqualTo(english);
        }
    }

    @Test
    void apostrophesAreDoubledExactlyWhereTheTextTakesArguments() {
        for (Locale locale : Messages.SUPPORTED) {
            ResourceBundle bundle = Messages.forLocale(locale).bundle();
            for (String key : Collections.list(bundle.getKeys())) {
                String text = bundle.getString(key);
                boolean formatted = ARGUMENT.matcher(text).find();
                String withoutPairs = text.replace("''", "");
                if (formatted) {
                    assertThat(withoutPairs).as(locale + " " + key + " is formatted: its apostrophes are doubled")
                            .doesNotContain("'");
                } else {
                    assertThat(text).as(locale + " " + key + " is shown as written: one apostrophe").doesNotContain("''");
                }
            }
        }
    }

    @Test
    void everyRoleAndPermissionHasAName() {
        for (Locale locale : Messages.SUPPORTED) {
            Messages messages = Messages.forLocale(locale);
            for (Role role : Role.values()) {
                assertThat(messages.has("role." + role.wireName())).as(locale + " " + role).isTrue();
            }
            for (Permission permission : Permission.values()) {
                assertThat(messages.has("permission." + permission.wireName())).as(locale + " " + permission).isTrue();
            }
        }
    }

    @Test
    void phrasesFallBackToTheWordsTheyCarry() {
        Messages german = Messages.forLocale(Locale.GERMAN);
        assertThat(german.text(Phrase.NONE)).isEmpty();
        assertThat(german.text(Phrase.of("input.amount.decimals", 2))).isEqualTo("Höchstens 2 Nachkommastellen.");
        assertThat(german.text(Phrase.orElse("problem.out-of-stock", "Out of stock"))).isEqualTo("Es ist nicht genug auf Lager.");
        assertThat(german.text(Phrase.orElse("problem.shelf-on-fire", "The shelf is on fire"))).isEqualTo("The shelf is on fire");
        assertThat(Messages.forLocale(Locale.FRENCH).text(Phrase.of("input.amount.too_large", new java.math.BigDecimal("1000000000"))))
                .isEqualTo("C'est plus que ce qui peut être saisi : 1\u202f000\u202f000\u202f000 au plus.");
    }

    @Test
    void theLanguageIsTheOneChosenNotTheBundlesRoot() {
        assertThat(Messages.forLocale(Locale.US).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.forLocale(Locale.forLanguageTag("de-AT")).locale()).isEqualTo(Locale.GERMAN);
        assertThat(Messages.forLocale(Locale.JAPANESE).locale()).isEqualTo(Locale.ENGLISH);
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
