package cloud.olympus.mobile;

import cloud.olympus.fx.figures.AnswerViews;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.manager.AskViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A question box, example questions, and the answer: its sentence, figures, table and the query
 * behind it (folded); then the assistant's recommendations, beside the answer on a wide tablet.
 */
final class AskView extends ScreenFrameHolder {

    private static final double SIDE_BY_SIDE = 1000;

    private final Messages messages;
    private final AnswerViews views;

    AskView(AskViewModel model, Messages messages) {
        this.messages = messages;
        this.views = new AnswerViews(messages);
        TextField question = views.question(model);
        Button ask = views.submit(model);
        FlowPane examples = views.examples(model);

        VBox answer = new VBox(10);
        answer.setId("ask-answer");
        model.figures().valueProperty().addListener((obs, old, asked) -> show(answer, asked));
        show(answer, model.figures().value());
        VBox asking = new VBox(12, new HBox(8, question, ask), new Label(messages.get("mobile.ask.examples")), examples, answer);

        VBox recommendations = new VBox(8);
        recommendations.setId("ask-recommendations");
        model.advice().valueProperty().addListener((obs, old, advice) -> showAdvice(recommendations, advice));
        showAdvice(recommendations, model.advice().value());
        Label adviceTitle = new Label(messages.get("mobile.ask.recommendations"));
        adviceTitle.getStyleClass().add("section-title");
        VBox advising = new VBox(8, adviceTitle, recommendations);

        VBox content = new VBox(12);
        content.getStyleClass().add("screen-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Runnable arrange = () -> {
            if (scroll.getWidth() >= SIDE_BY_SIDE) {
                HBox both = new HBox(16, asking, advising);
                HBox.setHgrow(asking, Priority.ALWAYS);
                advising.setPrefWidth(360);
                advising.setMinWidth(320);
                content.getChildren().setAll(both);
            } else {
                advising.setPrefWidth(Region.USE_COMPUTED_SIZE);
                advising.setMinWidth(Region.USE_COMPUTED_SIZE);
                content.getChildren().setAll(asking, advising);
            }
        };
        scroll.widthProperty().addListener((obs, old, now) -> {
            if ((old.doubleValue() >= SIDE_BY_SIDE) != (now.doubleValue() >= SIDE_BY_SIDE)) {
                arrange.run();
            }
        });
        arrange.run();
        frame("ask", model.figures(), scroll, messages);
    }

    private void show(VBox box, AskViewModel.Asked asked) {
        if (asked == null) {
            box.getChildren().clear();
            return;
        }
        box.getChildren().setAll(views.answer(asked.answer(), true));
    }

    private void showAdvice(VBox box, AskViewModel.Advice advice) {
        if (advice == null) {
            box.getChildren().clear();
            return;
        }
        if (advice.recommendations().isEmpty()) {
            box.getChildren().setAll(emptyNote(messages, "mobile.ask.no_recommendations"));
            return;
        }
        box.getChildren().setAll(advice.recommendations().stream().map(r -> views.recommendation(r, null)).toList());
    }
}
