package cloud.olympus.fx.manager;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.manager.Answer;
import cloud.olympus.client.manager.Recommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Asking in plain words: the answer with its figures and query, the assistant's examples, and its recommendations. */
class AskViewModelTest {

    private final List<String> asked = new ArrayList<>();
    private Answer next = Fixtures.read("answer-top-products.json", Answer.class);
    private final AskViewModel model = new AskViewModel(new AskViewModel.Source() {
        @Override
        public Answer ask(String question, String language, UUID locationId) {
            asked.add(language + ":" + question);
            if (question.equals(AskViewModel.HELP)) {
                return Fixtures.read("answer-not-understood.json", Answer.class);
            }
            return next;
        }

        @Override
        public List<Recommendation> recommendations(UUID locationId) {
            return Fixtures.list("recommendations.json", Recommendation.class);
        }
    }, Fixtures.figures(AskViewModel.Asked.class), Fixtures.figures(AskViewModel.Advice.class), Runnable::run, Runnable::run, "es",
            List.of("¿Cuánto vendimos ayer?"));

    @Test
    void theAssistantsOwnExamplesReplaceTheAppsAndItsRecommendationsAreRead() {
        assertThat(model.examples()).containsExactly("¿Cuánto vendimos ayer?");

        model.start();

        assertThat(asked).containsExactly("es:help");
        assertThat(model.examples()).containsExactly("How much did we sell yesterday?", "Top 5 products this month");
        List<Recommendation> advice = model.advice().value().recommendations();
        assertThat(advice).extracting(Recommendation::priority).containsExactly("high", "medium");
        assertThat(advice.get(0).expectedImpact()).startsWith("7.3 units");
        assertThat(advice.get(0).action().quantity()).isEqualTo(12);
        assertThat(advice.get(1).action().hour()).isEqualTo(19);
        assertThat(advice.get(0).figures()).extracting(Answer.Figure::unit).containsExactly("units", "USD");
    }

    @Test
    void aQuestionIsAnsweredWithItsFiguresTableAndTheQueryBehindIt() {
        model.questionProperty().set("  Los productos más vendidos  ");
        model.ask();

        assertThat(asked).containsExactly("es:Los productos más vendidos");
        Answer answer = model.figures().value().answer();
        assertThat(answer.figures()).singleElement().satisfies(f -> assertThat(f.label()).isEqualTo("Croissant"));
        assertThat(answer.table().rows()).hasSize(1);
        // The item's id is for machines: name, quantity and revenue are shown.
        assertThat(AskViewModel.shownColumns(answer.table())).containsExactly(1, 2, 3);
        assertThat(AskViewModel.queryText(answer.query())).isEqualTo("""
                metric: quantity
                dimensions: product
                filters: location_id=5b0c6c1e-3f1c-4d59-9a55-6d1f5e1e2a11
                from: 2026-11-21
                to: 2026-11-27
                source: orders""");
    }

    @Test
    void fractionsInTheTableReadWithTwoDecimals() {
        assertThat(AskViewModel.cell(95.2)).isEqualTo("95.20");
        assertThat(AskViewModel.cell(12.345)).isEqualTo("12.345");
        assertThat(AskViewModel.cell(42)).isEqualTo("42");
        assertThat(AskViewModel.cell(new java.math.BigDecimal("5.00"))).isEqualTo("5.00");
        assertThat(AskViewModel.cell(null)).isEmpty();
        assertThat(AskViewModel.cell("Croissant")).isEqualTo("Croissant");
    }

    @Test
    void aBlankQuestionIsNotAskedAndOneNotUnderstoodOffersTheAssistantsSuggestions() {
        model.questionProperty().set("   ");
        model.ask();
        assertThat(asked).isEmpty();

        next = Fixtures.read("answer-not-understood.json", Answer.class);
        model.ask("¿Qué tiempo hace?");

        assertThat(model.questionProperty().get()).isEqualTo("¿Qué tiempo hace?");
        assertThat(model.examples()).containsExactly("How much did we sell yesterday?", "Top 5 products this month");
        assertThat(AskViewModel.queryText(model.figures().value().answer().query())).isEmpty();
    }
}
