package cloud.olympus.desktop.console.catalogue;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.backoffice.CatalogueAdmin;
import cloud.olympus.client.backoffice.StockedItem;
import cloud.olympus.desktop.console.FieldErrors;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.fx.input.AmountInput;
import cloud.olympus.model.pricing.Amounts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The form that adds an item or changes one: its fields as typed, checked here by the rules the
 * server keeps (the shared {@link Amounts}: the currency's decimals, bounds of money and stock) and
 * then by the server, whose refusals of a field are shown next to that field. The tax class is one
 * of those the business has a rate for (Settings, Taxes); an open-price item has its price typed at
 * the till.
 */
public final class ItemFormViewModel {

    private final CatalogueAdmin admin;
    private final Executor background;
    private final Executor ui;
    private final int scale;
    private final StockedItem editing;

    private final StringProperty sku = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty price = new SimpleStringProperty("");
    private final StringProperty cost = new SimpleStringProperty("");
    private final StringProperty barcode = new SimpleStringProperty("");
    private final StringProperty minStock = new SimpleStringProperty("0");
    private final StringProperty maxStock = new SimpleStringProperty("");
    private final StringProperty openingStock = new SimpleStringProperty("0");
    private final BooleanProperty trackStock = new SimpleBooleanProperty(true);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final BooleanProperty openPrice = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> taxClass = new SimpleObjectProperty<>();
    private final ObservableList<String> taxClasses = FXCollections.observableArrayList();
    private final List<String> knownClasses;
    private final ObservableMap<String, Phrase> errors = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    /**
     * @param editing the item to change, or null to add one
     * @param scale   the currency's decimals
     */
    public ItemFormViewModel(CatalogueAdmin admin, StockedItem editing, int scale, Executor background, Executor ui) {
        this(admin, editing, scale, List.of(), background, ui);
    }

    /**
     * @param editing    the item to change, or null to add one
     * @param scale      the currency's decimals
     * @param taxClasses the tax classes the business has a rate for; empty when they are not known,
     *                   and then the server alone checks the class
     */
    public ItemFormViewModel(CatalogueAdmin admin, StockedItem editing, int scale, List<String> taxClasses,
                             Executor background, Executor ui) {
        this.admin = admin;
        this.knownClasses = List.copyOf(taxClasses);
        this.editing = editing;
        this.scale = scale;
        this.background = background;
        this.ui = ui;
        if (editing != null) {
            sku.set(editing.sku());
            name.set(editing.name());
            category.set(editing.category() == null ? "" : editing.category());
            price.set(asTyped(editing.unitPrice()));
            cost.set(editing.unitCost() == null ? "" : asTyped(editing.unitCost()));
            barcode.set(editing.barcode() == null ? "" : editing.barcode());
            minStock.set(Integer.toString(editing.minStock()));
            maxStock.set(editing.maxStock() == null ? "" : editing.maxStock().toString());
            trackStock.set(editing.trackStock());
            active.set(editing.active());
            openPrice.set(editing.openPrice());
            taxClass.set(editing.taxClass());
        } else if (!knownClasses.isEmpty()) {
            taxClass.set(knownClasses.contains(STANDARD) ? STANDARD : knownClasses.get(0));
        }
        this.taxClasses.setAll(knownClasses);
        if (taxClass.get() != null && !knownClasses.contains(taxClass.get())) {
            // The item's class lost its rate since: it stays shown, and is kept while it is not changed.
            this.taxClasses.add(taxClass.get());
        }
    }

    /** The class of items that name none. */
    static final String STANDARD = "standard";

    public boolean isNew() {
        return editing == null;
    }

    /**
     * Checks the fields; when they hold, saves them and hands the stored item to {@code saved} on the
     * UI thread. Answers false when a field was refused here (see {@link #errors()}).
     */
    public boolean save(Consumer<StockedItem> saved) {
        Map<String, Object> fields = checked();
        if (fields == null) {
            return false;
        }
        saving.set(true);
        problem.set(Phrase.NONE);
        background.execute(() -> {
            try {
                StockedItem stored = editing == null ? admin.create(fields) : admin.update(editing.id(), fields);
                ui.execute(() -> {
                    saving.set(false);
                    saved.accept(stored);
                });
            } catch (RuntimeException e) {
                Map<String, String> refused = e instanceof OlympusApiException api ? FieldErrors.of(api) : Map.of();
                ui.execute(() -> {
                    saving.set(false);
                    refused.forEach((field, sentence) -> errors.put(field, Phrase.of("console.catalogue.form.server", sentence)));
                    problem.set(refused.isEmpty() ? Problems.phrase(e) : Phrase.of("console.catalogue.form.fix"));
                });
            }
        });
        return true;
    }

    /** The fields as the server takes them, or null (with {@link #errors()} filled) when one is refused here. */
    Map<String, Object> checked() {
        errors.clear();
        Map<String, Object> fields = new LinkedHashMap<>();
        text("sku", sku.get(), 100, true, fields);
        text("name", name.get(), 255, true, fields);
        text("category", category.get(), 100, false, fields);
        text("barcode", barcode.get(), 64, false, fields);
        amount("unit_price", price.get(), true, fields);
        amount("unit_cost", cost.get(), false, fields);
        Integer min = whole("min_stock", minStock.get(), false);
        Integer max = whole("max_stock", maxStock.get(), false);
        if (min != null) {
            fields.put("min_stock", min);
        }
        if (max != null) {
            fields.put("max_stock", max);
            if (min != null && max < min) {
                errors.put("max_stock", Phrase.of("console.catalogue.form.max_below_min"));
            }
        }
        if (editing == null) {
            Integer opening = whole("current_stock", openingStock.get(), false);
            if (opening != null && opening > 0) {
                fields.put("current_stock", opening);
            }
        }
        String chosen = taxClass.get() == null ? "" : taxClass.get().strip();
        if (!chosen.isEmpty() && (editing == null || !Objects.equals(chosen, editing.taxClass()))) {
            if (!knownClasses.isEmpty() && !knownClasses.contains(chosen)) {
                errors.put("tax_class", Phrase.of("console.catalogue.form.tax_class_unknown", chosen));
            } else {
                fields.put("tax_class", chosen);
            }
        }
        fields.put("track_stock", trackStock.get());
        fields.put("active", active.get());
        fields.put("open_price", openPrice.get());
        return errors.isEmpty() ? fields : null;
    }

    private void text(String field, String typed, int most, boolean required, Map<String, Object> fields) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            if (required) {
                errors.put(field, Phrase.of("console.catalogue.form.required"));
            } else if (editing != null && (field.equals("category") || field.equals("barcode"))) {
                fields.put(field, "");
            }
            return;
        }
        if (value.length() > most) {
            errors.put(field, Phrase.of("console.catalogue.form.too_long", most));
            return;
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            errors.put(field, Phrase.of("console.catalogue.form.control"));
            return;
        }
        fields.put(field, value);
    }

    private void amount(String field, String typed, boolean required, Map<String, Object> fields) {
        if ((typed == null || typed.isBlank()) && !required) {
            return;
        }
        AmountInput.Outcome outcome = AmountInput.parse(typed, scale, Amounts.Sign.NOT_NEGATIVE);
        if (outcome.isValid()) {
            BigDecimal value = outcome.amount();
            fields.put(field, value);
        } else {
            errors.put(field, outcome.problem());
        }
    }

    private Integer whole(String field, String typed, boolean required) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            if (required) {
                errors.put(field, Phrase.of("console.catalogue.form.required"));
            }
            return null;
        }
        if (!value.matches("\\d{1,10}") || Long.parseLong(value) > Amounts.MAX_STOCK_LEVEL) {
            errors.put(field, Phrase.of("console.catalogue.form.stock_level", Amounts.MAX_STOCK_LEVEL));
            return null;
        }
        return Integer.parseInt(value);
    }

    public StringProperty skuProperty() {
        return sku;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    /**
     * An amount kept by the server (which keeps more decimals than a currency has: 12.500) as a person
     * would type it, at the currency's decimals (12.50), so saving the item unchanged is not refused.
     */
    private String asTyped(java.math.BigDecimal amount) {
        return amount.setScale(Math.max(scale, amount.stripTrailingZeros().scale()), java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public StringProperty barcodeProperty() {
        return barcode;
    }

    public StringProperty minStockProperty() {
        return minStock;
    }

    public StringProperty maxStockProperty() {
        return maxStock;
    }

    public StringProperty openingStockProperty() {
        return openingStock;
    }

    public BooleanProperty trackStockProperty() {
        return trackStock;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    /** Whether the price is typed at the till each time it is sold (the item's price is then only a suggestion). */
    public BooleanProperty openPriceProperty() {
        return openPrice;
    }

    /** The item's tax class: one of {@link #taxClasses()}. */
    public ObjectProperty<String> taxClassProperty() {
        return taxClass;
    }

    /** The tax classes to choose from: those the business has a rate for (and the item's own, should it have lost its rate). */
    public ObservableList<String> taxClasses() {
        return taxClasses;
    }

    /** Refused fields (wire names) and why. */
    public ObservableMap<String, Phrase> errors() {
        return errors;
    }

    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
