package cloud.olympus.desktop.approval;

import cloud.olympus.desktop.pos.Overlay;
import cloud.olympus.desktop.pos.Overlays;
import cloud.olympus.fx.i18n.Messages;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/** A manager logs in on the spot to approve what the cashier may not do alone. */
public final class ManagerApprovalOverlay extends Overlay {

    public ManagerApprovalOverlay(ManagerApprovalViewModel model, Messages messages, String what,
                                  Consumer<ManagerApprovalViewModel.Approval> approved, Runnable onClose) {
        this(model, messages, what, approved, onClose, null);
    }

    /** @param askRemotely asks a manager who is elsewhere instead (F5); null where that is not offered */
    public ManagerApprovalOverlay(ManagerApprovalViewModel model, Messages messages, String what,
                                  Consumer<ManagerApprovalViewModel.Approval> approved, Runnable onClose, Runnable askRemotely) {
        super("manager-approval", messages.get("approval.title"), onClose);
        card().getStyleClass().add("approval-card");
        Label why = new Label(messages.get("approval.why", what));
        why.getStyleClass().add("subtitle");
        why.setWrapText(true);
        TextField email = new TextField();
        email.setId("approval-email");
        email.setPromptText(messages.get("login.email"));
        email.textProperty().bindBidirectional(model.emailProperty());
        PasswordField password = new PasswordField();
        password.setId("approval-password");
        password.setPromptText(messages.get("login.password"));
        password.textProperty().bindBidirectional(model.passwordProperty());
        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.addRow(0, new Label(messages.get("login.email")), email);
        form.addRow(1, new Label(messages.get("login.password")), password);
        Label problem = new Label();
        problem.setId("approval-problem");
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.problemProperty().get()),
                model.problemProperty()));
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Button approve = new Button(messages.get("approval.approve"));
        approve.setId("approval-approve");
        approve.getStyleClass().addAll("accent", "large");
        approve.setDefaultButton(true);
        approve.disableProperty().bind(model.busyProperty());
        approve.setOnAction(e -> model.approve(approval -> {
            close();
            approved.accept(approval);
        }));
        HBox actions = new HBox(problem, Overlays.spacer(), cancel, approve);
        actions.getStyleClass().add("overlay-actions");
        add(why, form, actions);
        if (askRemotely != null) {
            Button remote = new Button(messages.get("approvals.ask_remote") + "  F5");
            remote.setId("approval-remote");
            remote.setMaxWidth(Double.MAX_VALUE);
            Runnable ask = () -> {
                close();
                askRemotely.run();
            };
            remote.setOnAction(e -> ask.run());
            addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.F5) {
                    e.consume();
                    ask.run();
                }
            });
            add(remote);
        }
    }
}
