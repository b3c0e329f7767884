package cloud.olympus.desktop.console.reports;

import cloud.olympus.desktop.console.orders.BusinessDataExport;
import cloud.olympus.desktop.console.orders.ExportProgress;
import cloud.olympus.fx.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import cloud.olympus.client.reports.ZReport;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Reports screen: what to report on (the report, the location, the day or days) in a bar at
 * the top, the report below as tables, and saving it as a PDF; for those who may, a copy of all the
 * business's data, as on Orders. A load, a PDF and a copy show their progress and can be cancelled.
 */
public final class ReportsView extends BorderPane {

    private final ReportsViewModel model;
    private final Messages messages;
    private final VBox body = new VBox();

    /** @param saveTo asks where to save, given the name offered; empty when the person cancels */
    public ReportsView(ReportsViewModel model, Messages messages, Function<String, Optional<Path>> saveTo) {
        this(model, messages, saveTo, null);
    }

    /** @param everything the copy of all the business's data offered here too; null offers none */
    public ReportsView(ReportsViewModel model, Messages messages, Function<String, Optional<Path>> saveTo,
                       BusinessDataExport everything) {
        this.model = model;
        this.messages = messages;
        setId("console-reports");
        getStyleClass().add("console-reports");

        ComboBox<ReportsViewModel.Kind> kind = new ComboBox<>();
        kind.setId("reports-kind");
        kind.getItems().setAll(ReportsViewModel.Kind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(converter(k -> messages.get("console.reports.kind." + k.name().toLowerCase())));
        // The location is the one picked in the console's header, for every screen alike.
        Label place = new Label();
        place.setId("reports-location");
        place.getStyleClass().add("text-bold");
        place.textProperty().bind(Bindings.createStringBinding(model::placeName, model.placeProperty(), model.places()));
        DatePicker from = new DatePicker();
        from.setId("reports-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("reports-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        to.visibleProperty().bind(model.kindProperty().isNotEqualTo(ReportsViewModel.Kind.Z));
        to.managedProperty().bind(to.visibleProperty());
        Label dash = new Label("–");
        dash.visibleProperty().bind(to.visibleProperty());
        dash.managedProperty().bind(to.visibleProperty());

        Button show = new Button(messages.get("console.reports.show"));
        show.setId("reports-load");
        show.getStyleClass().add("accent");
        show.setDefaultButton(true);
        show.setOnAction(e -> model.load());
        show.disableProperty().bind(model.loadingProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("reports-progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setId("reports-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.loadingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button save = new Button(messages.get("console.reports.save"));
        save.setId("reports-save");
        save.disableProperty().bind(model.documentProperty().isNull().or(model.loadingProperty())
                .or(model.pdf().runningProperty()));
        save.setOnAction(e -> saveTo.apply(model.suggestedFileName()).ifPresent(model::save));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, labelled("console.reports.kind", kind), labelled("console.reports.location", place),
                labelled("console.reports.days", from), dash, to, show, progress, cancel, spacer,
                new ExportProgress(model.pdf(), messages, "console.reports.pdf", "reports-pdf", 1), save);
        if (everything != null && everything.allowed()) {
            Button all = new Button(messages.get("console.orders.export_all"));
            all.setId("reports-export-all");
            all.setMnemonicParsing(true);
            all.disableProperty().bind(everything.export().runningProperty());
            all.setOnAction(e -> saveTo.apply("olympus-data.zip").ifPresent(everything::start));
            bar.getChildren().addAll(all, new ExportProgress(everything.export(), messages, "console.orders.data",
                    "reports-export-data", 1024));
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("reports-bar");

        Label problem = new Label();
        problem.setId("reports-problem");
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.problemProperty().get()),
                model.problemProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox top = new VBox(6, bar, problem);
        top.getStyleClass().add("reports-top");
        setTop(top);

        body.setSpacing(12);
        body.getStyleClass().add("reports-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setId("reports-scroll");
        setCenter(scroll);
        model.documentProperty().addListener((o, was, now) -> render(now));
        render(null);
    }

    private void render(ReportDocument document) {
        if (document == null) {
            Label empty = new Label(messages.get("console.reports.empty"));
            empty.setId("reports-empty");
            empty.getStyleClass().add("subtitle");
            body.getChildren().setAll(empty);
            return;
        }
        Label title = new Label(document.title());
        title.setId("reports-title");
        title.getStyleClass().add("title-3");
        Label subtitle = new Label(document.subtitle());
        subtitle.setId("reports-subtitle");
        subtitle.getStyleClass().add("subtitle");
        body.getChildren().setAll(title, subtitle);
        for (ReportDocument.Section section : document.sections()) {
            Label heading = new Label(section.title());
            heading.getStyleClass().add("title-4");
            TableView<List<String>> table = table(section);
            body.getChildren().addAll(heading, table);
            if (section.id().equals("drawers") && model.mayCloseDrawers()) {
                body.getChildren().add(closeDrawer(table));
            }
        }
    }

    /**
     * "Close drawer…" under the drawers: for the open drawer picked in the table, whose till is gone,
     * a manager's close with the cash counted (or not) and why.
     */
    private HBox closeDrawer(TableView<List<String>> table) {
        Button close = new Button(messages.get("console.reports.close_drawer"));
        close.setId("reports-close-drawer");
        close.setMnemonicParsing(true);
        close.disableProperty().bind(Bindings.createBooleanBinding(() -> picked(table) == null,
                table.getSelectionModel().selectedIndexProperty(), model.drawers()).or(model.closingProperty()));
        close.setOnAction(e -> {
            ZReport.Drawer drawer = picked(table);
            if (drawer != null) {
                askToClose(drawer);
            }
        });
        Label hint = new Label(messages.get("console.reports.close_drawer.hint"));
        hint.getStyleClass().add("text-small");
        hint.setWrapText(true);
        HBox row = new HBox(8, close, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The open drawer of the row picked; null for a closed one or a row of totals. */
    private ZReport.Drawer picked(TableView<List<String>> table) {
        int at = table.getSelectionModel().getSelectedIndex();
        if (at < 0 || at >= model.drawers().size()) {
            return null;
        }
        ZReport.Drawer drawer = model.drawers().get(at);
        return drawer.open() ? drawer : null;
    }

    private void askToClose(ZReport.Drawer drawer) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("console.reports.close_drawer.title"));
        String till = drawer.terminalName() != null ? drawer.terminalName()
                : drawer.terminalId().toString().substring(0, 8).toUpperCase();
        dialog.setHeaderText(messages.get("console.reports.close_drawer.header", till));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        TextField counted = new TextField();
        counted.setId("close-drawer-counted");
        CheckBox notCounted = new CheckBox(messages.get("console.reports.close_drawer.not_counted"));
        notCounted.setId("close-drawer-not-counted");
        notCounted.setMnemonicParsing(true);
        counted.disableProperty().bind(notCounted.selectedProperty());
        TextField reason = new TextField();
        reason.setId("close-drawer-reason");
        reason.setPrefColumnCount(30);
        Label error = new Label();
        error.setId("close-drawer-problem");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(() -> messages.text(model.closeProblemProperty().get()),
                model.closeProblemProperty()));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, fieldLabel("console.reports.close_drawer.counted", counted), counted, notCounted);
        form.addRow(1, fieldLabel("console.reports.close_drawer.reason", reason), reason);
        GridPane.setColumnSpan(reason, 2);
        form.add(error, 0, 2, 3, 1);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("close-drawer-dialog");
        ButtonType confirm = new ButtonType(messages.get("console.reports.close_drawer.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        // What is typed is checked before the dialog closes; the server's answer shows above the report.
        dialog.getDialogPane().lookupButton(confirm).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!model.closeDrawer(drawer, counted.getText(), notCounted.isSelected(), reason.getText())) {
                e.consume();
            }
        });
        javafx.application.Platform.runLater(counted::requestFocus);
        dialog.show();
    }

    private Label fieldLabel(String key, javafx.scene.control.Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setMnemonicParsing(true);
        return label;
    }

    private TableView<List<String>> table(ReportDocument.Section section) {
        TableView<List<String>> table = new TableView<>();
        table.setId("reports-section-" + section.id());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (int i = 0; i < section.columns().size(); i++) {
            int at = i;
            TableColumn<List<String>, String> column = new TableColumn<>(section.columns().get(i));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(at)));
            column.setSortable(false);
            if (section.figures(i)) {
                column.getStyleClass().add("report-figure");
            }
            table.getColumns().add(column);
        }
        table.getItems().setAll(section.rows());
        table.setPlaceholder(new Label(messages.get("console.reports.nothing")));
        // Tall enough for its rows (up to a screenful), so the report scrolls as one page.
        table.setFixedCellSize(28);
        table.prefHeightProperty().bind(Bindings.min(560, Bindings.max(1, Bindings.size(table.getItems())).multiply(28).add(48)));
        table.setMinHeight(Region.USE_PREF_SIZE);
        return table;
    }

    private VBox labelled(String key, javafx.scene.control.Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setMnemonicParsing(true);
        label.getStyleClass().add("text-small");
        return new VBox(2, label, control);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
