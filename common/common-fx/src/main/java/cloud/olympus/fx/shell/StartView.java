package cloud.olympus.fx.shell;

import cloud.olympus.fx.connection.ConnectionBadge;
import cloud.olympus.fx.connection.ConnectionViewModel;
import cloud.olympus.fx.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The first thing a client shows: what it is, which server it talks to, and whether it answers. */
public final class StartView extends VBox {

    public StartView(String titleKey, String subtitleKey, String serverUrl, ConnectionViewModel connection, Messages messages) {
        getStyleClass().add("start-screen");
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("title");
        title.setId("app-title");
        Label subtitle = new Label(messages.get(subtitleKey));
        subtitle.getStyleClass().add("subtitle");
        Label server = new Label(messages.get("app.server", serverUrl));
        server.getStyleClass().add("subtitle");
        server.setId("server-url");
        getChildren().addAll(title, subtitle, server, new ConnectionBadge(connection, messages));
    }
}
