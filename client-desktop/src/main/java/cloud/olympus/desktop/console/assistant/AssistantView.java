package cloud.olympus.desktop.console.assistant;

import cloud.olympus.client.manager.Recommendation;
import cloud.olympus.fx.figures.AnswerViews;
import cloud.olympus.fx.figures.FiguresFrame;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.manager.AskViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The assistant: the conversation on the left (each question, then its answer with figures, table
 * and the query behind it), example questions and the question box under it; the recommendations
 * on the right, a reorder with the button that books its delivery, a shift to add with the button that
 * opens its form on the staff screen, customers to contact with the one that shows them.
 */
final class AssistantView extends HBox {

    private final AssistantViewModel model;
    private final Messages messages;
    private final AnswerViews views;
    private final Function<Recommendation, DeliveryViewModel> deliveries;
    private final VBox conversation = new VBox(14);
    private final ScrollPane conversationScroll = new ScrollPane(conversation);

    /** @param deliveries the booking of a reorder's delivery; null when the person may not book stock */
    AssistantView(AssistantViewModel model, Messages messages, Function<Recommendation, DeliveryViewModel> deliveries) {
        this.model = model;
        this.messages = messages;
        this.views = new AnswerViews(messages);
        this.deliveries = deliveries;
        setId("console-assistant");
        getStyleClass().addAll("console-screen", "assistant");
        AskViewModel ask = model.ask();

        conversation.setId("assistant-conversation");
        conversation.getStyleClass().add("screen-content");
        conversationScroll.setFitToWidth(true);
        VBox.setVgrow(conversationScroll, Priority.ALWAYS);
        model.conversation().addListener((ListChangeListener<AskViewModel.Asked>) c -> showConversation());
        showConversation();

        TextField question = views.question(ask);
        Button send = views.submit(ask);
        send.disableProperty().bind(ask.figures().loadingProperty());
        ProgressIndicator thinking = new ProgressIndicator();
        thinking.setId("ask-busy");
        thinking.setPrefSize(24, 24);
        thinking.visibleProperty().bind(ask.figures().loadingProperty());
        thinking.managedProperty().bind(thinking.visibleProperty());
        Button stop = new Button(messages.get("console.assistant.stop"));
        stop.setId("ask-cancel");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.setOnAction(e -> ask.figures().cancel());
        stop.visibleProperty().bind(ask.figures().loadingProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        FlowPane examples = views.examples(ask);
        HBox asking = new HBox(8, question, thinking, stop, send);
        VBox chat = new VBox(10, new FiguresFrame("assistant", ask.figures(), conversationScroll, messages),
                new Label(messages.get("mobile.ask.examples")), examples, asking);
        chat.getStyleClass().add("assistant-chat");
        HBox.setHgrow(chat, Priority.ALWAYS);
        VBox.setVgrow(chat.getChildren().get(0), Priority.ALWAYS);

        VBox recommendations = new VBox(10);
        recommendations.setId("ask-recommendations");
        ask.advice().valueProperty().addListener((obs, old, advice) -> showAdvice(recommendations, advice));
        showAdvice(recommendations, ask.advice().value());
        Label title = new Label(messages.get("mobile.ask.recommendations"));
        title.getStyleClass().add("section-title");
        Button again = new Button(messages.get("console.assistant.refresh"));
        again.setId("recommendations-refresh");
        again.setOnAction(e -> ask.refresh());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ScrollPane adviceScroll = new ScrollPane(recommendations);
        adviceScroll.setFitToWidth(true);
        VBox.setVgrow(adviceScroll, Priority.ALWAYS);
        VBox advising = new VBox(10, new HBox(8, title, gap, again),
                new FiguresFrame("recommendations", ask.advice(), adviceScroll, messages));
        VBox.setVgrow(advising.getChildren().get(1), Priority.ALWAYS);
        advising.setPrefWidth(440);
        advising.setMinWidth(360);
        advising.getStyleClass().add("assistant-advice");
        setSpacing(16);
        getChildren().setAll(chat, advising);
        Platform.runLater(question::requestFocus);
    }

    private void showConversation() {
        List<Node> parts = new ArrayList<>();
        List<AskViewModel.Asked> all = model.conversation();
        if (all.isEmpty()) {
            Label none = new Label(messages.get("console.assistant.start"));
            none.getStyleClass().add("empty-note");
            none.setWrapText(true);
            parts.add(none);
        }
        for (int i = 0; i < all.size(); i++) {
            AskViewModel.Asked asked = all.get(i);
            Label question = new Label(asked.question());
            question.getStyleClass().add("asked-question");
            question.setWrapText(true);
            VBox answer = new VBox(8);
            answer.getStyleClass().addAll("card", "assistant-answer");
            answer.getChildren().setAll(views.answer(asked.answer(), i == all.size() - 1));
            parts.add(new VBox(6, question, answer));
        }
        conversation.getChildren().setAll(parts);
        // The newest answer in view, once laid out.
        Platform.runLater(() -> conversationScroll.setVvalue(1.0));
    }

    private void showAdvice(VBox box, AskViewModel.Advice advice) {
        if (advice == null) {
            box.getChildren().clear();
            return;
        }
        if (advice.recommendations().isEmpty()) {
            Label none = new Label(messages.get("mobile.ask.no_recommendations"));
            none.getStyleClass().add("empty-note");
            box.getChildren().setAll(none);
            return;
        }
        box.getChildren().setAll(advice.recommendations().stream().map(r -> views.recommendation(r, action(r))).toList());
    }

    /** What can be done about {@code r} from here: book a reorder's delivery; for the others, what is suggested. */
    private Node action(Recommendation r) {
        if (DeliveryViewModel.offeredFor(r) && deliveries != null) {
            Button open = new Button(messages.get("console.assistant.delivery.open", r.action().quantity()));
            open.setId("deliver-" + r.action().itemId());
            open.getStyleClass().add("deliver-button");
            VBox holder = new VBox(6, open);
            open.setOnAction(e -> holder.getChildren().setAll(delivery(deliveries.apply(r), holder, open)));
            return holder;
        }
        Recommendation.Action a = r.action();
        if (a == null || a.type() == null) {
            return null;
        }
        Node suggestion = suggestion(a);
        Button act = null;
        if (model.offersShift(r)) {
            act = new Button(messages.get("console.assistant.action.add_shift"));
            act.setId("add-shift-" + a.date());
            act.setOnAction(e -> model.addShift(r));
        } else if (model.offersCustomers(r)) {
            act = new Button(messages.get("console.assistant.action.show_customers"));
            act.setId("show-customers-" + a.customerIds().size());
            act.setOnAction(e -> model.showCustomers(r));
        }
        if (act == null) {
            return suggestion;
        }
        act.getStyleClass().add("accent");
        VBox both = new VBox(6);
        if (suggestion != null) {
            both.getChildren().add(suggestion);
        }
        both.getChildren().add(act);
        return both;
    }

    /** What {@code a} suggests, in words; null when it says nothing to show. */
    private Node suggestion(Recommendation.Action a) {
        Label suggested = switch (a.type()) {
            case "add_shift" -> a.date() == null ? null : new Label(messages.get("console.assistant.suggest.add_shift",
                    a.quantity() == null ? 1 : a.quantity(), a.date().toString(), String.format("%02d:00", a.hour() == null ? 0 : a.hour())));
            case "contact_customers" -> a.customerIds() == null ? null
                    : new Label(messages.get("console.assistant.suggest.contact", a.customerIds().size()));
            case "reorder" -> a.quantity() == null ? null : new Label(messages.get("console.assistant.suggest.reorder", a.quantity()));
            default -> null;
        };
        if (suggested != null) {
            suggested.getStyleClass().add("recommendation-suggestion");
            suggested.setWrapText(true);
        }
        return suggested;
    }

    /** The delivery's form inside the recommendation's card: quantity, note, book or cancel; then what was booked. */
    private Node delivery(DeliveryViewModel delivery, VBox holder, Button open) {
        TextField quantity = new TextField();
        quantity.setId("delivery-quantity");
        quantity.setPrefColumnCount(6);
        quantity.textProperty().bindBidirectional(delivery.quantityProperty());
        TextField note = new TextField();
        note.setId("delivery-note");
        note.textProperty().bindBidirectional(delivery.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Label quantityLabel = new Label(messages.get("console.assistant.delivery.quantity"));
        quantityLabel.setLabelFor(quantity);
        Label noteLabel = new Label(messages.get("console.assistant.delivery.note"));
        noteLabel.setLabelFor(note);
        Label quantityProblem = problem("delivery-quantity-problem", delivery.quantityProblemProperty());
        Label problem = problem("delivery-problem", delivery.problemProperty());
        Button book = new Button(messages.get("console.assistant.delivery.book"));
        book.setId("delivery-book");
        book.getStyleClass().add("accent");
        book.disableProperty().bind(delivery.busyProperty());
        book.setOnAction(e -> delivery.receive());
        quantity.setOnAction(e -> delivery.receive());
        Button cancel = new Button(messages.get("console.assistant.delivery.cancel"));
        cancel.setId("delivery-cancel");
        cancel.disableProperty().bind(delivery.busyProperty());
        cancel.setOnAction(e -> holder.getChildren().setAll(open));
        VBox form = new VBox(6, new HBox(8, quantityLabel, quantity, noteLabel, note), quantityProblem,
                new HBox(8, book, cancel), problem);
        form.setId("delivery-form");
        form.getStyleClass().add("delivery-form");
        delivery.bookedProperty().addListener((obs, old, item) -> {
            if (item != null) {
                Label done = new Label(messages.get("console.assistant.delivery.done", item.name(), item.currentStock()));
                done.setId("delivery-done");
                done.getStyleClass().add("recommendation-impact");
                done.setWrapText(true);
                holder.getChildren().setAll(done);
            }
        });
        Platform.runLater(quantity::requestFocus);
        return form;
    }

    private Label problem(String id, ReadOnlyObjectProperty<Phrase> said) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add("problem");
        line.setWrapText(true);
        line.textProperty().bind(Bindings.createStringBinding(() -> messages.text(said.get()), said));
        line.visibleProperty().bind(line.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }
}
