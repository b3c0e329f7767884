package cloud.olympus.desktop.cash;

import cloud.olympus.client.cash.CashDrawer;
import cloud.olympus.desktop.pos.Overlay;
import cloud.olympus.desktop.pos.Overlays;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The till's cash drawer panel: the float when it is closed; pay-ins, pay-outs and the blind count
 * while it is open; after the count, the result for a manager and a thank-you for anyone else.
 * {@code onSkip}, when given, lets the cashier go on without opening the drawer (the prompt before
 * a sale).
 */
public final class CashDrawerOverlay extends Overlay {

    private final CashDrawerViewModel model;
    private final Messages messages;
    private final MoneyFormat money;
    private final Runnable onSkip;
    private final VBox body = new VBox();
    private final DateTimeFormatter time;

    public CashDrawerOverlay(CashDrawerViewModel model, Messages messages, MoneyFormat money, Runnable onSkip, Runnable onClose) {
        super("cash-drawer", messages.get("cash.title"), onClose);
        this.model = model;
        this.messages = messages;
        this.money = money;
        this.onSkip = onSkip;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        card().getStyleClass().add("entry-card");
        body.getStyleClass().add("cash-body");
        body.setSpacing(8);
        add(body);
        model.stateProperty().addListener((o, was, now) -> show());
        model.drawerProperty().addListener((o, was, now) -> {
            if (model.stateProperty().get() == CashDrawerViewModel.State.OPEN) {
                show();
            }
        });
        show();
    }

    private void show() {
        body.getChildren().setAll(switch (model.stateProperty().get()) {
            case LOADING -> new Node[] {Overlays.intro(messages.get("cash.loading"))};
            case UNAVAILABLE -> new Node[] {Overlays.intro(messages.get("cash.offline")), actions(closeButton("action.close"))};
            case UNREGISTERED -> new Node[] {unregistered(), actions(closeButton("action.close"))};
            case CLOSED -> closed();
            case OPEN -> open();
            case COUNTED -> counted();
        });
    }

    /** Why this till keeps no drawer, and who registers it. */
    private Node unregistered() {
        javafx.scene.control.Label why = Overlays.intro(messages.get("cash.till_unregistered"));
        why.setId("cash-unregistered");
        return why;
    }

    private Node[] closed() {
        TextField amount = field("cash-float", model.floatAmountProperty(), messages.get("cash.float.hint"));
        Button open = primary("cash-open", messages.get("cash.open"), model::open);
        Button other = onSkip == null ? closeButton("action.cancel") : button("cash-skip", messages.get("cash.skip"), () -> {
            close();
            onSkip.run();
        });
        other.setCancelButton(true);
        Platform.runLater(amount::requestFocus);
        return new Node[] {Overlays.intro(messages.get("cash.closed.intro")), label(messages.get("cash.float"), amount), amount,
                fieldProblem("cash-float-problem", CashDrawerViewModel.Field.FLOAT), problem(CashDrawerViewModel.Field.NONE),
                actions(other, open)};
    }

    private Node[] open() {
        CashDrawer drawer = model.drawerProperty().get();
        Label opened = Overlays.intro(messages.get("cash.open.summary", time.format(drawer.openedAt()),
                money.format(drawer.openingFloat())));
        opened.setId("cash-opened");
        VBox moves = new VBox(2);
        moves.setId("cash-movements");
        for (CashDrawer.Movement m : drawer.movements()) {
            Label line = new Label(messages.get("pay_in".equals(m.kind()) ? "cash.pay_in.line" : "cash.pay_out.line",
                    money.format(m.amount()), m.reason(), time.format(m.createdAt())));
            line.getStyleClass().add("cash-movement");
            moves.getChildren().add(line);
        }
        TextField amount = field("cash-amount", model.amountProperty(), messages.get("cash.amount.hint"));
        TextField reason = field("cash-reason", model.reasonProperty(), messages.get("cash.reason.hint"));
        Button in = button("cash-pay-in", messages.get("cash.pay_in"), () -> model.move(true));
        Button out = button("cash-pay-out", messages.get("cash.pay_out"), () -> model.move(false));
        TextField counted = field("cash-counted", model.countedProperty(), messages.get("cash.counted.hint"));
        javafx.scene.control.CheckBox byPiece = new javafx.scene.control.CheckBox(messages.get("cash.by_denomination"));
        byPiece.setId("cash-by-denomination");
        javafx.scene.layout.GridPane pieces = pieces();
        pieces.visibleProperty().bind(byPiece.selectedProperty());
        pieces.managedProperty().bind(pieces.visibleProperty());
        // Counted piece by piece, the total follows from the pieces.
        counted.editableProperty().bind(byPiece.selectedProperty().not());
        Button count = primary("cash-count", messages.get("cash.count"), model::count);
        // Enter after a pay-in must not close the drawer: closing is a deliberate click.
        count.setDefaultButton(false);
        Platform.runLater(amount::requestFocus);
        return new Node[] {opened, moves, label(messages.get("cash.amount"), amount), amount,
                fieldProblem("cash-amount-problem", CashDrawerViewModel.Field.AMOUNT), label(messages.get("cash.reason"), reason), reason,
                fieldProblem("cash-reason-problem", CashDrawerViewModel.Field.REASON), actions(in, out), new Separator(),
                Overlays.intro(messages.get("cash.count.intro")), byPiece, pieces, label(messages.get("cash.counted"), counted), counted,
                fieldProblem("cash-counted-problem", CashDrawerViewModel.Field.COUNTED), problem(CashDrawerViewModel.Field.NONE),
                actions(closeButton("action.close"), count)};
    }

    private Node[] counted() {
        CashDrawer drawer = model.drawerProperty().get();
        Label result = new Label();
        result.setId("cash-result");
        result.setWrapText(true);
        if (model.resultShown()) {
            CashDrawer.Reckoning r = drawer.reckoning();
            int sign = r.variance().signum();
            result.setText(messages.get("cash.result", money.format(r.expected()), money.format(r.counted()),
                    messages.get(sign == 0 ? "cash.result.even" : sign > 0 ? "cash.result.over" : "cash.result.short",
                            money.format(r.variance().abs()))));
            result.getStyleClass().add(sign == 0 ? "success" : "warning");
        } else {
            result.setText(messages.get("cash.result.blind", money.format(drawer.counted())));
        }
        Button done = primary("cash-done", messages.get("action.done"), this::close);
        return new Node[] {result, actions(done)};
    }

    /** A field per note and coin, four to a row: the pieces counted of each. */
    private javafx.scene.layout.GridPane pieces() {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setId("cash-denominations");
        grid.setHgap(8);
        grid.setVgap(4);
        int i = 0;
        for (CashDrawerViewModel.Denomination d : model.denominations()) {
            TextField field = field("cash-pieces-" + i, d.pieces(), "0");
            field.setPrefColumnCount(4);
            Label value = new Label(money.format(d.value()));
            value.setLabelFor(field);
            value.getStyleClass().add("cash-denomination");
            grid.add(value, (i % 4) * 2, i / 4);
            grid.add(field, (i % 4) * 2 + 1, i / 4);
            i++;
        }
        return grid;
    }

    private TextField field(String id, javafx.beans.property.StringProperty value, String hint) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(hint);
        field.textProperty().bindBidirectional(value);
        field.disableProperty().bind(model.busyProperty());
        return field;
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        return label;
    }

    /** A problem shown beside its field only when it is that field's. */
    private Label fieldProblem(String id, CashDrawerViewModel.Field field) {
        Label label = Overlays.problem(id, Bindings.createObjectBinding(() -> model.problemFieldProperty().get() == field
                ? model.problemProperty().get() : cloud.olympus.fx.i18n.Phrase.NONE, model.problemProperty(),
                model.problemFieldProperty()), messages);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private Label problem(CashDrawerViewModel.Field field) {
        Label label = fieldProblem("cash-problem", field);
        return label;
    }

    private Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.disableProperty().bind(model.busyProperty());
        return button;
    }

    private Button primary(String id, String text, Runnable action) {
        Button button = button(id, text, action);
        button.getStyleClass().addAll("accent", "large");
        button.setDefaultButton(true);
        return button;
    }

    private Button closeButton(String key) {
        Button button = new Button(messages.get(key));
        button.setId("cash-close");
        button.setCancelButton(true);
        button.setOnAction(e -> close());
        return button;
    }

    private static HBox actions(Button... buttons) {
        HBox row = new HBox(Overlays.spacer());
        row.getChildren().addAll(buttons);
        row.getStyleClass().add("overlay-actions");
        return row;
    }
}
