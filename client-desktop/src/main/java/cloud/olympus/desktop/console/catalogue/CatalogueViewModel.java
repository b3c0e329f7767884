package cloud.olympus.desktop.console.catalogue;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.backoffice.CatalogueAdmin;
import cloud.olympus.client.backoffice.Listing;
import cloud.olympus.client.backoffice.StockMovement;
import cloud.olympus.client.backoffice.StockedItem;
import cloud.olympus.desktop.console.FieldErrors;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.model.pricing.Amounts;
import java.util.List;
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

/**
 * The catalogue as the back office works on it: the items a page at a time (searched, of one
 * category, or only those low on stock), the chosen item's stock ledger, stock changes by hand with
 * their reason, and the categories with their tile colours.
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
        this.admin = admin;
        this.api = api;
        this.background = background;
        this.ui = ui;
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

    /** Saves every item as CSV to {@code file}; {@code done} hears where, on the UI thread. */
    public void exportTo(java.nio.file.Path file, java.util.function.Consumer<java.nio.file.Path> done) {
        run(() -> {
            try {
                cloud.olympus.client.files.DurableFiles.write(file, admin.exportCsv().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return file;
        }, done);
    }

    /** Sets a category's colour ({@code #RRGGBB}, or blank for the till's own) and place. */
    public void changeCategory(String name, String colour, int sortOrder) {
        String wanted = colour == null || colour.isBlank() ? null : colour.strip();
        run(() -> admin.changeCategory(name, wanted, sortOrder), changed -> loadCategories());
    }

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

    /** Where this screen's calls run, for the forms it opens. */
    public Executor backgroundExecutor() {
        return background;
    }
}
