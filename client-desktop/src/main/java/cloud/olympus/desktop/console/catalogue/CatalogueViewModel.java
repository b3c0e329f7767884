package cloud.olympus.desktop.console.catalogue;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.backoffice.CatalogueAdmin;
import cloud.olympus.client.backoffice.Listing;
import cloud.olympus.client.backoffice.StockMovement;
import cloud.olympus.client.backoffice.StockedItem;
import cloud.olympus.desktop.console.FieldErrors;
import cloud.olympus.desktop.console.orders.FileExport;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.model.pricing.Amounts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
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
 * The catalogue as the back office works on it: the items a page at a time (searched, of one
 * category, or only those low on stock), the chosen item's stock ledger, stock changes by hand with
 * their reason, the categories with their tile colours (new ones too), and every item saved as a CSV
 * file with progress and a way to stop it.
 */
public final class CatalogueViewModel {

    /** The reasons a person may give for changing stock by hand, as the server names them. */
    public static final List<String> REASONS = List.of("receipt", "count", "waste", "adjustment");

    private final CatalogueAdmin admin;
    private final cloud.olympus.client.api.OlympusApi api;
    private final Executor background;
    private final Executor ui;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final BooleanProperty lowOnly = new SimpleBooleanProperty(false);
    private final ObservableList<StockedItem> items = FXCollections.observableArrayList();
    private final ObservableList<String> categoryNames = FXCollections.observableArrayList();
    private final ObservableList<CatalogueItem.Category> categories = FXCollections.observableArrayList();
    private final ObservableList<StockMovement> movements = FXCollections.observableArrayList();
    private final ObservableList<cloud.olympus.model.alerts.Alert> alerts = FXCollections.observableArrayList();
    private final ObservableMap<String, BigDecimal> taxRates = FXCollections.observableMap(new LinkedHashMap<>());
    private final StringProperty newCategoryName = new SimpleStringProperty("");
    private final StringProperty newCategoryColour = new SimpleStringProperty("");
    private final StringProperty newCategoryOrder = new SimpleStringProperty("");
    private final ObservableMap<String, Phrase> newCategoryErrors = FXCollections.observableHashMap();
    private final ObservableMap<String, Phrase> categoryErrors = FXCollections.observableHashMap();
    private final FileExport export;
    private final ReadOnlyObjectWrapper<StockedItem> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyObjectWrapper<Phrase> adjustProblem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private String nextCursor;
    private String nextMovements;
    private final ReadOnlyBooleanWrapper moreMovements = new ReadOnlyBooleanWrapper(false);
    /** Bumped by each new search, so an older search's late answer is dropped. */
    private int generation;
    /** The key of the stock change being made: kept until it succeeds, so a retry is not booked twice. */
    private String adjustmentKey = UUID.randomUUID().toString();

    /** @param api the till's calls, for the stock alerts every client shows alike */
    public CatalogueViewModel(CatalogueAdmin admin, cloud.olympus.client.api.OlympusApi api, Executor background, Executor ui) {
        this(admin, api, background, background, ui);
    }

    /**
     * @param api   the till's calls, for the stock alerts every client shows alike and the business's tax rates
     * @param files where a file of items is written: a thread of its own, so a long one does not hold up the screen
     */
    public CatalogueViewModel(CatalogueAdmin admin, cloud.olympus.client.api.OlympusApi api, Executor background,
                              Executor files, Executor ui) {
        this.admin = admin;
        this.api = api;
        this.background = background;
        this.ui = ui;
        this.export = new FileExport(files, ui);
    }

    /** Reads the first page for the filters as they are now, and the categories. */
    public void load() {
        int mine = ++generation;
        CatalogueAdmin.ItemFilter filter = filter();
        loading.set(true);
        run(() -> admin.items(filter, null), page -> {
            if (mine == generation) {
                items.setAll(page.rows());
                keep(page);
            }
        });
        loadCategories();
        run(() -> new java.util.TreeMap<>(api.tenant().taxRates()), rates -> {
            taxRates.clear();
            taxRates.putAll(rates);
        });
    }

    /**
     * The form to add an item (null) or change one, with the tax classes the business has a rate for
     * to choose from.
     */
    public ItemFormViewModel form(StockedItem item, int scale) {
        return new ItemFormViewModel(admin, item, scale, List.copyOf(taxRates.keySet()), background, ui);
    }

    /** Reads the open stock alerts: items at or below their minimum, or out, with how much to reorder. */
    public void loadAlerts() {
        run(api::openStockAlerts, alerts::setAll);
    }

    /** Acknowledges a stock alert (it goes from the open ones) and reads them again. */
    public void acknowledge(cloud.olympus.model.alerts.Alert alert) {
        run(() -> api.acknowledgeAlert(alert), done -> loadAlerts());
    }

    /** Adds the next page to the list, if there is one. */
    public void loadMore() {
        if (nextCursor == null || loading.get()) {
            return;
        }
        int mine = generation;
        String cursor = nextCursor;
        CatalogueAdmin.ItemFilter filter = filter();
        loading.set(true);
        run(() -> admin.items(filter, cursor), page -> {
            if (mine == generation) {
                items.addAll(page.rows());
                keep(page);
            }
        });
    }

    private void keep(Listing<StockedItem> page) {
        nextCursor = page.nextCursor();
        hasMore.set(page.hasMore());
        loading.set(false);
    }

    private void loadCategories() {
        run(admin::categories, all -> {
            categories.setAll(all);
            String chosen = category.get();
            categoryNames.setAll(all.stream().map(CatalogueItem.Category::name).toList());
            if (chosen != null && !categoryNames.contains(chosen)) {
                category.set(null);
            }
        });
    }

    /** Chooses the item the details, ledger and stock change are about (null: none), and reads its ledger. */
    public void select(StockedItem item) {
        selected.set(item);
        movements.clear();
        nextMovements = null;
        moreMovements.set(false);
        adjustProblem.set(Phrase.NONE);
        adjustmentKey = UUID.randomUUID().toString();
        if (item != null) {
            UUID id = item.id();
            run(() -> admin.movements(id, null), page -> {
                if (selected.get() != null && selected.get().id().equals(id)) {
                    movements.setAll(page.rows());
                    nextMovements = page.nextCursor();
                    moreMovements.set(page.hasMore());
                }
            });
        }
    }

    /** Adds the next page of the chosen item's ledger, if there is one. */
    public void loadMoreMovements() {
        StockedItem item = selected.get();
        String cursor = nextMovements;
        if (item == null || cursor == null) {
            return;
        }
        nextMovements = null;
        run(() -> admin.movements(item.id(), cursor), page -> {
            if (selected.get() != null && selected.get().id().equals(item.id())) {
                movements.addAll(page.rows());
                nextMovements = page.nextCursor();
                moreMovements.set(page.hasMore());
            }
        });
    }

    /**
     * Changes the chosen item's stock by hand: {@code reason} is one of {@link #REASONS};
     * {@code typed} the units received, wasted or corrected by (signed for a correction), or for a
     * count what is on the shelf. Answers false when the number is refused here.
     */
    public boolean adjust(String reason, String typed, String note) {
        StockedItem item = selected.get();
        String value = typed == null ? "" : typed.strip();
        boolean count = reason.equals("count");
        boolean signed = reason.equals("adjustment");
        if (item == null || !REASONS.contains(reason) || !value.matches(signed ? "[+-]?\\d{1,10}" : "\\d{1,10}")) {
            adjustProblem.set(Phrase.of("console.catalogue.adjust.number"));
            return false;
        }
        long quantity = Long.parseLong(value.replace("+", ""));
        long most = count ? Amounts.MAX_STOCK_LEVEL : Amounts.MAX_STOCK_CHANGE;
        if (Math.abs(quantity) > most || (!count && quantity == 0)) {
            adjustProblem.set(Phrase.of("console.catalogue.adjust.range", most));
            return false;
        }
        int delta = (int) (reason.equals("waste") ? -quantity : quantity);
        String key = adjustmentKey;
        adjustProblem.set(Phrase.NONE);
        background.execute(() -> {
            try {
                StockedItem changed = admin.adjust(item.id(), reason, delta, note, key);
                ui.execute(() -> {
                    adjustmentKey = UUID.randomUUID().toString();
                    replace(changed);
                    select(changed);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> adjustProblem.set(refusal(e)));
            }
        });
        return true;
    }

    /**
     * Saves every item as CSV to {@code file}, as it comes from the server: how far it has come and
     * how it ended are in {@link #export()}, which can also stop it (nothing is then left behind).
     */
    public void exportTo(Path file) {
        export.start(file, "console.catalogue.csv", (out, progress, cancellation) -> admin.exportCsv(out, progress, cancellation));
    }

    /** The CSV file of items being written, or last written. */
    public FileExport export() {
        return export;
    }

    /**
     * Sets a category's colour ({@code #RRGGBB}, or blank for the till's own) and place; a colour or
     * place refused here or by the server is said in {@link #categoryErrors()}. Answers false when
     * refused here.
     */
    public boolean changeCategory(String name, String colour, String sortOrder) {
        categoryErrors.clear();
        String wanted = colour(colour, categoryErrors);
        Integer place = place(sortOrder, categoryErrors);
        if (!categoryErrors.isEmpty()) {
            return false;
        }
        run(() -> admin.changeCategory(name, wanted, place == null ? categoryOrder(name) : place), changed -> loadCategories(),
                e -> fieldRefusal(e, categoryErrors));
        return true;
    }

    private int categoryOrder(String name) {
        return categories.stream().filter(c -> c.name().equals(name)).mapToInt(CatalogueItem.Category::sortOrder).findFirst()
                .orElse(0);
    }

    /**
     * Adds the category of {@link #newCategoryNameProperty()}, with its colour and place if given;
     * what is refused here or by the server is said in {@link #newCategoryErrors()} by field.
     * Answers false when refused here.
     */
    public boolean createCategory() {
        newCategoryErrors.clear();
        String name = newCategoryName.get() == null ? "" : newCategoryName.get().strip();
        if (name.isEmpty()) {
            newCategoryErrors.put("name", Phrase.of("console.catalogue.form.required"));
        } else if (name.length() > 100) {
            newCategoryErrors.put("name", Phrase.of("console.catalogue.form.too_long", 100));
        } else if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            newCategoryErrors.put("name", Phrase.of("console.catalogue.form.control"));
        } else if (categoryNames.contains(name)) {
            newCategoryErrors.put("name", Phrase.of("console.catalogue.category.exists", name));
        }
        String colour = colour(newCategoryColour.get(), newCategoryErrors);
        Integer place = place(newCategoryOrder.get(), newCategoryErrors);
        if (!newCategoryErrors.isEmpty()) {
            return false;
        }
        run(() -> admin.createCategory(name, colour, place), created -> {
            newCategoryName.set("");
            newCategoryColour.set("");
            newCategoryOrder.set("");
            loadCategories();
        }, e -> fieldRefusal(e, newCategoryErrors));
        return true;
    }

    /** A colour as typed: blank for the till's own (null), else {@code #RRGGBB}; a wrong one is put in {@code errors}. */
    private static String colour(String typed, Map<String, Phrase> errors) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("#[0-9A-Fa-f]{6}")) {
            errors.put("colour", Phrase.of("console.catalogue.category.bad_colour"));
            return null;
        }
        return value.toUpperCase(java.util.Locale.ROOT);
    }

    /** A place in the order as typed: blank for none (null), else 0 to 10,000; a wrong one is put in {@code errors}. */
    private static Integer place(String typed, Map<String, Phrase> errors) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{1,5}") || Integer.parseInt(value) > MAX_SORT_ORDER) {
            errors.put("sort_order", Phrase.of("console.catalogue.category.bad_order", MAX_SORT_ORDER));
            return null;
        }
        return Integer.parseInt(value);
    }

    /** The server's refusal: by field next to the field, when it names fields; else said in the screen's problem line. */
    private Phrase fieldRefusal(RuntimeException e, ObservableMap<String, Phrase> errors) {
        Map<String, String> refused = e instanceof OlympusApiException refusal ? FieldErrors.of(refusal) : Map.of();
        if (refused.isEmpty()) {
            return Problems.phrase(e);
        }
        refused.forEach((field, sentence) -> errors.put(field, Phrase.of("console.catalogue.form.server", sentence)));
        return Phrase.NONE;
    }

    /** The highest place in the order a category may have. */
    static final int MAX_SORT_ORDER = 10_000;

    /** Renames a category (its items move with it) and reads the categories and items again. */
    public void renameCategory(String name, String to) {
        if (to == null || to.isBlank()) {
            problem.set(Phrase.of("console.catalogue.category.name_needed"));
            return;
        }
        String wanted = to.strip();
        run(() -> admin.renameCategory(name, wanted), renamed -> {
            if (name.equals(category.get())) {
                category.set(renamed.name());
            }
            load();
        });
    }

    /** Removes a category no item is in. */
    public void removeCategory(String name) {
        run(() -> {
            admin.removeCategory(name);
            return name;
        }, removed -> loadCategories(), e -> e instanceof OlympusApiException api && api.status() == 409
                ? Phrase.of("console.catalogue.category.not_empty") : Problems.phrase(e));
    }

    /** Puts a stored item in the list in place of its older copy (first when it is new) and chooses it. */
    public void stored(StockedItem item) {
        replace(item);
        select(item);
        loadCategories();
    }

    private void replace(StockedItem item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(item.id())) {
                items.set(i, item);
                return;
            }
        }
        items.add(0, item);
    }

    private CatalogueAdmin.ItemFilter filter() {
        return new CatalogueAdmin.ItemFilter(query.get(), category.get(), lowOnly.get());
    }

    private <T> void run(Supplier<T> call, java.util.function.Consumer<T> then) {
        run(call, then, Problems::phrase);
    }

    /** Runs {@code call} in the background and {@code then} with its answer; a failure is said as {@code said} puts it. */
    private <T> void run(Supplier<T> call, java.util.function.Consumer<T> then,
                         java.util.function.Function<RuntimeException, Phrase> said) {
        problem.set(Phrase.NONE);
        background.execute(() -> {
            try {
                T answer = call.get();
                ui.execute(() -> then.accept(answer));
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    loading.set(false);
                    problem.set(said.apply(e));
                });
            }
        });
    }

    private static Phrase refusal(RuntimeException e) {
        if (e instanceof OlympusApiException api && !FieldErrors.of(api).isEmpty()) {
            return Phrase.of("console.catalogue.form.server", api.problem().message());
        }
        return Problems.phrase(e);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public BooleanProperty lowOnlyProperty() {
        return lowOnly;
    }

    public ObservableList<StockedItem> items() {
        return items;
    }

    public ObservableList<String> categoryNames() {
        return categoryNames;
    }

    public ObservableList<CatalogueItem.Category> categories() {
        return categories;
    }

    /** The business's tax classes and their rates (0.2 for 20 %), as Settings, Taxes has them. */
    public ObservableMap<String, BigDecimal> taxRates() {
        return taxRates;
    }

    public StringProperty newCategoryNameProperty() {
        return newCategoryName;
    }

    public StringProperty newCategoryColourProperty() {
        return newCategoryColour;
    }

    public StringProperty newCategoryOrderProperty() {
        return newCategoryOrder;
    }

    /** Why the new category's fields (name, colour, sort_order) are refused. */
    public ObservableMap<String, Phrase> newCategoryErrors() {
        return newCategoryErrors;
    }

    /** Why the chosen category's new colour or place (colour, sort_order) is refused. */
    public ObservableMap<String, Phrase> categoryErrors() {
        return categoryErrors;
    }

    public ObservableList<StockMovement> movements() {
        return movements;
    }

    /** The open stock alerts, newest first. */
    public ObservableList<cloud.olympus.model.alerts.Alert> alerts() {
        return alerts;
    }

    public ReadOnlyObjectProperty<StockedItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether the chosen item's ledger has older lines to read. */
    public ReadOnlyBooleanProperty moreMovementsProperty() {
        return moreMovements.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrase> adjustProblemProperty() {
        return adjustProblem.getReadOnlyProperty();
    }

    public CatalogueAdmin admin() {
        return admin;
    }
}
