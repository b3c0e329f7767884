package cloud.olympus.desktop.pos;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.TilePane;

/**
 * The product tiles, as many columns as the width takes, stretched to fill the row: tiles at
 * least {@link #MIN_TILE} wide, a little wider on a big screen so that columns do not run to a
 * dozen; and the categories' colours for them.
 */
final class ProductGrid extends TilePane {

    /** Narrow enough for four columns beside the sale at 1024 px, wide enough for two lines of a name. */
    static final double MIN_TILE = 140;
    static final double MAX_MIN_TILE = 200;
    /** The columns a wide grid aims at, before its tiles start to grow instead. */
    static final double COLUMNS = 7.5;

    ProductGrid(ObservableValue<TileColours> colours) {
        setPrefTileWidth(MIN_TILE);
        follow(colours.getValue());
        colours.addListener((obs, was, now) -> follow(now));
    }

    /** The colours come with the catalogue, so they are a stylesheet of their own, made from it. */
    private void follow(TileColours colours) {
        String css = colours.toCss();
        if (css.isEmpty()) {
            getStylesheets().clear();
            return;
        }
        getStylesheets().setAll("data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    protected void layoutChildren() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        if (room > 0) {
            double least = Math.max(MIN_TILE, Math.min(MAX_MIN_TILE, room / COLUMNS));
            int columns = Math.max(1, (int) Math.floor((room + getHgap()) / (least + getHgap())));
            double tile = Math.floor((room - (columns - 1) * getHgap()) / columns);
            if (Math.abs(tile - getPrefTileWidth()) >= 1) {
                setPrefTileWidth(tile);
            }
        }
        super.layoutChildren();
    }
}
