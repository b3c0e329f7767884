package cloud.olympus.desktop.login;

import cloud.olympus.fx.connection.ConnectionBadge;
import cloud.olympus.fx.connection.ConnectionViewModel;
import cloud.olympus.fx.i18n.Messages;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The till's login: business, email, password; the business is remembered after the first time. */
public final class LoginView extends StackPane {

    public LoginView(LoginViewModel model, ConnectionViewModel connection, Messages messages, String serverUrl,
                     Consumer<LoginViewModel.LoggedIn> done) {
        setId("login");
        getStyleClass().add("login");
        Label title = new Label(messages.get("app.desktop.title"));
        title.getStyleClass().add("title");
        Label subtitle = new Label(messages.get("login.subtitle"));
        subtitle.getStyleClass().add("subtitle");

        TextField tenant = new TextField();
        tenant.setId("login-tenant");
        tenant.textProperty().bindBidirectional(model.tenantProperty());
        tenant.setPromptText(messages.get("login.tenant_hint"));
        TextField email = new TextField();
        email.setId("login-email");
        email.textProperty().bindBidirectional(model.emailProperty());
        email.setPromptText(messages.get("login.email_hint"));
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.addRow(0, new Label(messages.get("login.tenant")), tenant);
        form.addRow(1, new Label(messages.get("login.email")), email);
        form.addRow(2, new Label(messages.get("login.password")), password);

        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.errorProperty().get()),
                model.errorProperty()));

        Button submit = new Button(messages.get("login.submit"));
        submit.setId("login-submit");
        submit.getStyleClass().addAll("accent", "large");
        submit.setDefaultButton(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(model.busyProperty());
        submit.setOnAction(e -> model.login(done));
        ProgressIndicator progress = new ProgressIndicator();
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        progress.setMaxSize(28, 28);
        Label server = new Label(messages.get("app.server", serverUrl));
        server.getStyleClass().add("subtitle");

        VBox card = new VBox(title, subtitle, form, error, submit, progress, server, new ConnectionBadge(connection, messages));
        card.getStyleClass().add("login-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        Platform.runLater(() -> (model.tenantProperty().get().isEmpty() ? tenant
                : model.emailProperty().get().isEmpty() ? email : password).requestFocus());
    }
}
