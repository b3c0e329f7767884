package cloud.olympus.desktop.pos;

import cloud.olympus.client.api.CatalogueItem;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A product on the till's grid: its name and price on its category's colour, under its picture
 * when it has one. A picture still loading, or one that cannot be loaded, leaves the tile as it
 * is without one.
 */
final class ProductTile extends Button {

    static final PseudoClass PICTURE = PseudoClass.getPseudoClass("picture");

    /**
     * @param soldOut what to say on an item the catalogue says is sold out, or null: the tile still
     *                rings it up, since the customer holding one at the till shows the count was wrong
     */
    ProductTile(CatalogueItem item, boolean favourite, String price, String soldOut, TilePictures pictures) {
        getStyleClass().addAll("product-tile", TileColours.styleClass(item.category()));
        setId("item-" + item.sku().replaceAll("\\W+", "-").toLowerCase(Locale.ROOT));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // The grid decides the tile's size; the face fills it.
        setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);

        Label name = new Label((favourite ? "★ " : "") + item.name());
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        name.setMinHeight(0);
        Label amount = new Label(price);
        amount.getStyleClass().add("tile-price");
        amount.setMinHeight(USE_PREF_SIZE);
        VBox text = new VBox(name, amount);
        if (soldOut != null) {
            Label marker = new Label(soldOut);
            marker.getStyleClass().add("tile-sold-out");
            marker.setMinHeight(USE_PREF_SIZE);
            text.getChildren().add(marker);
        }
        text.getStyleClass().add("tile-text");
        text.setMinHeight(0);
        VBox face = new VBox(text);
        face.getStyleClass().add("tile-face");
        face.prefWidthProperty().bind(widthProperty());
        face.prefHeightProperty().bind(heightProperty());
        face.setMinSize(0, 0);
        setGraphic(face);
        if (soldOut != null) {
            getStyleClass().add("sold-out");
        }
        pictures.picture(item.imageUrl()).ifPresent(image -> showWhenLoaded(image, face));
    }

    private void showWhenLoaded(Image image, VBox face) {
        CoverPicture picture = new CoverPicture(image);
        VBox.setVgrow(picture, Priority.ALWAYS);
        Runnable update = () -> {
            boolean shown = image.getProgress() >= 1 && !image.isError();
            if (shown && !face.getChildren().contains(picture)) {
                face.getChildren().add(0, picture);
            } else if (!shown) {
                face.getChildren().remove(picture);
            }
            pseudoClassStateChanged(PICTURE, shown);
        };
        update.run();
        image.progressProperty().addListener((obs, was, now) -> update.run());
        image.errorProperty().addListener((obs, was, now) -> update.run());
    }
}
