package cloud.olympus.server.assistant.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.model.alerts.Alert;
import cloud.olympus.server.analytics.forecast.StockOutRisk;
import cloud.olympus.server.assistant.internal.Language;
import cloud.olympus.server.assistant.internal.Phrases;
import cloud.olympus.server.customer.LapsedCustomers;
import cloud.olympus.server.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of recommendation in every language: written in that language (no key left untranslated,
 * no text left in English), its numbers written as that language writes them, its figures unchanged.
 */
class RecommendationWriterTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Currency EURO = Currency.getInstance("EUR");

    @Test
    void everyLanguageSaysEverythingEnglishSays() {
        for (Language language : Language.values()) {
            assertThat(Phrases.keys(language)).as(language.code()).isEqualTo(Phrases.keys(Language.EN));
        }
        assertThat(Phrases.keys(Language.EN)).contains("reorder.title", "add_staff.reason", "win_back.impact");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachKindIsWrittenInTheLanguageWithItsFigures(Language language) {
        Phrases say = new Phrases(language, EURO, 2);
        Map<Language, List<Recommendation>> written = new EnumMap<>(Language.class);
        for (Language each : Language.values()) {
            written.put(each, all(each));
        }
        List<Recommendation> mine = written.get(language);

        Recommendation reorder = mine.get(0);
        assertThat(reorder.reason()).contains(say.count(1234), say.number(new BigDecimal("1411.3")), say.number(new BigDecimal("25.4")),
                say.count(1203), say.count(1500), say.period(TODAY.plusDays(3), TODAY.plusDays(3), TODAY));
        assertThat(reorder.expectedImpact()).contains(say.number(new BigDecimal("177.3")), say.money(new BigDecimal("1773.00")));
        assertThat(reorder.title()).contains("House Red");
        assertThat(reorder.figures().get(0).value()).isEqualTo(1234);
        assertThat(reorder.figures().get(1).value()).isEqualTo(new BigDecimal("1411.3"));

        Recommendation addStaff = mine.get(1);
        assertThat(addStaff.title()).contains(say.count(2), "12:00", say.period(TODAY.plusDays(1), TODAY.plusDays(1), TODAY));
        assertThat(addStaff.reason()).contains(say.number(new BigDecimal("7.5")), say.count(1), say.number(new BigDecimal("2.5")),
                say.count(3));
        assertThat(addStaff.expectedImpact()).contains(say.number(new BigDecimal("5.0")));
        assertThat(addStaff.figures().get(0).value()).isEqualTo(new BigDecimal("7.5"));

        Recommendation winBack = mine.get(2);
        assertThat(winBack.title()).contains(say.count(2));
        assertThat(winBack.reason()).contains(say.count(2), say.count(LapsedCustomers.MIN_VISITS), say.count(45));
        assertThat(winBack.expectedImpact()).contains(say.money(new BigDecimal("2345.60")));
        assertThat(winBack.figures().get(1).value()).isEqualTo(new BigDecimal("2345.60"));

        for (int i = 0; i < mine.size(); i++) {
            Recommendation r = mine.get(i);
            for (String text : List.of(r.title(), r.reason(), r.expectedImpact())) {
                assertThat(text).as(language + " " + r.kind()).isNotBlank().doesNotContain("%", "reorder.", "add_staff.", "win_back.");
            }
            if (language != Language.EN) {
                Recommendation english = written.get(Language.EN).get(i);
                assertThat(r.reason()).as(language + " " + r.kind()).isNotEqualTo(english.reason());
                assertThat(r.expectedImpact()).as(language + " " + r.kind()).isNotEqualTo(english.expectedImpact());
                assertThat(r.title()).as(language + " " + r.kind()).isNotEqualTo(english.title());
            }
        }
    }

    @Test
    void oneCustomerAndOneShortHourAreSingular() {
        RecommendationWriter write = new RecommendationWriter(new Phrases(Language.EN, EURO, 2), TODAY, 2, "EUR");
        Recommendation one = write.winBack(List.of(lapsed(30)), 50);
        assertThat(one.title()).isEqualTo("Win back 1 regular customer");
        assertThat(one.reason()).startsWith("1 customer who came at least 3 times has stayed away");
        Recommendation staff = write.addStaff(TODAY, new RecommendationWriter.Peak(9, new BigDecimal("3.0"), 0, 1,
                Alert.Severity.WARNING), 1, BigDecimal.ONE);
        assertThat(staff.title()).isEqualTo("Add 1 staff today at 09:00");
        assertThat(staff.reason()).endsWith("1 hour of that day is short.");
    }

    @Test
    void theLanguageAskedForWinsThenTheAcceptedOneThenEnglish() {
        assertThat(Language.chosen("de", "fr")).isEqualTo(Language.DE);
        assertThat(Language.chosen(" ES ", null)).isEqualTo(Language.ES);
        assertThat(Language.chosen(null, "fr-CH, fr;q=0.9, en;q=0.8")).isEqualTo(Language.FR);
        assertThat(Language.chosen(null, "ja, de;q=0.5, en;q=0.7")).isEqualTo(Language.EN);
        assertThat(Language.chosen("", "ja, de;q=0.5")).isEqualTo(Language.DE);
        assertThat(Language.chosen(null, "ja, zh")).isEqualTo(Language.EN);
        assertThat(Language.chosen(null, "*")).isEqualTo(Language.EN);
        assertThat(Language.chosen(null, ";;;=")).isEqualTo(Language.EN);
        assertThat(Language.chosen(null, null)).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.chosen("it", "de")).isInstanceOf(InvalidInput.class);
    }

    /** A reorder, an add-staff and a win-back, each with numbers large enough to show the language's grouping and decimals. */
    private static List<Recommendation> all(Language language) {
        RecommendationWriter write = new RecommendationWriter(new Phrases(language, EURO, 2), TODAY, 2, "EUR");
        List<Recommendation> out = new ArrayList<>();
        out.add(write.reorder(new StockOutRisk.Risk(UUID.randomUUID(), "House Red", "HR-1", new BigDecimal("10.00"), 1234, 1500,
                new BigDecimal("1411.3"), new BigDecimal("1411.3"), new BigDecimal("25.4"), TODAY.plusDays(3), 3, 1203,
                "holt_winters_weekly"), 7, 3));
        out.add(write.addStaff(TODAY.plusDays(1), new RecommendationWriter.Peak(12, new BigDecimal("7.5"), 1, 2,
                Alert.Severity.CRITICAL), 3, new BigDecimal("2.5")));
        out.add(write.winBack(List.of(lapsed(30), lapsed(45)), 50));
        return out;
    }

    private static LapsedCustomers.Lapsed lapsed(long daysAway) {
        return new LapsedCustomers.Lapsed(UUID.randomUUID(), 4, TODAY.minusDays(daysAway), 10, daysAway, new BigDecimal("1172.80"));
    }
}
