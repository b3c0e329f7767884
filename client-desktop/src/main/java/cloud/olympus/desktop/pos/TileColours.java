package cloud.olympus.desktop.pos;

import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.fx.theme.AccentPalette;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javafx.scene.paint.Color;

/**
 * The colour each category's product tiles carry: the one set for the category in the back
 * office, or else one of a small palette, picked from the category's name so that it stays the
 * same from one day to the next, and clear of the colours set for other categories. Text on a
 * tile is white or near-black, whichever reads better.
 */
public final class TileColours {

    /**
     * The defaults: ten deep colours, of hues far enough apart to tell at a glance, on which white
     * text has a WCAG contrast of at least 4.5, so tiles read the same on the light and the dark theme.
     */
    public static final List<Color> PALETTE = List.of(
            Color.web("#B91C1C"), Color.web("#C2410C"), Color.web("#A16207"), Color.web("#4D7C0F"), Color.web("#0F766E"),
            Color.web("#0369A1"), Color.web("#4338CA"), Color.web("#7E22CE"), Color.web("#BE185D"), Color.web("#475569"));

    private static final Color DARK_TEXT = Color.web("#1F2328");

    /** A tile's colour and the colour of the text on it. */
    public record Swatch(Color background, Color text) {

        static Swatch on(Color background) {
            Color text = AccentPalette.contrast(Color.WHITE, background) >= AccentPalette.contrast(DARK_TEXT, background)
                    ? Color.WHITE : DARK_TEXT;
            return new Swatch(background, text);
        }
    }

    private final Map<String, Swatch> swatches;

    private TileColours(Map<String, Swatch> swatches) {
        this.swatches = swatches;
    }

    /** No categories known: every tile takes the theme's plain look. */
    public static TileColours none() {
        return new TileColours(Map.of());
    }

    /**
     * The colours for {@code categories} as the server sent them and for every other category name
     * an item carries. A colour that is not {@code #RRGGBB} counts as none set.
     */
    public static TileColours of(List<CatalogueItem.Category> categories, Collection<String> itemCategories) {
        Map<String, Color> chosen = new HashMap<>();
        TreeSet<String> names = new TreeSet<>(itemCategories);
        for (CatalogueItem.Category category : categories) {
            names.add(category.name());
            if (category.colour() != null && category.colour().matches("#[0-9A-Fa-f]{6}")) {
                chosen.put(category.name(), Color.web(category.colour()));
            }
        }
        // Each category without a colour of its own starts from the palette entry its name points
        // at and moves on past entries taken by names before it in alphabetical order: colours stay
        // distinct while there are fewer categories than entries, and a category keeps its colour
        // unless a new one ahead of it in the alphabet lands on the same entry.
        boolean[] taken = new boolean[PALETTE.size()];
        // Defaults keep clear of the colours managers chose, so a category of theirs stands out.
        for (Color set : chosen.values()) {
            for (int i = 0; i < PALETTE.size(); i++) {
                taken[i] |= looksLike(set, PALETTE.get(i));
            }
        }
        if (allTaken(taken)) {
            java.util.Arrays.fill(taken, false);
        }
        Map<String, Swatch> swatches = new LinkedHashMap<>();
        for (String name : names) {
            Color set = chosen.get(name);
            if (set != null) {
                swatches.put(name, Swatch.on(set));
                continue;
            }
            int slot = preferredSlot(name);
            for (int step = 0; step < PALETTE.size() && taken[slot]; step++) {
                slot = (slot + 1) % PALETTE.size();
            }
            taken[slot] = true;
            swatches.put(name, Swatch.on(PALETTE.get(slot)));
            if (allTaken(taken)) {
                java.util.Arrays.fill(taken, false);
            }
        }
        return new TileColours(Map.copyOf(swatches));
    }

    /** The palette entry a category's name points at, the same on every till and every day. */
    static int preferredSlot(String name) {
        int hash = 0;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            hash = 31 * hash + c;
        }
        return Math.floorMod(hash, PALETTE.size());
    }

    /** Two colours a cashier would take for one: a near hue, unless one of them is close to grey. */
    static boolean looksLike(Color a, Color b) {
        if (a.getSaturation() < 0.25 || b.getSaturation() < 0.25) {
            return false;
        }
        double apart = Math.abs(a.getHue() - b.getHue()) % 360;
        return Math.min(apart, 360 - apart) < 18;
    }

    private static boolean allTaken(boolean[] taken) {
        for (boolean t : taken) {
            if (!t) {
                return false;
            }
        }
        return true;
    }

    /** The swatch of a category; none for an item without a category, which keeps the plain tile. */
    public java.util.Optional<Swatch> of(String category) {
        return category == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(swatches.get(category));
    }

    /** The style class a category's tiles carry, the same for a name whatever the other categories are. */
    public static String styleClass(String category) {
        if (category == null) {
            return "tile-plain";
        }
        String readable = category.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "tile-" + (readable.isEmpty() ? "category" : readable) + "-" + Integer.toHexString(category.hashCode());
    }

    /**
     * The colours as looked-up colours per category style class: the one place where a colour from
     * the catalogue becomes style. {@code pos.css} paints tiles with {@code -tile-colour},
     * {@code -tile-text} and {@code -tile-border}.
     */
    public String toCss() {
        StringBuilder css = new StringBuilder();
        swatches.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> css
                .append(".product-tile.").append(styleClass(entry.getKey())).append(" {\n")
                .append("  -tile-colour: ").append(AccentPalette.hex(entry.getValue().background())).append(";\n")
                .append("  -tile-text: ").append(AccentPalette.hex(entry.getValue().text())).append(";\n")
                .append("  -tile-border: ").append(AccentPalette.hex(entry.getValue().background())).append(";\n")
                .append("}\n"));
        return css.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TileColours that && swatches.equals(that.swatches);
    }

    @Override
    public int hashCode() {
        return swatches.hashCode();
    }
}
