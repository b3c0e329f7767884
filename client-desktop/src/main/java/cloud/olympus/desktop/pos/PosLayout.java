package cloud.olympus.desktop.pos;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.layout.Region;

/**
 * The till's screen for the terminal it runs on: the top bar across, then the products with the
 * sale beside them in landscape, or the sale under them in portrait (in two columns, so Pay stays
 * in reach). The sale takes a share of the screen within bounds that keep the lines readable;
 * the products take the rest. Pseudo-classes {@code :portrait} and {@code :narrow} let pos.css
 * tighten what needs it.
 */
final class PosLayout extends Region {

    static final PseudoClass PORTRAIT = PseudoClass.getPseudoClass("portrait");
    static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");

    /** Beside the products: a third of the width, between what the lines need and what is useful. */
    static final double SALE_SHARE = 0.3;
    static final double SALE_MIN_WIDTH = 370;
    static final double SALE_MAX_WIDTH = 480;
    /** Under the products: a little over a third of the height. */
    static final double SALE_HEIGHT_SHARE = 0.36;
    static final double SALE_MIN_HEIGHT = 330;
    static final double SALE_MAX_HEIGHT = 600;
    /** Under the products, the totals and Pay take this share of the width, beside the lines. */
    static final double SIDE_SHARE = 0.4;
    static final double SIDE_MIN_WIDTH = 280;
    /** Below this width the top bar drops what a cashier can do without. */
    static final double NARROW_WIDTH = 900;

    private final Node top;
    private final Node products;
    private final SalePanel sale;

    PosLayout(Node top, Node products, SalePanel sale) {
        this.top = top;
        this.products = products;
        this.sale = sale;
        getStyleClass().add("pos-layout");
        getChildren().addAll(top, products, sale);
        // The top bar's buttons and badges keep their words; short of room, the business's name and who is at
        // the till give way (cut short with an ellipsis; the lock screen names everyone in full).
        if (top.lookup(".top-bar") instanceof Parent bar) {
            bar.getChildrenUnmodifiable().forEach(child -> {
                if (child instanceof Control control && !"brand".equals(control.getId()) && !"session-roles".equals(control.getId())) {
                    control.setMinWidth(USE_PREF_SIZE);
                }
            });
        }
    }

    static boolean isPortrait(double width, double height) {
        return height > width;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        boolean portrait = isPortrait(width, height);
        pseudoClassStateChanged(PORTRAIT, portrait);
        pseudoClassStateChanged(NARROW, width < NARROW_WIDTH);
        sale.arrange(portrait);
        double topHeight = snapSizeY(top.prefHeight(width));
        top.resizeRelocate(0, 0, width, topHeight);
        double below = Math.max(0, height - topHeight);
        if (portrait) {
            double saleHeight = snapSizeY(clamp(height * SALE_HEIGHT_SHARE, SALE_MIN_HEIGHT, SALE_MAX_HEIGHT));
            saleHeight = Math.min(saleHeight, below);
            sale.sideWidth(snapSizeX(Math.max(SIDE_MIN_WIDTH, width * SIDE_SHARE)));
            products.resizeRelocate(0, topHeight, width, below - saleHeight);
            sale.resizeRelocate(0, height - saleHeight, width, saleHeight);
        } else {
            double saleWidth = snapSizeX(Math.min(clamp(width * SALE_SHARE, SALE_MIN_WIDTH, SALE_MAX_WIDTH), width));
            products.resizeRelocate(0, topHeight, width - saleWidth, below);
            sale.resizeRelocate(width - saleWidth, topHeight, saleWidth, below);
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 1280;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 800;
    }
}
