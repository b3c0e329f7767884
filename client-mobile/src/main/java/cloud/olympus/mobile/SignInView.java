package cloud.olympus.mobile;

import cloud.olympus.fx.connection.ConnectionBadge;
import cloud.olympus.fx.connection.ConnectionViewModel;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.manager.ManagerSignInViewModel;
import cloud.olympus.fx.watch.PairingViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Sign-in with a password, or a code to approve on the till instead. */
final class SignInView extends VBox {

    SignInView(ManagerSignInViewModel model, Messages messages, ConnectionViewModel connection, String serverUrl) {
        setId("signin");
        getStyleClass().add("signin");
        Label title = new Label(messages.get("app.mobile.title"));
        title.setId("app-title");
        title.getStyleClass().add("title");
        Label subtitle = new Label(messages.get("app.mobile.subtitle"));
        subtitle.getStyleClass().add("subtitle");

        TextField business = field("signin-business", messages.get("mobile.signin.business"));
        business.textProperty().bindBidirectional(model.tenantProperty());
        TextField email = field("signin-email", messages.get("mobile.signin.email"));
        email.textProperty().bindBidirectional(model.emailProperty());
        PasswordField password = new PasswordField();
        password.setId("signin-password");
        password.setPromptText(messages.get("mobile.signin.password"));
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setOnAction(e -> model.signIn());
        Button submit = new Button(messages.get("mobile.signin.submit"));
        submit.setId("signin-submit");
        submit.setDefaultButton(true);
        submit.getStyleClass().add("accent");
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(model.busyProperty());
        submit.setOnAction(e -> model.signIn());
        Button pair = new Button(messages.get("mobile.signin.pair"));
        pair.setId("signin-pair");
        pair.getStyleClass().add("flat");
        pair.setOnAction(e -> model.pair());
        VBox form = new VBox(10, business, email, password, submit, pair);
        form.getStyleClass().add("signin-form");

        Label instructions = new Label(messages.get("mobile.signin.pair_instructions"));
        instructions.setWrapText(true);
        Label code = new Label();
        code.setId("pairing-code");
        code.getStyleClass().add("pairing-code");
        Button back = new Button(messages.get("mobile.signin.back"));
        back.setId("signin-back");
        back.setOnAction(e -> model.cancelPairing());
        VBox pairing = new VBox(12, instructions, code, back);
        pairing.getStyleClass().add("signin-form");
        model.pairingProperty().addListener((obs, old, now) -> {
            code.textProperty().unbind();
            if (now != null) {
                code.textProperty().bind(now.userCodeProperty());
            }
        });
        form.visibleProperty().bind(model.pairingProperty().isNull());
        form.managedProperty().bind(form.visibleProperty());
        pairing.visibleProperty().bind(model.pairingProperty().isNotNull());
        pairing.managedProperty().bind(pairing.visibleProperty());

        Label problem = new Label();
        problem.setId("signin-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            PairingViewModel p = model.pairingProperty().get();
            var said = model.problemProperty().get();
            return messages.text(said.isNone() && p != null ? p.problemProperty().get() : said);
        }, model.problemProperty(), model.pairingProperty()));
        Label server = new Label(messages.get("app.server", serverUrl));
        server.setId("server-url");
        server.getStyleClass().add("subtitle");
        getChildren().addAll(title, subtitle, new ConnectionBadge(connection, messages), server, form, pairing, problem);
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }
}
