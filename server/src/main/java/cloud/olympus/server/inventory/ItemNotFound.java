package cloud.olympus.server.inventory;

import cloud.olympus.server.shared.domain.NotFound;

/** No such item in this catalogue. */
public class ItemNotFound extends NotFound {

    public ItemNotFound() {
        super("Item");
    }
}
