package cloud.olympus.mobile;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.manager.ManagerAppViewModel;
import cloud.olympus.fx.manager.ManagerScreen;
import cloud.olympus.fx.shell.ClientShell;
import cloud.olympus.fx.theme.ThemeManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The signed-in app: a top bar (the screen's name, refresh, light or dark, sign out) and the
 * screens, picked from a rail at the side on a tablet or a bar at the bottom on a phone.
 */
final class ManagerShellView extends BorderPane {

    private final Map<ManagerScreen, Node> views = new EnumMap<>(ManagerScreen.class);
    private final Map<ManagerScreen, Supplier<Node>> makers = new EnumMap<>(ManagerScreen.class);
    private final ToggleGroup group = new ToggleGroup();
    private final Pane rail = new VBox();
    private final Pane bottom = new HBox();
    private final Label title = new Label();
    private final HBox actions = new HBox(8);
    private final MenuButton more = new MenuButton("⋯");

    ManagerShellView(ManagerAppViewModel.Screens screens, ManagerAppViewModel model, ClientShell shell,
                     KeyboardBarcodeSource scanner) {
        setId("manager-shell");
        getStyleClass().add("manager-shell");
        Messages messages = shell.messages();
        makers.put(ManagerScreen.ORDERS, () -> new OrdersView(screens.orders(), messages));
        makers.put(ManagerScreen.ALERTS, () -> new AlertsView(screens.alerts(), messages));
        makers.put(ManagerScreen.APPROVALS, () -> new ApprovalsView(screens.approvals(), messages));
        makers.put(ManagerScreen.COUNT, () -> new CountView(screens.count(), scanner, messages));
        makers.put(ManagerScreen.STAFF, () -> new StaffView(screens.staff(), messages));
        makers.put(ManagerScreen.TODAY, () -> new TodayView(screens.today(), messages));
        makers.put(ManagerScreen.ASK, () -> new AskView(screens.ask(), messages));

        title.setId("screen-title");
        title.getStyleClass().add("title");
        Button refresh = new Button(messages.get("mobile.refresh"));
        refresh.setId("refresh");
        refresh.setOnAction(e -> screens.refresh());
        Button theme = new Button(messages.get("mobile.theme"));
        theme.setId("theme");
        theme.setOnAction(e -> shell.theme().apply(shell.theme().mode() == ThemeManager.Mode.DARK
                ? ThemeManager.Mode.LIGHT : ThemeManager.Mode.DARK));
        Button signOut = new Button(messages.get("mobile.signout"));
        signOut.setId("sign-out");
        signOut.setOnAction(e -> model.signOut());
        // On a phone the three go under one button, so the screen's name keeps its room.
        MenuItem refreshItem = new MenuItem(refresh.getText());
        refreshItem.setOnAction(refresh.getOnAction());
        MenuItem themeItem = new MenuItem(theme.getText());
        themeItem.setOnAction(theme.getOnAction());
        MenuItem signOutItem = new MenuItem(signOut.getText());
        signOutItem.setId("sign-out-item");
        signOutItem.setOnAction(signOut.getOnAction());
        more.getItems().setAll(refreshItem, themeItem, signOutItem);
        more.setId("more");
        actions.getChildren().setAll(refresh, theme, signOut);
        for (var control : List.of(refresh, theme, signOut, more)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
                Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, title, gap, actions, more);
        top.getStyleClass().add("top-bar");
        setTop(top);

        rail.getStyleClass().add("side-rail");
        bottom.getStyleClass().add("bottom-bar");
        for (ManagerScreen screen : screens.allowed()) {
            ToggleButton tab = new ToggleButton(messages.get("mobile.screen." + screen.id()));
            tab.setId("nav-" + screen.id());
            tab.setToggleGroup(group);
            tab.setUserData(screen);
            tab.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(tab, Priority.ALWAYS);
            tab.setOnAction(e -> show(screen, messages));
            rail.getChildren().add(tab);
        }
        widthProperty().addListener((obs, old, now) -> place());
        heightProperty().addListener((obs, old, now) -> place());
        if (!screens.allowed().isEmpty()) {
            show(screens.allowed().get(0), messages);
        }
        place();
    }

    /** Shows {@code screen}, made the first time it is asked for. */
    void show(ManagerScreen screen, Messages messages) {
        group.getToggles().stream().filter(t -> t.getUserData() == screen).findFirst().ifPresent(t -> t.setSelected(true));
        title.setText(messages.get("mobile.screen." + screen.id()));
        setCenter(views.computeIfAbsent(screen, s -> makers.get(s).get()));
    }

    /** The navigation at the side on a tablet, at the bottom on a phone. */
    private void place() {
        boolean tablet = DeviceSize.tablet(this);
        // The top bar's buttons where there is room for them, under one button on a phone.
        actions.setVisible(tablet);
        actions.setManaged(tablet);
        more.setVisible(!tablet);
        more.setManaged(!tablet);
        Pane from = tablet ? bottom : rail;
        Pane to = tablet ? rail : bottom;
        if (!from.getChildren().isEmpty()) {
            to.getChildren().setAll(from.getChildren());
        }
        setLeft(tablet ? rail : null);
        setBottom(tablet ? null : bottom);
    }
}
