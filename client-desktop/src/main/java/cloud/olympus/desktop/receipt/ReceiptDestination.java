package cloud.olympus.desktop.receipt;

/**
 * Somewhere a receipt can go: a thermal printer on the network or on a device file, a print queue
 * of the system, or a folder of PDF files. Printing blocks, so it is done off the UI thread.
 */
public interface ReceiptDestination {

    /** Prints a receipt or a test page. */
    void print(Paper paper) throws PrintFailure;

    /** Where receipts go, as the cashier knows it: host and port, device, queue or folder. */
    String where();
}
