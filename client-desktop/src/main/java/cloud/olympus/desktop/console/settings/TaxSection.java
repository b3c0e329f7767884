package cloud.olympus.desktop.console.settings;

import cloud.olympus.fx.forms.FormFields;
import cloud.olympus.fx.i18n.Messages;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

/**
 * The tax rules form: a row for each tax class and its rate in percent, a button to take the row
 * off, and what is wrong with the row beside it.
 */
final class TaxSection extends StackPane {

    TaxSection(TaxViewModel model, Messages messages) {
        setId("settings-taxes");
        setAlignment(javafx.geometry.Pos.TOP_LEFT);
        GridPane rates = new GridPane();
        rates.setId("tax-rates");
        rates.setHgap(12);
        rates.setVgap(6);
        Runnable draw = () -> {
            rates.getChildren().clear();
            rates.add(new Label(messages.get("console.settings.tax.class")), 0, 0);
            rates.add(new Label(messages.get("console.settings.tax.rate")), 1, 0);
            int row = 1;
            for (TaxViewModel.Rate rate : model.rates()) {
                TextField name = SettingsView.text("tax-class-" + row, rate.taxClassProperty());
                TextField percent = SettingsView.text("tax-rate-" + row, rate.percentProperty());
                percent.setPrefColumnCount(6);
                percent.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Button remove = new Button(messages.get("console.settings.tax.remove"));
                remove.setId("tax-remove-" + row);
                remove.getStyleClass().addAll("flat", "danger");
                remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                remove.setOnAction(e -> model.removeRate(rate));
                Label problem = new Label();
                problem.setId("tax-row-" + row + "-error");
                problem.getStyleClass().addAll("text-danger", "text-small", "form-error");
                problem.setWrapText(true);
                problem.setMaxWidth(280);
                problem.textProperty().bind(rate.problemProperty().map(messages::text));
                problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
                PseudoClass danger = PseudoClass.getPseudoClass("danger");
                rate.problemProperty().addListener((o, was, now) -> {
                    name.pseudoClassStateChanged(danger, !now.isNone());
                    percent.pseudoClassStateChanged(danger, !now.isNone());
                });
                rates.addRow(row++, name, percent, new Label("%"), remove, problem);
            }
        };
        model.rates().addListener((ListChangeListener<TaxViewModel.Rate>) c -> draw.run());
        draw.run();
        Button add = new Button(messages.get("console.settings.tax.add"));
        add.setId("tax-add");
        add.setOnAction(e -> model.addRate());
        CheckBox inclusive = new CheckBox(messages.get("console.settings.tax.inclusive"));
        inclusive.setId("tax-inclusive");
        inclusive.selectedProperty().bindBidirectional(model.inclusiveProperty());
        getChildren().add(SettingsView.column(SettingsView.note(messages.get("console.settings.tax.note")),
                FormFields.field(messages, "console.settings.tax.rates", rates, model.form().problemsProperty(), "tax_rates"), add,
                inclusive, SettingsView.saveRow(model, messages, "tax-save")));
    }
}
