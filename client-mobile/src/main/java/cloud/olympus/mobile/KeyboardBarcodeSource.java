package cloud.olympus.mobile;

import cloud.olympus.fx.manager.BarcodeSource;
import java.util.function.Consumer;

/**
 * Codes typed, or read by a USB scanner (which types the code and Enter), into the count's search
 * field: the field hands each one over when Enter is pressed. The desktop's barcode source; on a
 * phone or tablet the camera's would take its place.
 */
final class KeyboardBarcodeSource implements BarcodeSource {

    private Consumer<String> codes = code -> { };

    @Override
    public void start(Consumer<String> codes) {
        this.codes = codes;
    }

    /** A code entered in the search field. */
    void entered(String code) {
        if (code != null && !code.isBlank()) {
            codes.accept(code.trim());
        }
    }

    @Override
    public void close() {
        codes = code -> { };
    }
}
