package cloud.olympus.desktop.console.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.manager.Answer;
import cloud.olympus.client.manager.Place;
import cloud.olympus.client.manager.Recommendation;
import cloud.olympus.desktop.console.ConsoleScope;
import cloud.olympus.desktop.console.ScreenSwitch;
import cloud.olympus.fx.manager.AskViewModel;
import cloud.olympus.fx.manager.FigureStore;
import cloud.olympus.fx.manager.ScreenFigures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The assistant's conversation and its recommendations for the location the header picks. */
class AssistantViewModelTest {

    private static final Executor NOW = Runnable::run;
    private final List<String> asked = new ArrayList<>();
    private final ConsoleScope scope = new ConsoleScope();

    private AssistantViewModel model() {
        return model(NOW);
    }

    private AssistantViewModel model(Executor background) {
        AskViewModel.Source server = new AskViewModel.Source() {
            @Override
            public Answer ask(String question, String language, UUID locationId) {
                asked.add(question);
                return new Answer(true, language, "sales", Map.of(), question + "?", List.of(new Answer.Figure("revenue", 1200, "EUR")),
                        null, Map.of("metric", "revenue"), List.of());
            }

            @Override
            public List<Recommendation> recommendations(UUID locationId) {
                asked.add("recommendations");
                return List.of();
            }
        };
        FigureStore nowhere = new FigureStore(null, new OlympusClient("http://localhost:9").json(), Clock.systemUTC());
        AskViewModel ask = new AskViewModel(server, new ScreenFigures<>("ask", AskViewModel.Asked.class, nowhere, background, NOW),
                new ScreenFigures<>("advice", AskViewModel.Advice.class, nowhere, background, NOW), background, NOW, "en",
                List.of("Sales today"));
        return new AssistantViewModel(ask, scope);
    }

    @Test
    void eachQuestionAndItsAnswerJoinTheConversationTheOldestGoingPastTheLimit() {
        AssistantViewModel model = model();

        model.ask().ask("Sales today");
        model.ask().questionProperty().set("  ");
        model.ask().ask();
        assertThat(model.conversation()).extracting(AskViewModel.Asked::question).containsExactly("Sales today");
        assertThat(model.conversation().get(0).answer().figures()).isNotEmpty();

        for (int i = 0; i < AssistantViewModel.KEPT + 3; i++) {
            model.ask().ask("Question " + i);
        }
        assertThat(model.conversation()).hasSize(AssistantViewModel.KEPT);
        assertThat(model.conversation().get(AssistantViewModel.KEPT - 1).question()).isEqualTo("Question " + (AssistantViewModel.KEPT + 2));
    }

    @Test
    void aQuestionStoppedWhileItIsAnsweredLeavesTheConversationAsItWas() {
        List<Runnable> waiting = new ArrayList<>();
        AssistantViewModel model = model(waiting::add);

        model.ask().ask("Sales today");
        assertThat(model.ask().figures().loadingProperty().get()).isTrue();
        model.ask().figures().cancel();
        assertThat(model.ask().figures().loadingProperty().get()).isFalse();
        drain(waiting);

        assertThat(asked).containsExactly("Sales today");
        assertThat(model.conversation()).isEmpty();
        assertThat(model.ask().figures().loadingProperty().get()).isFalse();

        waiting.clear();
        model.ask().ask("Top products");
        drain(waiting);
        assertThat(model.conversation()).extracting(AskViewModel.Asked::question).containsExactly("Top products");
    }

    @Test
    void theRecommendationsAreReadWhenShownAndAgainForAnotherLocation() {
        AssistantViewModel model = model();

        model.shown(true);
        assertThat(asked).containsExactly("help", "recommendations");
        model.shown(false);
        scope.placeProperty().set(new Place(UUID.randomUUID(), "harbour", "Harbour"));

        assertThat(asked).containsExactly("help", "recommendations", "recommendations", "recommendations");
    }

    @Test
    void aSuggestedShiftOpensTheStaffScreensFormAndCustomersToContactTheCustomersScreen() {
        List<String> opened = new ArrayList<>();
        ScreenSwitch screens = new ScreenSwitch();
        screens.openWith(id -> opened.add(id));
        AssistantViewModel model = new AssistantViewModel(model().ask(), scope, screens, true, true);
        LocalDate friday = LocalDate.of(2026, 12, 4);
        Recommendation staff = recommendation(new Recommendation.Action("add_shift", null, 2, friday, 19, null));
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        Recommendation winBack = recommendation(new Recommendation.Action("contact_customers", null, null, null, null, ids));
        Recommendation reorder = recommendation(new Recommendation.Action("reorder", UUID.randomUUID(), 12, null, null, null));

        assertThat(model.offersShift(staff)).isTrue();
        assertThat(model.offersShift(reorder)).isFalse();
        assertThat(model.offersCustomers(winBack)).isTrue();
        assertThat(model.offersCustomers(staff)).isFalse();
        assertThat(model.showCustomers(staff)).isFalse();
        assertThat(opened).isEmpty();

        assertThat(model.addShift(staff)).isTrue();
        assertThat(opened).containsExactly("staff");
        assertThat(screens.take("staff", ScreenSwitch.ShiftToPlan.class)).contains(new ScreenSwitch.ShiftToPlan(friday, 19, 2));
        assertThat(screens.take("staff", ScreenSwitch.ShiftToPlan.class)).as("taken once").isEmpty();

        assertThat(model.showCustomers(winBack)).isTrue();
        assertThat(opened).containsExactly("staff", "customers");
        assertThat(screens.take("customers", ScreenSwitch.CustomersToShow.class)).map(ScreenSwitch.CustomersToShow::ids).contains(ids);

        AssistantViewModel mayNot = new AssistantViewModel(model().ask(), scope, screens, false, false);
        assertThat(mayNot.offersShift(staff)).isFalse();
        assertThat(mayNot.offersCustomers(winBack)).isFalse();
        assertThat(mayNot.addShift(staff)).isFalse();

        ScreenSwitch refusing = new ScreenSwitch();
        refusing.openWith(id -> false);
        assertThat(new AssistantViewModel(model().ask(), scope, refusing, true, true).addShift(staff)).isFalse();
        assertThat(refusing.take("staff", ScreenSwitch.ShiftToPlan.class)).as("nothing waits for a screen not opened").isEmpty();
    }

    private static Recommendation recommendation(Recommendation.Action action) {
        return new Recommendation(action.type(), "high", "Title", "Reason", "Impact", List.of(), action);
    }

    /** Runs what waits, and what that work hands on in its turn. */
    private static void drain(List<Runnable> waiting) {
        for (int i = 0; i < 100 && !waiting.isEmpty(); i++) {
            waiting.remove(0).run();
        }
        assertThat(waiting).as("work that keeps handing on work").isEmpty();
    }
}
