package cloud.olympus.fx.manager;

import java.util.function.Consumer;

/**
 * Where scanned codes come from: on the desktop a USB scanner (which types the code and Enter) or a
 * person typing; on a phone or tablet the camera, through the platform's barcode service. Codes are
 * handed over on the UI thread.
 */
public interface BarcodeSource extends AutoCloseable {

    /** Starts handing each code read to {@code codes}. */
    void start(Consumer<String> codes);

    /** Whether this source reads with the device's camera (and a button should offer a scan). */
    default boolean usesCamera() {
        return false;
    }

    /** Asks the camera for one code, where there is one; nothing otherwise. */
    default void scanOnce() {
    }

    @Override
    void close();
}
