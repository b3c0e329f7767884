package cloud.olympus.mobile;

import cloud.olympus.client.manager.Answer;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.manager.AskViewModel;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
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
import javafx.scene.layout.VBox;

/** A question box, example questions, and the answer: its sentence, figures, table and the query behind it. */
final class AskView extends ScreenFrameHolder {

    AskView(AskViewModel model, Messages messages) {
        TextField question = new TextField();
        question.setId("ask-question");
        question.setPromptText(messages.get("mobile.ask.placeholder"));
        question.textProperty().bindBidirectional(model.questionProperty());
        question.setOnAction(e -> model.ask());
        HBox.setHgrow(question, Priority.ALWAYS);
        Button ask = new Button(messages.get("mobile.ask.submit"));
        ask.setId("ask-submit");
        ask.getStyleClass().add("accent");
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
        model.figures().valueProperty().addListener((obs, old, asked) -> show(answer, asked, messages));
        show(answer, model.figures().value(), messages);
        VBox content = new VBox(12, new HBox(8, question, ask), new Label(messages.get("mobile.ask.examples")), examples, answer);
        content.getStyleClass().add("screen-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        frame("ask", model.figures(), scroll, messages);
    }

    private static void show(VBox box, AskViewModel.Asked asked, Messages messages) {
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
        a.figures().forEach(f -> {
            Label value = new Label(f.value() + (f.unit() == null ? "" : " " + f.unit()));
            value.getStyleClass().add("kpi-value");
            VBox tile = new VBox(new Label(f.label()), value);
            tile.getStyleClass().addAll("card", "figure-tile");
            figures.getChildren().add(tile);
        });
        box.getChildren().add(figures);
        if (a.table() != null && !a.table().columns().isEmpty()) {
            TableView<List<Object>> table = new TableView<>(FXCollections.observableArrayList(a.table().rows()));
            table.setId("ask-table");
            for (int i = 0; i < a.table().columns().size(); i++) {
                int column = i;
                TableColumn<List<Object>, String> c = new TableColumn<>(a.table().columns().get(i));
                c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(column < row.getValue().size()
                        ? String.valueOf(row.getValue().get(column)) : ""));
                table.getColumns().add(c);
            }
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.setPrefHeight(60 + 30.0 * Math.min(8, a.table().rows().size()));
            box.getChildren().add(table);
        }
        String query = AskViewModel.queryText(a.query());
        if (!query.isEmpty()) {
            Label text = new Label(query);
            text.getStyleClass().add("query-text");
            TitledPane behind = new TitledPane(messages.get("mobile.ask.query"), text);
            behind.setId("ask-query");
            behind.setExpanded(false);
            box.getChildren().add(behind);
        }
    }
}
