package cloud.olympus.desktop.pos;

import cloud.olympus.client.api.CatalogueItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The product grid: items by category or by what the cashier types, favourites first. Built to
 * stay instant with tens of thousands of items: names are folded once, each keystroke scans a
 * flat array, and the grid shows the first screenful of matches.
 */
public final class CatalogueViewModel {

    public static final String FAVOURITES = "★";
    public static final String ALL = "*";
    static final int SHOWN = 60;

    private List<CatalogueItem> items;
    private String[] folded;
    private Map<String, CatalogueItem> byCode = new HashMap<>();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<CatalogueItem> visible = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty(ALL);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TileColours> tileColours = new ReadOnlyObjectWrapper<>(TileColours.none());
    private List<CatalogueItem.Category> categoryDetails;
    private Set<UUID> favourites;
    private int matches;

    public CatalogueViewModel(List<CatalogueItem> catalogue, Set<UUID> favourites) {
        this(catalogue, List.of(), favourites);
    }

    /** A catalogue with its categories as the server keeps them, for their tile colours. */
    public CatalogueViewModel(List<CatalogueItem> catalogue, List<CatalogueItem.Category> categories, Set<UUID> favourites) {
        this.favourites = Set.copyOf(favourites);
        this.categoryDetails = List.copyOf(categories);
        index(catalogue);
        query.addListener((obs, old, text) -> refresh());
        category.addListener((obs, old, text) -> refresh());
        refresh();
    }

    /** Takes a newer catalogue (prices, stock, new items) and keeps what the cashier is looking at. */
    public void replace(List<CatalogueItem> catalogue) {
        index(catalogue);
        refresh();
    }

    /** Takes a newer catalogue and its categories, whose colours may have changed too. */
    public void replace(List<CatalogueItem> catalogue, List<CatalogueItem.Category> categories) {
        this.categoryDetails = List.copyOf(categories);
        replace(catalogue);
    }

    private void index(List<CatalogueItem> catalogue) {
        List<CatalogueItem> active = catalogue.stream().filter(CatalogueItem::active).toList();
        String[] foldedNames = new String[active.size()];
        Map<String, CatalogueItem> codes = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < active.size(); i++) {
            CatalogueItem item = active.get(i);
            foldedNames[i] = fold(item.name()) + "\u0000" + fold(item.sku());
            codes.put(item.sku().toLowerCase(Locale.ROOT), item);
            if (item.barcode() != null) {
                codes.put(item.barcode(), item);
            }
            if (item.category() != null) {
                names.add(item.category());
            }
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        List<String> all = new ArrayList<>();
        all.add(ALL);
        if (!favourites.isEmpty()) {
            all.add(FAVOURITES);
        }
        all.addAll(sorted);
        this.items = active;
        this.folded = foldedNames;
        this.byCode = codes;
        if (!all.equals(categories)) {
            categories.setAll(all);
        }
        TileColours colours = TileColours.of(categoryDetails, names);
        if (!colours.equals(tileColours.get())) {
            tileColours.set(colours);
        }
    }

    /** The colour of each category's tiles. */
    public ReadOnlyObjectProperty<TileColours> tileColoursProperty() {
        return tileColours.getReadOnlyProperty();
    }

    public ObservableList<CatalogueItem> visible() {
        return visible;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    /** "12 of 50,000 items" and the like, for the cashier to know when to narrow down. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public int matchCount() {
        return matches;
    }

    public int size() {
        return items.size();
    }

    /** What a scanner typed: a barcode or a SKU, exactly. */
    public Optional<CatalogueItem> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String trimmed = code.trim();
        return Optional.ofNullable(byCode.getOrDefault(trimmed, byCode.get(trimmed.toLowerCase(Locale.ROOT))));
    }

    public boolean isFavourite(CatalogueItem item) {
        return favourites.contains(item.id());
    }

    public void setFavourites(Set<UUID> next) {
        favourites = Set.copyOf(next);
        if (!favourites.isEmpty() && !categories.contains(FAVOURITES)) {
            categories.add(1, FAVOURITES);
        }
        refresh();
    }

    /** Recomputes the grid for the current query and category. */
    public void refresh() {
        String wanted = fold(query.get() == null ? "" : query.get().trim());
        String inCategory = category.get();
        List<CatalogueItem> shown = new ArrayList<>(SHOWN);
        List<CatalogueItem> favouriteHits = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < folded.length; i++) {
            CatalogueItem item = items.get(i);
            if (!wanted.isEmpty() && !folded[i].contains(wanted)) {
                continue;
            }
            if (wanted.isEmpty() && !ALL.equals(inCategory)) {
                if (FAVOURITES.equals(inCategory) ? !favourites.contains(item.id()) : !inCategory.equals(item.category())) {
                    continue;
                }
            }
            count++;
            if (favourites.contains(item.id())) {
                if (favouriteHits.size() < SHOWN) {
                    favouriteHits.add(item);
                }
            } else if (shown.size() < SHOWN) {
                shown.add(item);
            }
        }
        favouriteHits.addAll(shown);
        List<CatalogueItem> page = favouriteHits.size() > SHOWN ? favouriteHits.subList(0, SHOWN) : favouriteHits;
        matches = count;
        visible.setAll(page);
        summary.set(count > page.size() ? page.size() + " / " + count : String.valueOf(count));
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
