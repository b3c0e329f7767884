package cloud.olympus.watch;

import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.timeclock.ClockTexts;
import cloud.olympus.fx.watch.GlanceCard;
import cloud.olympus.fx.watch.GlanceTexts;
import java.time.ZoneId;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What one card shows, in huge type: the counts, the time clock, a ticket's lines, an order's
 * number, an alert's sentence, what a till asks a manager to approve and who asks.
 */
final class CardView extends VBox {

    CardView(GlanceCard card, Messages messages) {
        getStyleClass().addAll("card", "card-" + card.kind().name().toLowerCase(Locale.ROOT));
        switch (card.kind()) {
            case HOME -> home(card, messages);
            case TICKET -> order(card, messages.get("watch.ticket.title", GlanceTexts.shortNumber(card.order())), messages);
            case READY -> {
                order(card, messages.get("watch.ready.title", GlanceTexts.shortNumber(card.order())), messages);
                if (card.action() == GlanceCard.Action.NONE) {
                    getChildren().add(label("card-unpaid", "card-problem", messages.get("watch.ready.unpaid")));
                }
            }
            case ALERT -> alert(card, messages);
            case CLOCK -> clock(card, messages);
            case APPROVAL -> approval(card, messages);
        }
    }

    private void approval(GlanceCard card, Messages messages) {
        getChildren().add(label("card-title", "card-title", messages.get("watch.approval.title")));
        getChildren().add(label("approval-summary", "alert-text", card.approval().summary()));
        getChildren().add(label("approval-asked-by", "card-detail", messages.get("approvals.requested_by",
                card.approval().requesterName())));
    }

    private void clock(GlanceCard card, Messages messages) {
        getStyleClass().add("clock-" + card.clock().state().name().toLowerCase(Locale.ROOT));
        getChildren().add(label("card-title", "card-title", messages.get("clock.title")));
        getChildren().add(label("clock-state", "clock-state", messages.text(ClockTexts.status(card.clock(), ZoneId.systemDefault()))));
        String worked = messages.text(ClockTexts.worked(card.clock()));
        if (!worked.isEmpty()) {
            getChildren().add(label("clock-worked", "card-detail", worked));
        }
    }

    private void home(GlanceCard card, Messages messages) {
        GlanceCard.Counts counts = card.counts();
        getChildren().add(label(null, "card-title", messages.get("watch.home.title")));
        Label total = label("home-count", "home-count", Integer.toString(counts.total()));
        getChildren().add(total);
        if (counts.total() == 0) {
            getChildren().add(label(null, "card-detail", messages.get("watch.home.all_clear")));
            return;
        }
        if (counts.tickets() > 0) {
            getChildren().add(label("home-tickets", "card-detail", messages.get("watch.home.tickets", counts.tickets())));
        }
        if (counts.ready() > 0) {
            getChildren().add(label("home-ready", "card-detail", messages.get("watch.home.ready", counts.ready())));
        }
        if (counts.alerts() > 0) {
            getChildren().add(label("home-alerts", "card-detail", messages.get("watch.home.alerts", counts.alerts())));
        }
    }

    private void order(GlanceCard card, String title, Messages messages) {
        getChildren().add(label("card-title", "card-title", title));
        for (OrderSummary.Line line : card.order().items()) {
            getChildren().add(label(null, "ticket-line", GlanceTexts.line(line)));
            String modifiers = GlanceTexts.modifiers(line);
            if (!modifiers.isEmpty()) {
                getChildren().add(label(null, "ticket-modifiers", modifiers));
            }
            if (line.notes() != null && !line.notes().isBlank()) {
                getChildren().add(label(null, "ticket-modifiers", messages.get("watch.line.note", line.notes())));
            }
        }
    }

    private void alert(GlanceCard card, Messages messages) {
        getStyleClass().add("severity-" + card.alert().severity().wireName());
        getChildren().add(label("card-title", "card-title", messages.get("watch.alert.title")));
        getChildren().add(label("alert-text", "alert-text", messages.text(GlanceTexts.alert(card.alert()))));
    }

    private static Label label(String id, String styleClass, String text) {
        Label label = new Label(text);
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    /** A card's node, for a view that swaps them. */
    static Node of(GlanceCard card, Messages messages) {
        return new CardView(card, messages);
    }
}
