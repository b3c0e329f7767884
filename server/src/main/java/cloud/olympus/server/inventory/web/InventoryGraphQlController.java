package cloud.olympus.server.inventory.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.Page;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The catalogue and its alerts over GraphQL, answered as {@link InventoryController} answers them.
 * An item's stock movements are a field of their own, with the permission the ledger needs.
 */
@Controller
class InventoryGraphQlController {

    private final InventoryEndpoints inventory;

    InventoryGraphQlController(InventoryEndpoints inventory) {
        this.inventory = inventory;
    }

    @Requires(Permission.CATALOGUE_VIEW)
    @QueryMapping
    Page<ItemView> items(@Argument String q, @Argument String category, @Argument Boolean active, @Argument Integer limit,
                         @Argument String cursor) {
        return inventory.items(q, category, active, limit, cursor);
    }

    @Requires(Permission.STOCK_VIEW)
    @SchemaMapping(typeName = "Item")
    Page<InventoryController.MovementView> movements(ItemView item, @Argument Integer limit, @Argument String cursor) {
        return inventory.movements(item.id(), limit, cursor);
    }

    @Requires(Permission.ALERT_VIEW)
    @QueryMapping
    Page<AlertView> alerts(@Argument String status, @Argument Integer limit, @Argument String cursor) {
        return inventory.alerts(status, limit, cursor);
    }
}
