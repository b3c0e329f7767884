package cloud.olympus.desktop.console;

import cloud.olympus.client.api.Session;
import cloud.olympus.fx.connection.ConnectionBadge;
import cloud.olympus.fx.connection.ConnectionState;
import cloud.olympus.fx.connection.ConnectionViewModel;
import cloud.olympus.fx.figures.PlacePicker;
import cloud.olympus.fx.i18n.Messages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The console: a header (the business, the location shown, light or dark, who is signed in, the
 * way to the till and out), the navigation rail down the left with the screens the person may open,
 * and the open screen. Ctrl+1 to Ctrl+9 open the rail's screens, the arrow keys move along it,
 * Ctrl+T goes to the till. A line under the header says when the server cannot be reached.
 */
public final class ConsoleView extends BorderPane {

    /** Goes to the till (the sale in hand waits there). */
    public static final KeyCombination TO_TILL = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);

    /** What the header's buttons do beyond the console itself. */
    public record Actions(Runnable toggleTheme, Runnable toTill, Runnable logout) {
    }

    private final ConsoleViewModel model;
    private final Messages messages;
    private final ListView<ConsoleScreen> rail = new ListView<>();
    private final StackPane content = new StackPane();

    public ConsoleView(ConsoleViewModel model, String businessName, Session session, ConnectionViewModel connection, Messages messages,
                       Actions actions) {
        this.model = model;
        this.messages = messages;
        setId("console");
        getStyleClass().add("console");
        setTop(new VBox(header(businessName, session, connection, actions), offlineLine(connection)));
        setLeft(rail());
        content.setId("console-content");
        content.getStyleClass().add("console-content");
        setCenter(content);
        model.openProperty().addListener((obs, old, now) -> show(now));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> shortcut(e, actions));
        show(model.openProperty().get());
    }

    private HBox header(String businessName, Session session, ConnectionViewModel connection, Actions actions) {
        Label brand = new Label(businessName);
        brand.setId("console-brand");
        brand.getStyleClass().add("brand");
        PlacePicker place = new PlacePicker(model.scope().places(), model.scope().placeProperty(), messages);
        place.setId("console-place");
        place.setTooltip(new Tooltip(messages.get("console.place")));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        String roles = String.join(", ", session.roles().stream().map(r -> messages.get("role." + r.wireName())).toList());
        Label who = new Label(session.name().map(n -> n + " · " + roles).orElse(roles));
        who.setId("console-who");
        who.getStyleClass().add("subtitle");
        Button theme = button("console-theme", messages.get("pos.theme"), actions.toggleTheme());
        Button till = button("console-till", messages.get("console.to_till"), actions.toTill());
        till.getStyleClass().add("accent");
        till.setTooltip(new Tooltip(messages.get("console.to_till_hint")));
        Button out = button("console-logout", messages.get("pos.logout"), actions.logout());
        HBox bar = new HBox(10, brand, place, gap, new ConnectionBadge(connection, messages), who, theme, till, out);
        bar.getStyleClass().addAll("top-bar", "console-header");
        return bar;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Said while the server does not answer: what is shown may be old, and changes cannot be made. */
    private Label offlineLine(ConnectionViewModel connection) {
        Label line = new Label(messages.get("console.offline"));
        line.setId("console-offline");
        line.getStyleClass().add("console-offline");
        line.setMaxWidth(Double.MAX_VALUE);
        line.setWrapText(true);
        line.visibleProperty().bind(Bindings.createBooleanBinding(() -> connection.state() == ConnectionState.OFFLINE,
                connection.stateProperty()));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private ListView<ConsoleScreen> rail() {
        rail.setId("console-nav");
        rail.getStyleClass().add("console-nav");
        rail.getItems().setAll(model.screens());
        rail.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ConsoleScreen screen, boolean empty) {
                super.updateItem(screen, empty);
                if (empty || screen == null) {
                    setText(null);
                    setId(null);
                    return;
                }
                int index = getIndex();
                setText(messages.get("console.screen." + screen.id()));
                setId("nav-" + screen.id());
                setTooltip(index < 9 ? new Tooltip(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(index + 1)),
                        KeyCombination.SHORTCUT_DOWN).getDisplayText()) : null);
            }
        });
        rail.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> model.open(now.intValue()));
        return rail;
    }

    private void show(ConsoleScreen screen) {
        if (screen == null) {
            Label none = new Label(messages.get("console.nothing"));
            none.getStyleClass().add("empty-note");
            content.getChildren().setAll(none);
            return;
        }
        int index = model.screens().indexOf(screen);
        if (rail.getSelectionModel().getSelectedIndex() != index) {
            rail.getSelectionModel().select(index);
        }
        content.getChildren().setAll(screen.view());
    }

    private void shortcut(KeyEvent e, Actions actions) {
        if (TO_TILL.match(e)) {
            e.consume();
            actions.toTill().run();
            return;
        }
        if (e.isShortcutDown() && e.getCode().isDigitKey()) {
            String digit = e.getCode().getChar();
            if (digit.length() == 1 && Character.isDigit(digit.charAt(0)) && digit.charAt(0) != '0') {
                e.consume();
                model.open(digit.charAt(0) - '1');
            }
        }
    }

    /** Puts the keyboard in the navigation, so the arrow keys move along the screens. */
    public void focusNavigation() {
        Platform.runLater(rail::requestFocus);
    }
}
