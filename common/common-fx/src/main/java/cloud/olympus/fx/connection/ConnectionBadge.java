package cloud.olympus.fx.connection;

import cloud.olympus.fx.i18n.Messages;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A small label that says whether the server answers, for every client's status bar. */
public final class ConnectionBadge extends Label {

    public ConnectionBadge(ConnectionViewModel model, Messages messages) {
        getStyleClass().add("connection-badge");
        setId("connection-badge");
        render(model.state(), messages);
        model.stateProperty().addListener((obs, old, state) -> render(state, messages));
    }

    private void render(ConnectionState state, Messages messages) {
        getStyleClass().removeAll("online", "offline", "checking");
        getStyleClass().add(state.name().toLowerCase(java.util.Locale.ROOT));
        setText(messages.get("connection." + state.name().toLowerCase(java.util.Locale.ROOT)));
        setGraphic(new FontIcon(switch (state) {
            case ONLINE -> Feather.WIFI;
            case OFFLINE -> Feather.WIFI_OFF;
            case CHECKING -> Feather.LOADER;
        }));
    }
}
