package cloud.olympus.server.inventory.web;

import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.inventory.StockAlert;
import cloud.olympus.server.inventory.StockAlerts;
import cloud.olympus.server.inventory.StockLedger;
import cloud.olympus.server.inventory.StockMovement;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.Page;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the REST and GraphQL doors to the catalogue do alike: pages of items, of an item's stock
 * ledger and of stock alerts, each read from its cursor; one item.
 */
@Component
class InventoryEndpoints {

    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final StockAlerts alerts;

    InventoryEndpoints(Catalogue catalogue, StockLedger ledger, StockAlerts alerts) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.alerts = alerts;
    }

    Page<ItemView> items(String q, String category, Boolean active, Integer limit, String cursor) {
        return items(q, category, active, null, limit, cursor);
    }

    Page<ItemView> items(String q, String category, Boolean active, Boolean lowStock, Integer limit, String cursor) {
        int size = Page.limit(limit);
        String[] after = Page.decode(cursor).map(c -> c.split("\n", 2)).orElse(null);
        if (after != null && after.length != 2) {
            throw ApiProblem.invalid("cursor is not valid");
        }
        List<Item> rows = catalogue.page(q, category, active, lowStock, after == null ? null : after[0],
                after == null ? null : parseId(after[1]), size + 1);
        return Page.of(rows, size, i -> i.name() + "\n" + i.id(), ItemView::of);
    }

    ItemView item(UUID id) {
        return catalogue.find(id).map(ItemView::of).orElseThrow(() -> ApiProblem.notFound("Item"));
    }

    Page<InventoryController.MovementView> movements(UUID itemId, Integer limit, String cursor) {
        catalogue.find(itemId).orElseThrow(() -> ApiProblem.notFound("Item"));
        int size = Page.limit(limit);
        String[] before = Page.decode(cursor).map(c -> c.split("\n", 2)).orElse(null);
        List<StockMovement> rows;
        try {
            rows = ledger.movements(itemId, before == null ? null : Instant.parse(before[0]),
                    before == null ? null : UUID.fromString(before[1]), size + 1);
        } catch (RuntimeException e) {
            throw ApiProblem.invalid("cursor is not valid");
        }
        return Page.of(rows, size, m -> m.createdAt() + "\n" + m.id(), InventoryController.MovementView::of);
    }

    Page<AlertView> alerts(String status, Integer limit, String cursor) {
        StockAlert.Status wanted = status == null ? StockAlert.Status.OPEN
                : Input.choice(StockAlert.Status.class, status, "status");
        int size = Page.limit(limit);
        String[] after = Page.decode(cursor).map(c -> c.split("\n", 2)).orElse(null);
        List<StockAlert> rows;
        try {
            rows = alerts.page(wanted, after == null ? null : Instant.parse(after[0]),
                    after == null ? null : UUID.fromString(after[1]), size + 1);
        } catch (RuntimeException e) {
            throw ApiProblem.invalid("cursor is not valid");
        }
        return Page.of(rows, size, a -> a.raisedAt() + "\n" + a.id(), a -> AlertView.of(a.toAlert()));
    }

    private static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor is not valid");
        }
    }
}
