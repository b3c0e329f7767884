package cloud.olympus.desktop.receipt;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A receipt reference as Code 128 bars, the symbology every handheld scanner reads: each bar as
 * where it starts and how wide it is, in modules (the narrowest bar), quiet zones included.
 */
public record Barcode(String text, int modules, List<Bar> bars) {

    public record Bar(int start, int width) {
    }

    /** The quiet zone a scanner needs on each side, in modules. */
    static final int QUIET_ZONE = 10;

    public static Barcode code128(String text) {
        BitMatrix row = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1);
        int width = row.getWidth();
        List<Bar> bars = new ArrayList<>();
        int x = 0;
        while (x < width) {
            if (row.get(x, 0)) {
                int start = x;
                while (x < width && row.get(x, 0)) {
                    x++;
                }
                bars.add(new Bar(start + QUIET_ZONE, x - start));
            } else {
                x++;
            }
        }
        return new Barcode(text, width + 2 * QUIET_ZONE, List.copyOf(bars));
    }
}
