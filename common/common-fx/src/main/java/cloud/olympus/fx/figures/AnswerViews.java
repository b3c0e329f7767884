package cloud.olympus.fx.figures;

import cloud.olympus.client.manager.Answer;
import cloud.olympus.client.manager.Recommendation;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.manager.AskViewModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * How the assistant's words are shown, the same on the tablet and the console: an answer (its
 * sentence, figures, table and the query behind it, folded) and a recommendation (its priority, why,
 * what it is expected to bring and its figures).
 */
public final class AnswerViews {

    private static final double ROW_HEIGHT = 34;

    private final Messages messages;

    public AnswerViews(Messages messages) {
        this.messages = messages;
    }

    /** The question box ({@code #ask-question}): Enter asks. */
    public TextField question(AskViewModel ask) {
        TextField question = new TextField();
        question.setId("ask-question");
        question.setPromptText(messages.get("mobile.ask.placeholder"));
        question.textProperty().bindBidirectional(ask.questionProperty());
        question.setOnAction(e -> ask.ask());
        HBox.setHgrow(question, Priority.ALWAYS);
        return question;
    }

    /** The button that asks ({@code #ask-submit}). */
    public Button submit(AskViewModel ask) {
        Button submit = new Button(messages.get("mobile.ask.submit"));
        submit.setId("ask-submit");
        submit.getStyleClass().add("accent");
        submit.setMinWidth(Region.USE_PREF_SIZE);
        submit.setOnAction(e -> ask.ask());
        return submit;
    }

    /** The example questions ({@code #ask-examples}), each asked as it is when picked; kept up with the assistant's own. */
    public FlowPane examples(AskViewModel ask) {
        FlowPane examples = new FlowPane(8, 8);
        examples.setId("ask-examples");
        Runnable redraw = () -> examples.getChildren().setAll(ask.examples().stream().map(text -> {
            Button example = new Button(text);
            example.getStyleClass().addAll("flat", "ask-example");
            example.setOnAction(e -> ask.ask(text));
            return example;
        }).toList());
        ask.examples().addListener((ListChangeListener<String>) c -> redraw.run());
        redraw.run();
        return examples;
    }

    /**
     * An answer's parts, top to bottom. With {@code ids}, they get the ids tests and shortcuts find
     * ({@code #ask-text}, {@code #ask-figures}, {@code #ask-table}, {@code #ask-query}): give them to one answer on screen only.
     */
    public List<Node> answer(Answer a, boolean ids) {
        List<Node> parts = new ArrayList<>();
        Label said = new Label(a.answer());
        said.setWrapText(true);
        said.getStyleClass().add("answer-text");
        parts.add(said);
        FlowPane figures = new FlowPane(12, 12);
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
            parts.add(figures);
        }
        TableView<List<Object>> table = null;
        if (a.table() != null && !a.table().columns().isEmpty() && !a.table().rows().isEmpty()) {
            table = table(a.table());
            parts.add(table);
        }
        TitledPane behind = null;
        String query = AskViewModel.queryText(a.query());
        if (!query.isEmpty()) {
            Label text = new Label(query);
            text.getStyleClass().add("query-text");
            text.setWrapText(true);
            behind = new TitledPane(messages.get("mobile.ask.query"), text);
            behind.getStyleClass().add("query-pane");
            behind.setExpanded(false);
            parts.add(behind);
        }
        if (ids) {
            said.setId("ask-text");
            figures.setId("ask-figures");
            if (table != null) {
                table.setId("ask-table");
            }
            if (behind != null) {
                behind.setId("ask-query");
            }
        }
        return parts;
    }

    private static TableView<List<Object>> table(Answer.Table t) {
        TableView<List<Object>> table = new TableView<>(FXCollections.observableArrayList(t.rows()));
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

    /** A recommendation's card, with {@code extra} (what can be done about it) at its foot when not null. */
    public VBox recommendation(Recommendation r, Node extra) {
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
        if (extra != null) {
            card.getChildren().add(extra);
        }
        card.getStyleClass().addAll("card", "recommendation");
        return card;
    }

    /** A figure's value with its unit: an amount in its currency, else the number and the unit's word. */
    public String figure(Answer.Figure f) {
        if (f.unit() != null && f.unit().matches("[A-Z]{3}") && f.value() instanceof Number n) {
            return MoneyFormat.of(messages, f.unit()).format(new BigDecimal(n.toString()));
        }
        return f.value() + (f.unit() == null || f.unit().isBlank() ? "" : " " + f.unit());
    }
}
