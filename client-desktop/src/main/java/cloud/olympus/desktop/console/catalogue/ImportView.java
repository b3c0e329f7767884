package cloud.olympus.desktop.console.catalogue;

import cloud.olympus.client.backoffice.ImportReport;
import cloud.olympus.fx.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The import wizard: choose a file, see the rows the server refuses, apply; with progress and a way to cancel. */
final class ImportView extends VBox {

    ImportView(ImportViewModel model, Messages messages, cloud.olympus.desktop.console.FileDialogs files, Runnable close) {
        setId("catalogue-import-wizard");
        getStyleClass().addAll("console-dialog", "card");
        setSpacing(12);
        setPadding(new Insets(20));
        setPrefSize(760, 560);
        setMaxSize(760, 560);
        Label title = new Label(messages.get("console.catalogue.import.title"));
        title.getStyleClass().add("title-3");
        Label explain = new Label(messages.get("console.catalogue.import.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        Label file = new Label();
        file.setId("import-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null ? ""
                : model.fileProperty().get().getFileName().toString(), model.fileProperty()));
        Button choose = new Button(messages.get("console.catalogue.import.choose_file"));
        choose.setId("import-choose");
        choose.setMnemonicParsing(true);
        choose.setOnAction(e -> files.open(getScene().getWindow(), "csv").ifPresent(model::choose));
        CheckBox partial = new CheckBox(messages.get("console.catalogue.import.partial"));
        partial.setId("import-partial");
        partial.selectedProperty().bindBidirectional(model.partialProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("import-progress");
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(model.stepProperty().isEqualTo(ImportViewModel.Step.CHECKING)
                .or(model.stepProperty().isEqualTo(ImportViewModel.Step.APPLYING)));
        Label status = cloud.olympus.desktop.console.ConsoleLabels.phrase("import-status", model.statusProperty(), messages);
        javafx.scene.control.ProgressBar parts = new javafx.scene.control.ProgressBar();
        parts.setId("import-parts");
        parts.setPrefWidth(160);
        parts.progressProperty().bind(model.progressProperty());
        parts.visibleProperty().bind(progress.visibleProperty());
        parts.managedProperty().bind(parts.visibleProperty());
        HBox statusLine = new HBox(8, progress, parts, status);
        statusLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<ImportReport.RowProblem> rows = new TableView<>(model.rowProblems());
        rows.setId("import-errors");
        rows.setPlaceholder(new Label(messages.get("console.catalogue.import.no_errors")));
        rows.getColumns().add(column(messages.get("console.catalogue.import.row"), 70, p -> Integer.toString(p.row())));
        rows.getColumns().add(column(messages.get("console.catalogue.import.field"), 120, p -> p.field() == null ? "" : p.field()));
        rows.getColumns().add(column(messages.get("console.catalogue.import.problem"), 480, ImportReport.RowProblem::problem));
        VBox.setVgrow(rows, Priority.ALWAYS);

        Button apply = new Button(messages.get("console.catalogue.import.apply"));
        apply.setId("import-apply");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(model.stepProperty().isNotEqualTo(ImportViewModel.Step.CHECKED));
        apply.setOnAction(e -> model.apply());
        Button cancel = new Button(messages.get("console.catalogue.import.cancel"));
        cancel.setId("import-cancel");
        cancel.disableProperty().bind(progress.visibleProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Button saveRefused = new Button(messages.get("console.catalogue.import.save_refused"));
        saveRefused.setId("import-save-refused");
        saveRefused.setMnemonicParsing(true);
        saveRefused.disableProperty().bind(Bindings.isEmpty(model.rowProblems()));
        Label saved = new Label();
        saved.setId("import-saved");
        saveRefused.setOnAction(e -> files.save(getScene().getWindow(), "refused-rows.csv").ifPresent(target -> {
            try {
                model.saveRefused(target);
                saved.setText(messages.get("console.catalogue.import.refused_saved", target.getFileName().toString()));
            } catch (java.io.IOException failed) {
                saved.setText(messages.get("console.export.failed", String.valueOf(failed.getMessage())));
            }
        }));
        Button done = new Button(messages.get("console.catalogue.import.close"));
        done.setId("import-close");
        done.setCancelButton(true);
        done.setOnAction(e -> {
            model.cancel();
            close.run();
        });
        getChildren().addAll(title, explain, new HBox(8, choose, file), partial, statusLine, rows,
                new HBox(8, apply, cancel, saveRefused, done, saved));
    }

    private static TableColumn<ImportReport.RowProblem, String> column(String title, double width,
                                                                       java.util.function.Function<ImportReport.RowProblem, String> value) {
        TableColumn<ImportReport.RowProblem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

}
