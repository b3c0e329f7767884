package cloud.olympus.desktop.approval;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.ApprovalDraft;
import cloud.olympus.desktop.pos.Overlay;
import cloud.olympus.desktop.pos.Overlays;
import cloud.olympus.fx.approvals.ApprovalRequestViewModel;
import cloud.olympus.fx.approvals.ApprovalRequestViewModel.State;
import cloud.olympus.fx.i18n.Messages;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The till waits for a manager who is elsewhere: what was asked, the countdown, then approved (the
 * till goes on), declined with the reason, or expired. Waiting can be stopped.
 */
public final class RemoteApprovalOverlay extends Overlay {

    private final ApprovalRequestViewModel model;
    private final Timeline ticks;

    public RemoteApprovalOverlay(ApprovalRequestViewModel model, Messages messages, String what, ApprovalDraft draft,
                                 Consumer<Approval> approved, Runnable onClose) {
        super("remote-approval", messages.get("approvals.title"), onClose);
        this.model = model;
        card().getStyleClass().add("approval-card");
        Label asked = new Label(messages.get("approval.why_remote", what));
        asked.getStyleClass().add("subtitle");
        asked.setWrapText(true);
        Label status = new Label();
        status.setId("remote-approval-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.messageProperty().get()),
                model.messageProperty()));
        Label countdown = new Label();
        countdown.setId("remote-approval-countdown");
        countdown.getStyleClass().add("subtitle");
        countdown.textProperty().bind(Bindings.createStringBinding(() -> model.stateProperty().get() == State.WAITING
                ? messages.get("approvals.remaining", clock(model.remainingProperty().get())) : "",
                model.remainingProperty(), model.stateProperty()));
        Button stop = new Button(messages.get("approvals.cancel"));
        stop.setId("remote-approval-cancel");
        stop.setCancelButton(true);
        stop.textProperty().bind(Bindings.createStringBinding(() -> messages.get(model.stateProperty().get().done()
                ? "action.close" : "approvals.cancel"), model.stateProperty()));
        stop.setOnAction(e -> close());
        HBox actions = new HBox(countdown, Overlays.spacer(), stop);
        actions.getStyleClass().add("overlay-actions");
        add(asked, status, actions);
        ticks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> model.tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
        model.stateProperty().addListener((o, before, now) -> {
            if (now == State.APPROVED) {
                Approval decided = model.approvalProperty().get();
                close();
                approved.accept(decided);
            }
        });
        ticks.play();
        model.send(draft);
    }

    @Override
    public void close() {
        ticks.stop();
        model.cancel();
        model.close();
        super.close();
    }

    private static String clock(Duration left) {
        long seconds = Math.max(0, left.toSeconds());
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
