package cloud.olympus.mobile;

import cloud.olympus.client.manager.StockItem;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.manager.StockCountViewModel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A stock count: scan or find items, type what is on the shelf, see the differences, book them. */
final class CountView extends ScreenFrameHolder {

    CountView(StockCountViewModel model, KeyboardBarcodeSource scanner, Messages messages) {
        scanner.start(model::search);
        TextField search = new TextField();
        search.setId("count-search");
        search.setPromptText(messages.get("mobile.count.scan"));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setOnAction(e -> {
            scanner.entered(search.getText());
            search.clear();
        });
        Button find = new Button(messages.get("mobile.count.find"));
        find.setId("count-find");
        find.setOnAction(e -> {
            scanner.entered(search.getText());
            search.clear();
        });
        HBox bar = new HBox(8, search, find);

        VBox matches = new VBox(4);
        matches.setId("count-matches");
        model.matches().addListener((ListChangeListener<StockItem>) c -> matches.getChildren().setAll(model.matches().stream()
                .map(item -> {
                    Button pick = new Button(item.name() + " · " + item.sku());
                    pick.getStyleClass().addAll("flat", "count-match");
                    pick.setOnAction(e -> model.pick(item));
                    return pick;
                }).toList()));

        VBox lines = new VBox(8);
        lines.setId("count-lines");
        Label empty = new Label(messages.get("mobile.count.empty"));
        Runnable redraw = () -> {
            lines.getChildren().setAll(model.lines().stream().map(l -> line(l, messages)).toList());
            if (model.lines().isEmpty()) {
                lines.getChildren().setAll(empty);
            }
        };
        model.lines().addListener((ListChangeListener<StockCountViewModel.Line>) c -> redraw.run());
        redraw.run();

        TextField note = new TextField();
        note.setId("count-note");
        note.setPromptText(messages.get("mobile.count.note"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button clear = new Button(messages.get("mobile.count.clear"));
        clear.setId("count-clear");
        clear.setOnAction(e -> model.clear());
        Button book = new Button(messages.get("mobile.count.book"));
        book.setId("count-book");
        book.getStyleClass().add("accent");
        book.disableProperty().bind(model.busyProperty());
        book.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        book.setOnAction(e -> model.book(note.getText()));
        Label message = new Label();
        message.setId("count-message");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.messageProperty().get()),
                model.messageProperty()));
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox content = new VBox(10, bar, matches, scroll, new HBox(8, note, book, clear), message);
        content.getStyleClass().add("screen-content");
        frame("count", null, content, messages);
    }

    private static HBox line(StockCountViewModel.Line line, Messages messages) {
        Label name = new Label(line.item().name());
        name.getStyleClass().add("count-name");
        Label books = new Label();
        books.textProperty().bind(Bindings.createStringBinding(() -> messages.get("mobile.count.on_books",
                line.itemProperty().get().currentStock()), line.itemProperty()));
        TextField counted = new TextField();
        counted.getStyleClass().add("count-quantity");
        counted.setPromptText(messages.get("mobile.count.counted"));
        counted.setPrefColumnCount(5);
        counted.textProperty().addListener((obs, old, typed) -> line.countedProperty().set(StockCountViewModel.quantity(typed)));
        counted.disableProperty().bind(line.bookedProperty());
        Label variance = new Label();
        variance.getStyleClass().add("count-variance");
        variance.textProperty().bind(Bindings.createStringBinding(() -> line.bookedProperty().get() ? messages.get("mobile.count.done")
                : line.varianceProperty().get() == null ? "" : messages.get("mobile.count.variance",
                String.format(messages.locale(), "%+d", line.varianceProperty().get())), line.varianceProperty(), line.bookedProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(10, new VBox(name, books), gap, counted, variance);
        row.getStyleClass().addAll("card", "count-line");
        return row;
    }
}
