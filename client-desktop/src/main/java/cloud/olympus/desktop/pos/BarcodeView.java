package cloud.olympus.desktop.pos;

import cloud.olympus.desktop.receipt.Barcode;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A receipt's barcode on screen, black on white as on the paper, two pixels to a module. */
final class BarcodeView extends Canvas {

    private static final int MODULE = 2;
    private static final int HEIGHT = 56;

    BarcodeView(String text) {
        Barcode barcode = Barcode.code128(text);
        setWidth(barcode.modules() * MODULE);
        setHeight(HEIGHT);
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setFill(Color.BLACK);
        for (Barcode.Bar bar : barcode.bars()) {
            g.fillRect(bar.start() * MODULE, 0, bar.width() * MODULE, HEIGHT);
        }
        setId("receipt-barcode");
        getStyleClass().add("receipt-barcode");
    }
}
