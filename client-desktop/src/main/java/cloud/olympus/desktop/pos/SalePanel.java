package cloud.olympus.desktop.pos;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The sale: customer, lines, totals, tools and Pay. In one column beside the products, or, under
 * them on a portrait screen, in two: the lines on the left, the totals and Pay on the right, so
 * the lines keep their height and Pay stays in reach.
 */
final class SalePanel extends HBox {

    private final Node customer;
    private final Region lines;
    private final Node totals;
    private final Node tools;
    private final Node pay;
    private final VBox main = new VBox();
    private final VBox side = new VBox();
    private boolean twoColumns;

    SalePanel(Node customer, Region lines, Node totals, Node tools, Node pay) {
        this.customer = customer;
        this.lines = lines;
        this.totals = totals;
        this.tools = tools;
        this.pay = pay;
        getStyleClass().add("sale");
        main.getStyleClass().add("sale-main");
        side.getStyleClass().add("sale-side");
        HBox.setHgrow(main, Priority.ALWAYS);
        VBox.setVgrow(lines, Priority.ALWAYS);
        // The lines give way first when height is short; the totals and Pay never do.
        lines.setMinHeight(96);
        main.setMinWidth(0);
        arrange(false);
    }

    /** One column, or the lines beside the totals and Pay. */
    void arrange(boolean inTwoColumns) {
        if (inTwoColumns == twoColumns && !getChildren().isEmpty()) {
            return;
        }
        twoColumns = inTwoColumns;
        if (inTwoColumns) {
            main.getChildren().setAll(customer, lines);
            Region push = new Region();
            VBox.setVgrow(push, Priority.ALWAYS);
            side.getChildren().setAll(totals, push, tools, pay);
            getChildren().setAll(main, side);
        } else {
            side.getChildren().clear();
            main.getChildren().setAll(customer, lines, totals, tools, pay);
            getChildren().setAll(main);
        }
    }

    /** The right-hand column's share of the width when in two columns. */
    void sideWidth(double width) {
        side.setPrefWidth(width);
        side.setMinWidth(width);
        side.setMaxWidth(width);
    }
}
