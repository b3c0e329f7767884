package cloud.olympus.mobile;

import cloud.olympus.client.api.Approval;
import cloud.olympus.fx.approvals.ApprovalsViewModel;
import cloud.olympus.fx.i18n.Messages;
import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The requests waiting for a manager, live, those expiring first first: what is asked, by whom,
 * how long it still waits, and Approve or Decline with a reason.
 */
final class ApprovalsView extends ScreenFrameHolder {

    private final ApprovalsViewModel model;
    private final Messages messages;
    ApprovalsView(ApprovalsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        Label problem = problemLine("approvals-problem", model.problemProperty(), messages);
        VBox list = new VBox(10);
        list.setId("approvals-list");
        Runnable redraw = () -> {
            if (model.pending().isEmpty()) {
                Label none = emptyNote(messages, "approvals.none");
                none.setId("approvals-none");
                list.getChildren().setAll(none);
            } else {
                list.getChildren().setAll(model.pending().stream().map(this::row).toList());
            }
        };
        model.pending().addListener((ListChangeListener<Approval>) c -> redraw.run());
        redraw.run();
        VBox content = new VBox(12, problem, list);
        content.getStyleClass().add("screen-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        frame("approvals", null, scroll, messages);
        // The countdowns move on while the screen is shown.
        Timeline ticks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> model.tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticks.stop();
            } else {
                model.tick();
                ticks.play();
            }
        });
    }

    private Node row(Approval a) {
        Label kind = new Label(messages.get("mobile.approvals.kind." + a.kind().wireName()));
        kind.getStyleClass().addAll("priority", "medium");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label(a.summary());
        summary.getStyleClass().addAll("section-title", "approval-summary");
        summary.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label left = new Label();
        left.getStyleClass().add("approval-remaining");
        left.setMinWidth(Region.USE_PREF_SIZE);
        left.textProperty().bind(Bindings.createStringBinding(() -> messages.get("approvals.remaining",
                clock(model.remaining(a))), model.nowProperty()));
        HBox head = new HBox(8, kind, summary, gap, left);
        Label asked = new Label(messages.get("approvals.requested_by", a.requesterName())
                + (a.amount() == null ? "" : " · " + a.amount().toPlainString()));
        asked.getStyleClass().add("approval-asked-by");
        TextField reason = new TextField();
        reason.setPromptText(messages.get("approvals.reason"));
        reason.getStyleClass().add("approval-reason");
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.setMinWidth(90);
        Button approve = new Button(messages.get("approvals.approve"));
        approve.getStyleClass().addAll("success", "approve");
        approve.setOnAction(e -> model.approve(a.id(), reason.getText()));
        Button decline = new Button(messages.get("approvals.decline"));
        decline.getStyleClass().addAll("danger", "decline");
        decline.setOnAction(e -> model.decline(a.id(), reason.getText()));
        for (Button b : new Button[] {approve, decline}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.disableProperty().bind(model.busyProperty());
        }
        HBox decide = new HBox(8, reason, approve, decline);
        VBox card = new VBox(8, head, asked, decide);
        card.getStyleClass().addAll("card", "approval-row");
        card.setUserData(a.id());
        return card;
    }

    private static String clock(Duration left) {
        long seconds = Math.max(0, left.toSeconds());
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
