package cloud.olympus.desktop.pos;

import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A picture that fills its box whatever the box's shape, cropped about its centre rather than
 * squeezed, with the box's top corners rounded like the tile it sits in.
 */
final class CoverPicture extends Region {

    /** The radius of {@code .product-tile}'s corners in pos.css. */
    private static final double CORNER = 8;

    private final ImageView view = new ImageView();
    private final Rectangle clip = new Rectangle();

    CoverPicture(Image image) {
        getStyleClass().add("tile-picture");
        view.setImage(image);
        view.setSmooth(true);
        view.setPreserveRatio(false);
        clip.setArcWidth(CORNER * 2);
        clip.setArcHeight(CORNER * 2);
        setClip(clip);
        setMinSize(0, 0);
        getChildren().add(view);
        image.progressProperty().addListener((obs, was, progress) -> requestLayout());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        // Taller than the box, so only the top corners are rounded; the name sits under the bottom edge.
        clip.setWidth(width);
        clip.setHeight(height + CORNER * 2);
        Image image = view.getImage();
        if (width <= 0 || height <= 0 || image.getWidth() <= 0 || image.getHeight() <= 0) {
            view.setViewport(null);
            view.setFitWidth(0);
            view.setFitHeight(0);
            return;
        }
        double scale = Math.max(width / image.getWidth(), height / image.getHeight());
        double shownWidth = width / scale;
        double shownHeight = height / scale;
        view.setViewport(new Rectangle2D((image.getWidth() - shownWidth) / 2, (image.getHeight() - shownHeight) / 2,
                shownWidth, shownHeight));
        view.setFitWidth(width);
        view.setFitHeight(height);
        view.relocate(0, 0);
    }
}
