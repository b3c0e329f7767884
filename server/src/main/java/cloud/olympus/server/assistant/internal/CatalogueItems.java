package cloud.olympus.server.assistant.internal;

import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.Item;
import java.util.ArrayList;
import java.util.List;

/** Every item of the tenant in context's catalogue, a page at a time. */
final class CatalogueItems {

    private static final int PAGE = 500;
    private static final int MOST = 20_000;

    private CatalogueItems() {
    }

    static List<Item> all(Catalogue catalogue) {
        List<Item> all = new ArrayList<>();
        String afterName = null;
        java.util.UUID afterId = null;
        while (all.size() < MOST) {
            List<Item> page = catalogue.page(null, null, null, afterName, afterId, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
            afterName = page.get(page.size() - 1).name();
            afterId = page.get(page.size() - 1).id();
        }
        return all;
    }
}
