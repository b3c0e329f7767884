package cloud.olympus.mobile;

import cloud.olympus.client.manager.Answer;
import cloud.olympus.client.manager.Recommendation;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.manager.AskViewModel;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
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
    private static final double ROW_HEIGHT = 34;

    private final Messages messages;

    AskView(AskViewModel model, Messages messages) {
        this.messages = messages;
        TextField question = new TextField();
        question.setId("ask-question");
        question.setPromptText(messages.get("mobile.ask.placeholder"));
        question.textProperty().bindBidirectional(model.questionProperty());
        question.setOnAction(e -> model.ask());
        HBox.setHgrow(question, Priority.ALWAYS);
        Button ask = new Button(messages.get("mobile.ask.submit"));
        ask.setId("ask-submit");
        ask.getStyleClass().add("accent");
        ask.setMinWidth(Region.USE_PREF_SIZE);
        ask.setOnAction(e -> model.ask());
        FlowPane examples = new FlowPane(8, 8);
        examples.setId("ask-examples");
        Runnable redraw = () -> examples.getChildren().setAll(model.examples().stream().map(text -> {
            Button example = new Button(text);
            example.getStyleClass().addAll("flat", "ask-example");
            example.setOnAction(e -> model.ask(text));
            return example;
        }).toList());
        model.examples().addListener((ListChangeListener<String>) c -> redraw.run());
        redraw.run();

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
        Answer a = asked.answer();
        Label said = new Label(a.answer());
        said.setId("ask-text");
        said.setWrapText(true);
        said.getStyleClass().add("answer-text");
        box.getChildren().setAll(said);
        FlowPane figures = new FlowPane(12, 12);
        figures.setId("ask-figures");
        a.figures().forEach(f -> {
            Label value = new Label(figure(f));
            value.getStyleClass().add("kpi-value");
            Label label = new Label(f.label());
            label.setWrapText(true);
            VBox tile = new VBox(label, value);
            tile.getStyleClass().addAll("card", "figure-tile");
            figures.getChildren().add(tile);
        });
        if (!a.figures().isEmpty()) {
            box.getChildren().add(figures);
        }
        if (a.table() != null && !a.table().columns().isEmpty() && !a.table().rows().isEmpty()) {
            box.getChildren().add(table(a.table()));
        }
        String query = AskViewModel.queryText(a.query());
        if (!query.isEmpty()) {
            Label text = new Label(query);
            text.getStyleClass().add("query-text");
            text.setWrapText(true);
            TitledPane behind = new TitledPane(messages.get("mobile.ask.query"), text);
            behind.setId("ask-query");
            behind.getStyleClass().add("query-pane");
            behind.setExpanded(false);
            box.getChildren().add(behind);
        }
    }

    private static TableView<List<Object>> table(Answer.Table t) {
        TableView<List<Object>> table = new TableView<>(FXCollections.observableArrayList(t.rows()));
        table.setId("ask-table");
        for (int column : AskViewModel.shownColumns(t)) {
            TableColumn<List<Object>, String> c = new TableColumn<>(t.columns().get(column));
            c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(column < row.getValue().size()
                    ? AskViewModel.cell(row.getValue().get(column)) : ""));
            table.getColumns().add(c);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        // Up to eight rows without scrolling; the header is about a row and a quarter.
        table.setPrefHeight(ROW_HEIGHT * (Math.min(8, t.rows().size()) + 1.3));
        return table;
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
        box.getChildren().setAll(advice.recommendations().stream().map(this::recommendation).toList());
    }

    private Node recommendation(Recommendation r) {
        Label priority = new Label(messages.get("mobile.ask.priority." + r.priority()));
        priority.getStyleClass().addAll("priority", r.priority());
        priority.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(r.title());
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Label reason = new Label(r.reason());
        reason.getStyleClass().add("recommendation-reason");
        reason.setWrapText(true);
        Label impact = new Label(messages.get("mobile.ask.impact", r.expectedImpact()));
        impact.getStyleClass().add("recommendation-impact");
        impact.setWrapText(true);
        Label figures = new Label(String.join(" · ", r.figures().stream().map(f -> f.label() + " " + figure(f)).toList()));
        figures.getStyleClass().add("recommendation-figures");
        figures.setWrapText(true);
        VBox card = new VBox(4, new HBox(8, priority, title), reason, impact, figures);
        card.getStyleClass().addAll("card", "recommendation");
        return card;
    }

    /** A figure's value with its unit: an amount in its currency, else the number and the unit's word. */
    private String figure(Answer.Figure f) {
        if (f.unit() != null && f.unit().matches("[A-Z]{3}") && f.value() instanceof Number n) {
            return MoneyFormat.of(messages, f.unit()).format(new BigDecimal(n.toString()));
        }
        return f.value() + (f.unit() == null || f.unit().isBlank() ? "" : " " + f.unit());
    }
}
