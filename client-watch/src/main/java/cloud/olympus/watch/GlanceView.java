package cloud.olympus.watch;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.watch.GlanceCard;
import cloud.olympus.fx.watch.WatchViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The cards, one per screen: what the card shows, its action as a button across the face (the
 * clock card has a second, below it), and where it stands among the cards. Move between cards by swiping (or dragging), with the arrow
 * keys, Page Up and Down, or the crown (a scroll); Enter or Space does the card's action, Home
 * goes back to the counts. Offline, a line at the top says since when the cards are known.
 */
final class GlanceView extends VBox {

    /** How far a drag must go, in pixels, to count as a swipe. */
    private static final double SWIPE = 60;
    /** How far a finger scrolls on a touch screen to move one card. */
    private static final double SCROLL_STEP = 40;

    private final WatchViewModel model;
    private double pressedX = Double.NaN;
    private double scrolled;

    GlanceView(WatchViewModel model, Messages messages) {
        this.model = model;
        setId("glances");
        getStyleClass().add("glances");
        setFocusTraversable(true);

        Label offline = new Label();
        offline.setId("watch-offline");
        offline.getStyleClass().add("offline-banner");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", messages.locale()).withZone(ZoneId.systemDefault());
        offline.textProperty().bind(Bindings.createStringBinding(() -> model.asOfProperty().get() == null
                        ? messages.get("watch.offline.never") : messages.get("watch.offline", time.format(model.asOfProperty().get())),
                model.asOfProperty()));
        offline.visibleProperty().bind(model.offlineProperty());
        offline.managedProperty().bind(offline.visibleProperty());

        ScrollPane card = new ScrollPane();
        card.setId("card");
        card.getStyleClass().add("card-scroll");
        card.setFitToWidth(true);
        card.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        card.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(card, Priority.ALWAYS);
        card.contentProperty().bind(Bindings.createObjectBinding(() -> CardView.of(model.currentProperty().get(), messages),
                model.currentProperty()));

        Label problem = new Label();
        problem.setId("card-problem");
        problem.getStyleClass().add("card-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.problemProperty().get()),
                model.problemProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button action = actionButton("card-action", GlanceCard::action, model::act, messages);
        Button secondary = actionButton("card-action-secondary", GlanceCard::secondary, model::actSecondary, messages);
        secondary.getStyleClass().add("card-action-secondary");

        Label position = new Label();
        position.setId("card-position");
        position.getStyleClass().add("card-position");
        position.textProperty().bind(Bindings.createStringBinding(() -> (model.indexProperty().get() + 1) + " / "
                + model.cards().size(), model.indexProperty(), model.cards()));

        getChildren().addAll(offline, card, problem, action, secondary, position);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        addEventFilter(ScrollEvent.SCROLL, this::crown);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressedX = e.getSceneX());
        addEventFilter(MouseEvent.MOUSE_RELEASED, this::dragged);
        setOnSwipeLeft(e -> model.next());
        setOnSwipeRight(e -> model.previous());
    }

    private void key(KeyEvent event) {
        KeyCode code = event.getCode();
        switch (code) {
            case RIGHT, DOWN, PAGE_DOWN -> model.next();
            case LEFT, UP, PAGE_UP -> model.previous();
            case HOME, ESCAPE -> model.home();
            case ENTER, SPACE -> model.act();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /**
     * A crown or a mouse wheel moves one card a notch; a finger scrolling on a touch screen moves one
     * card once it has gone far enough in one direction.
     */
    private void crown(ScrollEvent event) {
        double delta = event.getDeltaY();
        if (event.getTouchCount() == 0) {
            step(delta);
        } else {
            scrolled += delta;
            if (Math.abs(scrolled) >= SCROLL_STEP) {
                step(scrolled);
                scrolled = 0;
            }
        }
        event.consume();
    }

    /** Down (towards negative) is the next card, up the previous. */
    private void step(double delta) {
        if (delta < 0) {
            model.next();
        } else if (delta > 0) {
            model.previous();
        }
    }

    /** A mouse dragged sideways across the face, as a finger would swipe. */
    private void dragged(MouseEvent event) {
        if (Double.isNaN(pressedX)) {
            return;
        }
        double dx = event.getSceneX() - pressedX;
        pressedX = Double.NaN;
        if (dx <= -SWIPE) {
            model.next();
            event.consume();
        } else if (dx >= SWIPE) {
            model.previous();
            event.consume();
        }
    }

    /** A button across the face for one of the card on screen's actions; hidden when the card has none. */
    private Button actionButton(String id, Function<GlanceCard, GlanceCard.Action> which, Runnable act, Messages messages) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().add("card-action");
        button.setMaxWidth(Double.MAX_VALUE);
        button.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null ? ""
                : actionText(which.apply(model.currentProperty().get()), messages), model.currentProperty()));
        button.visibleProperty().bind(button.textProperty().isNotEmpty());
        button.managedProperty().bind(button.visibleProperty());
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(e -> act.run());
        button.setFocusTraversable(false);
        return button;
    }

    private static String actionText(GlanceCard.Action action, Messages messages) {
        if (action == GlanceCard.Action.NONE) {
            return "";
        }
        return action.clock() != null ? messages.get(action.clock().messageKey())
                : messages.get("watch.action." + action.name().toLowerCase(Locale.ROOT));
    }
}
