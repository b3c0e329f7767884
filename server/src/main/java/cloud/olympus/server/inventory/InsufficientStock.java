package cloud.olympus.server.inventory;

import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.shared.domain.ErrorKind;

/** Not enough of an item to reserve for an order, with what there is and what was wanted. */
public class InsufficientStock extends Conflict {

    public InsufficientStock(Item item, int requested) {
        super(ErrorKind.OUT_OF_STOCK, "Not enough " + item.name() + " (" + item.sku() + "): " + Math.max(0, item.availableStock())
                + " available, " + requested + " wanted");
        with("product_id", item.id()).with("sku", item.sku()).with("name", item.name())
                .with("available", Math.max(0, item.availableStock())).with("requested", requested);
    }
}
