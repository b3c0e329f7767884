package cloud.olympus.desktop.pos;

import cloud.olympus.client.api.ApprovalDraft;
import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.outbox.Outbox;
import cloud.olympus.desktop.orders.OrdersBoardViewModel;
import cloud.olympus.desktop.approval.ManagerApprovalOverlay;
import cloud.olympus.desktop.approval.ManagerApprovalViewModel;
import cloud.olympus.desktop.approval.RemoteApprovalOverlay;
import cloud.olympus.desktop.attention.SalesAttentionOverlay;
import cloud.olympus.desktop.attention.SalesAttentionViewModel;
import cloud.olympus.desktop.orders.OrdersOverlay;
import cloud.olympus.desktop.lock.RegisterTillOverlay;
import cloud.olympus.desktop.lock.RegisterTillViewModel;
import cloud.olympus.desktop.lock.SetPinOverlay;
import cloud.olympus.desktop.lock.SetPinViewModel;
import cloud.olympus.desktop.pairing.PairWatchOverlay;
import cloud.olympus.desktop.timeclock.ClockOverlay;
import cloud.olympus.fx.timeclock.ClockTexts;
import cloud.olympus.fx.timeclock.TimeClockViewModel;
import cloud.olympus.desktop.pairing.PairWatchViewModel;
import cloud.olympus.desktop.receipt.Receipt;
import cloud.olympus.desktop.receipt.ReceiptPrinting;
import cloud.olympus.desktop.refund.RefundOverlay;
import cloud.olympus.desktop.refund.RefundViewModel;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.connection.ConnectionBadge;
import cloud.olympus.fx.connection.ConnectionViewModel;
import cloud.olympus.fx.approvals.ApprovalRequestViewModel;
import cloud.olympus.fx.approvals.ApprovalService;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.model.auth.Permission;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The till: products on the left (categories, search, scanner), the sale on the right (under
 * them on a portrait screen; see {@link PosLayout}), and the panels for modifiers, customer,
 * discount, payment, receipt and open orders over it.
 */
public final class PosView extends StackPane {

    /**
     * What the till's top bar does beyond the till itself: switch light and dark, log out, lock the
     * till, the time clock of whoever is at it (null: none shown), and going to the console (null for
     * those who may not use it).
     */
    public record Actions(Runnable toggleTheme, Runnable logout, Runnable lock, TimeClockViewModel clock, Runnable console) {

        public Actions(Runnable toggleTheme, Runnable logout) {
            this(toggleTheme, logout, () -> { }, null, null);
        }
    }

    private final Till till;
    private final Session session;
    private final CatalogueViewModel catalogue;
    private final CartViewModel cart;
    private final Messages messages;
    private final Executor background;
    private final Executor ui;
    private final Path receipts;
    private final TextField search = new TextField();
    private final ListView<CartLine> lines = new ListView<>();
    private final StringBuilder scanned = new StringBuilder();
    private final java.util.Map<TileKey, Node> tiles = new java.util.HashMap<>();
    private final TilePictures pictures = new TilePictures();
    private Actions actions;

    public PosView(TillContext context, CatalogueViewModel catalogue, CartViewModel cart, ConnectionViewModel connection,
                   Actions actions) {
        this.till = context.till();
        this.session = context.session();
        this.catalogue = catalogue;
        this.cart = cart;
        this.messages = context.messages();
        this.background = context.background();
        this.ui = context.ui();
        this.receipts = context.receipts();
        this.actions = actions;
        setId("pos");
        getStyleClass().add("pos");
        getChildren().add(new PosLayout(topBar(connection, actions.toggleTheme(), actions.logout()), products(), saleColumn()));
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        addEventFilter(KeyEvent.KEY_TYPED, this::scannerInput);
        Platform.runLater(search::requestFocus);
        watchDrawer();
    }

    private Node topBar(ConnectionViewModel connection, Runnable toggleTheme, Runnable logout) {
        Label brand = new Label(cart.tenant().appName());
        brand.setId("brand");
        brand.getStyleClass().add("brand");
        if (cart.tenant().logoUrl() != null) {
            // The tenant's logo, loaded in the background; a broken address simply shows none.
            javafx.scene.image.ImageView logo = new javafx.scene.image.ImageView(
                    new javafx.scene.image.Image(cart.tenant().logoUrl(), 0, 32, true, true, true));
            logo.getStyleClass().add("brand-logo");
            brand.setGraphic(logo);
        }
        // Sales waiting to be sent, and those the server could not record: a tap shows them.
        Button waiting = button("outbox-count", "", e -> openAttention());
        waiting.getStyleClass().add("outbox-badge");
        Outbox outbox = till.outbox();
        outbox.onChange(state -> ui.execute(() -> showOutbox(waiting, state)));
        showOutbox(waiting, outbox.state());
        Button orders = keyed(button("orders-button", messages.get("pos.orders"), e -> openOrders()), "F4");
        Button refund = keyed(button("refund-button", messages.get("pos.refund"), e -> openRefund("")), "F6");
        // Whoever takes payments opens refunds; one who may not refund alone gets a manager's approval there.
        refund.setDisable(!session.may(Permission.PAYMENT_TAKE));
        String roles = String.join(", ", session.roles().stream().map(r -> messages.get("role." + r.wireName())).toList());
        Label who = new Label(session.name().map(n -> n + " · " + roles).orElse(roles));
        who.setId("session-roles");
        who.getStyleClass().add("subtitle");
        Button lock = keyed(button("lock-button", messages.get("lock.button"), e -> actions.lock().run()), "F7");
        MenuItem register = new MenuItem(messages.get("register.title") + "  F9");
        register.setId("register-till-item");
        register.setOnAction(e -> openRegisterTill());
        register.setVisible(session.may(Permission.DEVICE_MANAGE));
        MenuItem setPin = new MenuItem(messages.get("setpin.title"));
        setPin.setId("set-pin-item");
        setPin.setOnAction(e -> openSetPin());
        setPin.setDisable(till.isOffline());
        // What is set up now and then waits in the menu, so the top bar keeps its room for the sale.
        MenuItem drawer = new MenuItem(messages.get("cash.title"));
        drawer.setId("cash-item");
        drawer.setOnAction(e -> openCashDrawer(null));
        drawer.setVisible(session.may(Permission.CASH_DRAWER));
        MenuItem printer = new MenuItem(messages.get("pos.printer"));
        printer.setId("printer-item");
        printer.setOnAction(e -> openPrinterSettings());
        MenuItem theme = new MenuItem(messages.get("pos.theme"));
        theme.setId("theme-item");
        theme.setOnAction(e -> toggleTheme.run());
        // On a shared till people lock it rather than log out: logging out waits in the menu too.
        MenuItem out = new MenuItem(messages.get("pos.logout"));
        out.setId("logout-item");
        out.setOnAction(e -> logout.run());
        // The shortcut is the till's own (not the menu's accelerator), so it waits while a payment is under way.
        MenuItem console = new MenuItem(messages.get("console.from_till") + "  "
                + cloud.olympus.desktop.console.ConsoleView.TO_TILL.getDisplayText());
        console.setId("console-item");
        console.setOnAction(e -> actions.console().run());
        console.setVisible(actions.console() != null);
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(messages.get("pos.menu"), null, console, setPin,
                register, new javafx.scene.control.SeparatorMenuItem(), drawer, printer, theme, new javafx.scene.control.SeparatorMenuItem(),
                out);
        menu.setId("till-menu");
        HBox bar = new HBox(brand, Overlays.spacer(), waiting, new ConnectionBadge(connection, messages), orders, refund, who,
                clockButton(), lock, menu);
        bar.getStyleClass().add("top-bar");
        return new VBox(bar, sessionEnded(logout));
    }

    /** Whoever is at the till: where their clock stands; a tap opens it. None for someone without a staff profile. */
    private Node clockButton() {
        Button clock = button("clock-button", "", e -> openClock());
        TimeClockViewModel model = actions.clock();
        if (model == null) {
            clock.setVisible(false);
            clock.setManaged(false);
            return clock;
        }
        clock.textProperty().bind(Bindings.createStringBinding(() -> messages.text(ClockTexts.status(model.clockProperty().get(),
                java.time.ZoneId.systemDefault())), model.clockProperty()));
        clock.visibleProperty().bind(model.availableProperty());
        clock.managedProperty().bind(model.availableProperty());
        return clock;
    }

    private void openClock() {
        if (actions.clock() != null && actions.clock().availableProperty().get()) {
            show(new ClockOverlay(actions.clock(), messages, this::refocus));
        }
    }

    /** A manager registers this till for PIN login. */
    private void openRegisterTill() {
        if (session.may(Permission.DEVICE_MANAGE)) {
            show(new RegisterTillOverlay(new RegisterTillViewModel(till, RegisterTillViewModel.hostName(), background, ui), messages,
                    this::refocus));
        }
    }

    /** Whoever is logged in sets their own PIN. */
    private void openSetPin() {
        show(new SetPinOverlay(new SetPinViewModel(till.api(), background, ui), messages, this::refocus));
    }

    /** Whether a payment is under way: the till does not lock itself then. */
    public boolean isPaying() {
        return getChildren().stream().anyMatch(CheckoutOverlay.class::isInstance);
    }

    private void showOutbox(Button waiting, Outbox.State state) {
        String text = state.pending() > 0 ? messages.get("outbox.waiting", state.pending()) : "";
        if (state.failed() > 0) {
            text = (text.isEmpty() ? "" : text + "  ·  ") + messages.get("outbox.refused", state.failed());
        }
        waiting.setText(text);
        waiting.pseudoClassStateChanged(ATTENTION, state.failed() > 0);
        waiting.setVisible(!text.isEmpty());
        waiting.setManaged(!text.isEmpty());
    }

    private static final javafx.css.PseudoClass ATTENTION = javafx.css.PseudoClass.getPseudoClass("attention");

    /**
     * When the server ended this till's session, sales keep being kept; this says so and takes the
     * cashier back to the login once the sale in hand is finished, after which all of them are sent.
     */
    private Node sessionEnded(Runnable logout) {
        Label text = new Label();
        text.setId("session-ended-text");
        text.setWrapText(true);
        Button login = button("session-ended-login", messages.get("session.log_in_again"), e -> logout.run());
        login.getStyleClass().add("accent");
        login.disableProperty().bind(Bindings.isNotEmpty(cart.lines()));
        text.textProperty().bind(Bindings.createStringBinding(() -> messages.get(cart.lines().isEmpty()
                ? "session.ended" : "session.ended_finish"), cart.lines()));
        HBox banner = new HBox(text, Overlays.spacer(), login);
        banner.setId("session-ended");
        banner.getStyleClass().add("session-ended");
        Runnable show = () -> {
            boolean ended = till.outbox().state().needsLogin();
            banner.setVisible(ended);
            banner.setManaged(ended);
        };
        till.outbox().onChange(state -> ui.execute(show));
        show.run();
        return banner;
    }

    private Node products() {
        search.setId("search");
        search.setPromptText(messages.get("pos.search_hint"));
        search.getStyleClass().add("search");
        search.textProperty().bindBidirectional(catalogue.queryProperty());
        search.setOnAction(e -> scan(search.getText(), true));
        Label count = new Label();
        count.getStyleClass().add("subtitle");
        count.textProperty().bind(catalogue.summaryProperty());
        HBox searchRow = new HBox(search, count);
        HBox.setHgrow(search, Priority.ALWAYS);
        searchRow.getStyleClass().add("search-row");

        FlowPane categories = new FlowPane();
        categories.setId("categories");
        categories.getStyleClass().add("categories");
        ToggleGroup group = new ToggleGroup();
        Runnable renderCategories = () -> {
            categories.getChildren().clear();
            for (String name : catalogue.categories()) {
                ToggleButton button = new ToggleButton(CatalogueViewModel.ALL.equals(name) ? messages.get("pos.all")
                        : CatalogueViewModel.FAVOURITES.equals(name) ? "★ " + messages.get("pos.favourites") : name);
                button.getStyleClass().add("category");
                button.setToggleGroup(group);
                button.setSelected(name.equals(catalogue.categoryProperty().get()));
                button.setOnAction(e -> {
                    catalogue.queryProperty().set("");
                    catalogue.categoryProperty().set(name);
                    button.setSelected(true);
                });
                categories.getChildren().add(button);
            }
        };
        renderCategories.run();
        catalogue.categories().addListener((ListChangeListener<String>) c -> renderCategories.run());

        ProductGrid grid = new ProductGrid(catalogue.tileColoursProperty());
        grid.setId("product-grid");
        grid.getStyleClass().add("product-grid");
        Runnable renderGrid = () -> grid.getChildren().setAll(catalogue.visible().stream().map(this::cachedTile).toList());
        renderGrid.run();
        catalogue.visible().addListener((ListChangeListener<CatalogueItem>) c -> renderGrid.run());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("product-scroll");
        VBox column = new VBox(searchRow, categories, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        column.getStyleClass().add("products");
        return column;
    }

    /** Tiles are made once per item (and price) and reused, so typing a search only rearranges them. */
    private Node cachedTile(CatalogueItem item) {
        if (tiles.size() > 5_000) {
            tiles.clear();
        }
        return tiles.computeIfAbsent(new TileKey(item, catalogue.isFavourite(item)), key -> tile(item));
    }

    private record TileKey(CatalogueItem item, boolean favourite) {
    }

    private Node tile(CatalogueItem item) {
        Button tile = new ProductTile(item, catalogue.isFavourite(item),
                item.openPrice() ? messages.get("pos.open_price") : cart.format(item.unitPrice()),
                item.soldOut() ? messages.get("pos.sold_out") : null, pictures);
        tile.setOnAction(e -> ring(item));
        tile.setOnContextMenuRequested(e -> {
            MenuItem favourite = new MenuItem(messages.get(catalogue.isFavourite(item) ? "pos.unfavourite" : "pos.favourite"));
            favourite.setOnAction(a -> {
                till.update(till.settings().toggleFavourite(item.id()));
                catalogue.setFavourites(till.settings().favourites());
            });
            new ContextMenu(favourite).show(tile, e.getScreenX(), e.getScreenY());
        });
        return tile;
    }

    private SalePanel saleColumn() {
        Label customer = new Label();
        customer.setId("cart-customer");
        customer.getStyleClass().add("subtitle");
        customer.textProperty().bind(Bindings.createStringBinding(() -> cart.customerProperty().get() == null
                ? messages.get("cart.no_customer") : cart.customerProperty().get().displayName(), cart.customerProperty()));
        Button attach = button("customer-button", messages.get("cart.customer") + "  F2", e -> openCustomer());
        HBox customerRow = new HBox(customer, Overlays.spacer(), attach);
        customerRow.getStyleClass().add("customer-row");

        lines.setId("cart-lines");
        lines.getStyleClass().add("cart-lines");
        lines.setItems(cart.lines());
        lines.setPlaceholder(new Label(messages.get("cart.empty")));
        lines.setCellFactory(list -> new CartCell());
        VBox.setVgrow(lines, Priority.ALWAYS);

        GridPane totals = new GridPane();
        totals.getStyleClass().add("totals");
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setHgrow(Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints amounts = new javafx.scene.layout.ColumnConstraints();
        amounts.setHalignment(javafx.geometry.HPos.RIGHT);
        totals.getColumnConstraints().addAll(labels, amounts);
        Label total = new Label();
        total.setId("cart-total");
        total.getStyleClass().add("total-amount");
        total.textProperty().bind(cart.totalProperty());
        Label subtotal = new Label();
        subtotal.textProperty().bind(cart.subtotalProperty());
        Label discount = new Label();
        discount.textProperty().bind(cart.discountTotalProperty());
        Label tax = new Label();
        tax.setId("cart-tax");
        tax.textProperty().bind(cart.taxProperty());
        totals.addRow(0, new Label(messages.get("receipt.subtotal")), subtotal);
        totals.addRow(1, new Label(messages.get("receipt.discount")), discount);
        totals.addRow(2, new Label(messages.get(cart.tenant().taxInclusive() ? "receipt.tax_included" : "receipt.tax")), tax);
        Label totalLabel = new Label(messages.get("receipt.total"));
        totalLabel.getStyleClass().add("total-label");
        totals.addRow(3, totalLabel, total);

        Button discountButton = button("discount-button", messages.get("cart.discount") + "  F3", e -> openDiscount());
        discountButton.setDisable(!session.may(Permission.DISCOUNT_APPLY));
        Button clear = button("clear-button", messages.get("cart.clear"), e -> cart.clear());
        Button pay = button("pay-button", messages.get("cart.pay") + "  F12", e -> openCheckout());
        pay.getStyleClass().addAll("success", "pay");
        pay.disableProperty().bind(Bindings.isEmpty(cart.lines()));
        pay.setMaxWidth(Double.MAX_VALUE);
        HBox tools = new HBox(discountButton, clear);
        tools.getStyleClass().add("cart-tools");
        return new SalePanel(customerRow, lines, totals, tools, pay);
    }

    private final class CartCell extends ListCell<CartLine> {
        @Override
        protected void updateItem(CartLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            int index = getIndex();
            Label description = new Label(line.item().name());
            description.getStyleClass().add("line-name");
            description.setWrapText(true);
            description.setMinWidth(0);
            VBox text = new VBox(description);
            text.setMinWidth(0);
            if (!line.modifiers().isEmpty()) {
                Label modifiers = new Label(String.join(", ", line.modifiers().stream().map(CartLine.Chosen::name).toList()));
                modifiers.getStyleClass().add("line-notes");
                modifiers.setWrapText(true);
                modifiers.setMinWidth(0);
                text.getChildren().add(modifiers);
            }
            if (line.notes() != null) {
                Label notes = new Label(line.notes());
                notes.getStyleClass().add("line-notes");
                text.getChildren().add(notes);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            Button minus = button(null, "−", e -> cart.changeQuantity(index, -1));
            Button plus = button(null, "+", e -> cart.changeQuantity(index, 1));
            minus.getStyleClass().add("qty-button");
            plus.getStyleClass().add("qty-button");
            Label quantity = new Label(String.valueOf(line.quantity()));
            quantity.getStyleClass().add("line-qty");
            Label amount = new Label(cart.format(line.total()));
            amount.getStyleClass().add("line-amount");
            HBox row = new HBox(minus, quantity, plus, text, amount);
            row.getStyleClass().add("cart-line");
            setOnContextMenuRequested(e -> {
                MenuItem note = new MenuItem(messages.get("cart.note"));
                note.setOnAction(a -> editNote(index));
                MenuItem remove = new MenuItem(messages.get("cart.remove"));
                remove.setOnAction(a -> cart.remove(index));
                new ContextMenu(note, remove).show(this, e.getScreenX(), e.getScreenY());
            });
            setText(null);
            // Let the list's width decide the row's, so long names wrap instead of pushing the amount out of sight.
            setPrefWidth(0);
            setGraphic(row);
        }
    }

    /** Rings up an item: straight in, or through the modifiers panel, or asking its price when open-priced. */
    void ring(CatalogueItem item) {
        if (item.openPrice()) {
            PriceEntryViewModel price = new PriceEntryViewModel(item, cart.tenant().scale(), session.may(Permission.OPEN_PRICE_ENTER),
                    entered -> {
                        cart.add(item, java.util.List.of(), entered);
                        lines.scrollTo(cart.lines().size() - 1);
                    });
            show(new EntryOverlay("price-entry", messages.get("pos.enter_price", item.name()), messages.get("price.hint"),
                    messages.get("modifiers.add"), price, messages, this::refocus));
        } else if (item.hasModifiers()) {
            show(new ModifierOverlay(new ModifierViewModel(item, cart::format), messages,
                    m -> cart.add(m.item(), m.choices(), null), this::refocus));
        } else {
            cart.add(item);
            lines.scrollTo(cart.lines().size() - 1);
        }
    }

    /** A code from the scanner or typed with Enter: an exact barcode or SKU, or the one item the search found. */
    private void scan(String code, boolean fromSearch) {
        var item = catalogue.byCode(code);
        if (item.isEmpty() && fromSearch && catalogue.visible().size() == 1) {
            item = java.util.Optional.of(catalogue.visible().get(0));
        }
        item.ifPresent(found -> {
            ring(found);
            catalogue.queryProperty().set("");
        });
        if (item.isEmpty() && RECEIPT_REFERENCE.matcher(code.trim()).matches()) {
            // Not a product: the barcode of one of our receipts, brought back for a refund.
            catalogue.queryProperty().set("");
            openRefund(code.trim());
        }
    }

    private static final java.util.regex.Pattern RECEIPT_REFERENCE = java.util.regex.Pattern.compile("[0-9A-Fa-f]{8}");

    /** A scanner types its digits and Enter fast, wherever the focus is; collect them when no field has it. */
    private void scannerInput(KeyEvent event) {
        if (getScene() != null && getScene().getFocusOwner() instanceof TextField) {
            return;
        }
        String character = event.getCharacter();
        if ("\r".equals(character) || "\n".equals(character)) {
            scan(scanned.toString(), false);
            scanned.setLength(0);
        } else if (!character.isEmpty() && !Character.isISOControl(character.charAt(0))) {
            scanned.append(character);
        }
    }

    private void shortcut(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean overlay = getChildren().size() > 1;
        if (code == KeyCode.ESCAPE && overlay) {
            ((Overlay) getChildren().get(getChildren().size() - 1)).close();
        } else if (code == KeyCode.ESCAPE) {
            catalogue.queryProperty().set("");
            search.requestFocus();
        } else if (overlay) {
            return;
        } else if (code == KeyCode.F1) {
            search.requestFocus();
        } else if (code == KeyCode.F2) {
            openCustomer();
        } else if (code == KeyCode.F3 && session.may(Permission.DISCOUNT_APPLY)) {
            openDiscount();
        } else if (code == KeyCode.F4) {
            openOrders();
        } else if (code == KeyCode.F8) {
            openPairWatch();
        } else if (code == KeyCode.F7) {
            actions.lock().run();
        } else if (code == KeyCode.F9 && session.may(Permission.DEVICE_MANAGE)) {
            openRegisterTill();
        } else if (code == KeyCode.F6 && session.may(Permission.PAYMENT_TAKE)) {
            openRefund("");
        } else if (code == KeyCode.F12 || new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(event)) {
            openCheckout();
        } else if (code == KeyCode.DELETE && lines.getSelectionModel().getSelectedIndex() >= 0 && !(getScene().getFocusOwner() instanceof TextField)) {
            cart.remove(lines.getSelectionModel().getSelectedIndex());
        } else if ((code == KeyCode.ADD || code == KeyCode.PLUS) && event.isShortcutDown() && !cart.isEmpty()) {
            cart.changeQuantity(selectedOrLast(), 1);
        } else if ((code == KeyCode.SUBTRACT || code == KeyCode.MINUS) && event.isShortcutDown() && !cart.isEmpty()) {
            cart.changeQuantity(selectedOrLast(), -1);
        } else {
            return;
        }
        event.consume();
    }

    private int selectedOrLast() {
        int selected = lines.getSelectionModel().getSelectedIndex();
        return selected >= 0 ? selected : cart.lines().size() - 1;
    }

    void openCheckout() {
        if (cart.isEmpty()) {
            return;
        }
        // A till that keeps a drawer is asked for its float before the first sale while none is open; once skipped, not again.
        if (drawerPrompt != null && drawerPrompt.everKeptProperty().get()
                && drawerPrompt.stateProperty().get() == cloud.olympus.desktop.cash.CashDrawerViewModel.State.CLOSED) {
            cloud.olympus.desktop.cash.CashDrawerViewModel asking = drawerPrompt;
            drawerPrompt = null;
            cloud.olympus.desktop.cash.CashDrawerOverlay prompt = new cloud.olympus.desktop.cash.CashDrawerOverlay(asking, messages,
                    cloud.olympus.fx.i18n.MoneyFormat.of(messages, cart.tenant().currency()), this::openCheckout, this::refocus);
            // Once the float is in, the sale goes on to its payment.
            asking.stateProperty().addListener((o, was, now) -> {
                if (now == cloud.olympus.desktop.cash.CashDrawerViewModel.State.OPEN) {
                    prompt.close();
                    openCheckout();
                }
            });
            show(prompt);
            return;
        }
        CheckoutViewModel model = new CheckoutViewModel(cart, () -> new CartViewModel.Sale(till.terminalId(), session.userId(),
                till.clock().instant(), till.isOffline() || !till.outbox().state().reachable()), sale -> till.outbox().add(sale));
        CheckoutOverlay[] overlay = new CheckoutOverlay[1];
        overlay[0] = new CheckoutOverlay(model, cart, messages, () -> {
            Receipt receipt = model.complete(cart.tenant().name(), cart.tenant().receiptFooter(), till.cashier().orElse(null));
            till.outbox().kick();
            getChildren().remove(overlay[0]);
            // The sale is kept: printing comes after, and whatever the printer does, the sale stands.
            ReceiptViewModel printed = new ReceiptViewModel(receipt, till.settings().printer(), receipts, printing());
            show(new ReceiptOverlay(printed, messages, () -> {
                cart.clear();
                refocus();
            }));
            printed.printAfterSale();
        }, this::refocus);
        show(overlay[0]);
    }

    /** The drawer asked about before the first sale; null once answered (or for someone who does not keep one). */
    private cloud.olympus.desktop.cash.CashDrawerViewModel drawerPrompt;

    /** Asks the server, in the background, whether this till keeps a drawer that is not open yet. */
    private void watchDrawer() {
        cloud.olympus.desktop.cash.CashDrawerViewModel drawer = cashDrawer();
        if (session.may(Permission.CASH_DRAWER) && !till.isOffline()) {
            drawerPrompt = drawer;
            drawer.load();
        }
    }

    private cloud.olympus.desktop.cash.CashDrawerViewModel cashDrawer() {
        // Only a registered till keeps a drawer: an unregistered one is told so, and who registers it.
        return new cloud.olympus.desktop.cash.CashDrawerViewModel(till.cash(), () -> till.outbox().state().pending(),
                till.deviceId().orElse(null), cart.tenant().currency(), background, ui);
    }

    /** The cash drawer panel: the float, pay-ins and pay-outs, the blind count. */
    private void openCashDrawer(Runnable onSkip) {
        cloud.olympus.desktop.cash.CashDrawerViewModel model = cashDrawer();
        drawerPrompt = null;
        show(new cloud.olympus.desktop.cash.CashDrawerOverlay(model, messages,
                cloud.olympus.fx.i18n.MoneyFormat.of(messages, cart.tenant().currency()), onSkip, this::refocus));
        model.load();
    }

    private void openPrinterSettings() {
        show(new PrinterSettingsOverlay(new PrinterSettingsViewModel(till.settings().printer(), receipts, cart.tenant().name(),
                till.cashier().orElse(null), printing(), choice -> till.update(till.settings().withPrinter(choice))),
                messages, this::refocus));
    }

    private ReceiptPrinting printing() {
        return new ReceiptPrinting(messages, till.printing(), ui);
    }

    private void openCustomer() {
        show(new CustomerOverlay(new CustomerLookupViewModel(till.api(), background, ui, cart::attach), messages, this::refocus));
    }

    private void openDiscount() {
        show(new DiscountOverlay(new DiscountViewModel(cart.tenant().scale(), cart::addDiscount), messages, cart::clearDiscounts,
                this::refocus));
    }

    private void openOrders() {
        OrdersOverlay board = new OrdersOverlay(new OrdersBoardViewModel(till.api(), messages.locale(),
                session.may(Permission.ALERT_VIEW), background, ui), messages, this::refocus);
        // Watches follow the same orders: pairing one starts where they are seen on the till.
        board.addAction(button("pair-watch-button", messages.get("pair.button"), e -> {
            board.close();
            openPairWatch();
        }));
        show(board);
    }

    /** Hands a watch a session of the person at the till: they type the code it shows. */
    private void openPairWatch() {
        show(new PairWatchOverlay(new PairWatchViewModel(till.api(), background, ui), messages, this::refocus));
    }

    /** Refunds a sale; {@code query} is a number or a scanned receipt's reference, or blank for today's sales. */
    void openRefund(String query) {
        RefundViewModel model = new RefundViewModel(till.api(), cart.tenant(), session, till.clock(), background, ui);
        model.queryProperty().set(query);
        show(new RefundOverlay(model, messages, cart::format, (what, then) -> askManager(Permission.ORDER_REFUND, what,
                model.approvalDraft(messages.get("refund.remote_summary", cart.format(model.total()), model.saleNumber(),
                        model.reasonProperty().get().trim())), then), done -> {
            Receipt receipt = RefundViewModel.receipt(done, cart.tenant(), till.cashier().orElse(null), cart::format,
                    till.clock().instant());
            ReceiptViewModel printed = new ReceiptViewModel(receipt, till.settings().printer(), receipts, printing());
            show(new ReceiptOverlay(printed, messages, messages.get("refund.receipt.screen_title"), messages.get("action.done"),
                    this::refocus));
            printed.printAfterSale();
        }, this::refocus));
    }

    /**
     * Someone who may do {@code needed} approves {@code what} by logging in on the spot; {@code then}
     * runs with the approval.
     */
    private void askManager(Permission needed, String what, Consumer<ManagerApprovalViewModel.Approval> then) {
        askManager(needed, what, null, then);
    }

    /** As above, offering beside the login to ask a manager who is elsewhere, with {@code remote}, when given. */
    private void askManager(Permission needed, String what, ApprovalDraft remote, Consumer<ManagerApprovalViewModel.Approval> then) {
        ManagerApprovalViewModel model = new ManagerApprovalViewModel(cart.tenant().slug(), needed, till::freshApi, background, ui);
        show(new ManagerApprovalOverlay(model, messages, what, then, () -> {
        }, remote == null ? null : () -> askRemotely(what, remote, then)));
    }

    /** Sends the request to the managers' tablets and watches, and waits here for their decision. */
    private void askRemotely(String what, ApprovalDraft draft, Consumer<ManagerApprovalViewModel.Approval> then) {
        ApprovalRequestViewModel model = new ApprovalRequestViewModel(ApprovalService.of(till.api()), background, ui, till.clock());
        show(new RemoteApprovalOverlay(model, messages, what, draft,
                decided -> then.accept(ManagerApprovalViewModel.Approval.remote(decided, till.api())), this::refocus));
    }

    /** The sales the server could not record; deciding about one is for someone who reviews sales, on the spot if need be. */
    private void openAttention() {
        SalesAttentionViewModel model = new SalesAttentionViewModel(till.outbox());
        show(new SalesAttentionOverlay(model, messages, cart::format, decision -> {
            if (session.may(Permission.ORDER_REVIEW)) {
                decision.accept(till.cashier().orElse(session.userId().toString()));
            } else {
                askManager(Permission.ORDER_REVIEW, messages.get("attention.approval_what"), approval -> {
                    decision.accept(approval.name());
                    background.execute(approval::end);
                });
            }
        }, this::refocus));
    }

    private void editNote(int index) {
        CartLine line = cart.lines().get(index);
        show(new EntryOverlay("line-note", messages.get("note.title", line.item().name()), messages.get("note.hint"),
                messages.get("note.save"), new LineNoteViewModel(line.notes(), note -> cart.setNotes(index, note)), messages,
                this::refocus));
    }

    private void show(Overlay overlay) {
        getChildren().add(overlay);
        overlay.requestFocus();
    }

    private void refocus() {
        search.requestFocus();
    }

    /** Shows a button's keyboard shortcut after its words; a narrow screen leaves it out (pos.css). */
    private static Button keyed(Button button, String key) {
        Label hint = new Label(key);
        hint.getStyleClass().add("key-hint");
        button.setGraphic(hint);
        button.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        return button;
    }

    private static Button button(String id, String text, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button button = new Button(text);
        if (id != null) {
            button.setId(id);
        }
        button.setOnAction(action);
        return button;
    }
}
