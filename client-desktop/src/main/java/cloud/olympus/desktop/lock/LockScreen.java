package cloud.olympus.desktop.lock;

import cloud.olympus.client.api.PinHolder;
import cloud.olympus.fx.i18n.Messages;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The till locked: the business's name and the time, the people who may switch in, then the PIN
 * pad (its buttons or the keyboard: digits, Backspace, Enter, Esc to go back), then the offer to
 * clock in. On a till that is not registered, {@code login} (the password login) takes its place.
 */
public final class LockScreen extends StackPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LockViewModel model;
    private final Messages messages;
    private final Timeline ticking;
    private final VBox body = new VBox();

    public LockScreen(LockViewModel model, Messages messages, String business, Clock clock, Node login) {
        this.model = model;
        this.messages = messages;
        setId("lock-screen");
        getStyleClass().add("lock-screen");
        setFocusTraversable(true);
        Label name = new Label(business);
        name.setId("lock-business");
        name.getStyleClass().add("lock-business");
        Label time = new Label();
        time.setId("lock-time");
        time.getStyleClass().add("lock-time");
        Runnable tick = () -> time.setText(TIME.format(clock.instant().atZone(ZoneId.systemDefault())));
        tick.run();
        ticking = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick.run()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        ticking.play();
        Label problem = cloud.olympus.desktop.pos.Overlays.problem("lock-problem", model.problemProperty(), messages);
        body.getStyleClass().add("lock-body");
        body.setAlignment(Pos.TOP_CENTER);
        VBox card = new VBox(name, time, body, problem);
        card.getStyleClass().add("lock-card");
        card.setAlignment(Pos.TOP_CENTER);
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        Runnable render = () -> {
            body.getChildren().setAll(switch (model.stepProperty().get()) {
                case PEOPLE -> people();
                case PIN -> pinPad();
                case CLOCK -> clockOffer();
                case LOGIN -> login;
            });
            Platform.runLater(this::requestFocus);
        };
        model.stepProperty().addListener((o, was, now) -> render.run());
        model.people().addListener((ListChangeListener<PinHolder>) c -> {
            if (model.stepProperty().get() == LockViewModel.Step.PEOPLE) {
                render.run();
            }
        });
        render.run();
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        addEventFilter(KeyEvent.KEY_TYPED, this::typed);
    }

    /** Stops the clock on screen; for when the till is unlocked. */
    public void stop() {
        ticking.stop();
    }

    private Node people() {
        FlowPane tiles = new FlowPane();
        tiles.setId("lock-people");
        tiles.getStyleClass().add("lock-people");
        tiles.setAlignment(Pos.CENTER);
        int i = 0;
        for (PinHolder person : model.people()) {
            Label who = new Label(person.displayName() == null ? "?" : person.displayName());
            who.getStyleClass().add("lock-person-name");
            VBox face = new VBox(who);
            face.setAlignment(Pos.CENTER);
            if (person.locked()) {
                Label ask = new Label(messages.get("lock.ask_manager"));
                ask.getStyleClass().add("lock-person-locked");
                face.getChildren().add(ask);
            }
            Button tile = new Button(null, face);
            tile.setId("lock-person-" + i++);
            tile.getStyleClass().add("lock-person");
            tile.setUserData(person);
            tile.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("locked"), person.locked());
            tile.setOnAction(e -> model.choose(person));
            tiles.getChildren().add(tile);
        }
        if (model.people().isEmpty() && !model.busyProperty().get()) {
            Label none = new Label(messages.get("lock.nobody"));
            none.getStyleClass().add("subtitle");
            none.setWrapText(true);
            tiles.getChildren().add(none);
        }
        Button password = new Button(messages.get("lock.use_password"));
        password.setId("lock-use-password");
        password.getStyleClass().add("flat");
        password.setOnAction(e -> model.usePassword());
        Label hint = new Label(messages.get("lock.choose"));
        hint.getStyleClass().add("subtitle");
        return column(hint, tiles, password);
    }

    private Node pinPad() {
        PinHolder person = model.chosenProperty().get();
        Label who = new Label(messages.get("lock.pin_for", person == null ? "" : person.displayName()));
        who.setId("lock-pin-name");
        who.getStyleClass().add("lock-pin-name");
        Label dots = new Label();
        dots.setId("lock-pin-dots");
        dots.getStyleClass().add("lock-pin-dots");
        dots.textProperty().bind(Bindings.when(model.pin().digitsProperty().isEmpty())
                .then(messages.get("lock.pin_hint")).otherwise(model.pin().dots()));
        GridPane pad = new GridPane();
        pad.setId("lock-pin-pad");
        pad.getStyleClass().add("lock-pin-pad");
        pad.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            pad.add(digit((char) ('0' + d)), (d - 1) % 3, (d - 1) / 3);
        }
        Button erase = padButton("lock-pin-erase", "⌫", model.pin()::erase);
        Button ok = padButton("lock-pin-ok", messages.get("lock.unlock"), model::submit);
        ok.getStyleClass().add("accent");
        ok.disableProperty().bind(model.pin().complete().not().or(model.busyProperty()));
        pad.add(erase, 0, 3);
        pad.add(digit('0'), 1, 3);
        pad.add(ok, 2, 3);
        Button back = new Button(messages.get("action.back"));
        back.setId("lock-back");
        back.setOnAction(e -> model.back());
        return column(who, dots, pad, back);
    }

    /** One step's content, centred under the time. */
    private static VBox column(Node... nodes) {
        VBox column = new VBox(nodes);
        column.getStyleClass().add("lock-step");
        column.setAlignment(Pos.TOP_CENTER);
        return column;
    }

    private Button digit(char d) {
        return padButton("lock-digit-" + d, String.valueOf(d), () -> model.pin().type(d));
    }

    private static Button padButton(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("lock-pin-key");
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private Node clockOffer() {
        Label off = new Label(messages.get("lock.clock_offer"));
        off.setId("lock-clock-offer");
        off.getStyleClass().add("lock-pin-name");
        off.setWrapText(true);
        Button in = new Button(messages.get("clock.action.clock_in"));
        in.setId("lock-clock-in");
        in.getStyleClass().addAll("accent", "large");
        in.disableProperty().bind(model.busyProperty());
        in.setOnAction(e -> model.clockIn());
        Button later = new Button(messages.get("lock.not_now"));
        later.setId("lock-not-now");
        later.getStyleClass().add("large");
        later.disableProperty().bind(model.busyProperty());
        later.setOnAction(e -> model.notNow());
        HBox actions = new HBox(later, in);
        actions.getStyleClass().add("lock-actions");
        return column(off, actions);
    }

    private void key(KeyEvent event) {
        if (model.stepProperty().get() != LockViewModel.Step.PIN) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.ENTER) {
            model.submit();
        } else if (code == KeyCode.BACK_SPACE) {
            model.pin().erase();
        } else if (code == KeyCode.ESCAPE) {
            model.back();
        } else {
            return;
        }
        event.consume();
    }

    private void typed(KeyEvent event) {
        if (model.stepProperty().get() == LockViewModel.Step.PIN && !event.getCharacter().isEmpty()
                && model.pin().type(event.getCharacter().charAt(0))) {
            event.consume();
        }
    }
}
