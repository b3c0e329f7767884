package cloud.olympus.server.support;

import cloud.olympus.server.inventory.web.InventoryController.AdjustmentRequest;

/** Stock changed by hand through the inventory API, built from its own request record. */
public final class StockRequests {

    private StockRequests() {
    }

    /** {@code quantityDelta} booked for {@code reason}: receipt, adjustment or waste (or one the API refuses). */
    public static AdjustmentRequest adjustment(int quantityDelta, String reason) {
        return new AdjustmentRequest(quantityDelta, null, reason, null);
    }

    /** What is on the shelf now, counted. */
    public static AdjustmentRequest count(int counted) {
        return new AdjustmentRequest(null, counted, "count", null);
    }
}
