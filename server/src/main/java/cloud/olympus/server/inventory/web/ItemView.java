package cloud.olympus.server.inventory.web;

import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.inventory.ModifierGroup;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An item on the wire. */
record ItemView(UUID id, String sku, String name, String category, BigDecimal unitCost, BigDecimal unitPrice,
                int currentStock, int reservedStock, int availableStock, int minStock, Integer maxStock, boolean trackStock,
                String barcode, String taxClass, boolean active, boolean openPrice, List<ModifierGroup> modifierGroups,
                Map<String, Object> locationData, String imageUrl, Instant createdAt, Instant updatedAt) {

    static ItemView of(Item i) {
        return new ItemView(i.id(), i.sku(), i.name(), i.category(), i.unitCost(), i.unitPrice(), i.currentStock(),
                i.reservedStock(), i.availableStock(), i.minStock(), i.maxStock(), i.trackStock(), i.barcode(), i.taxClass(),
                i.active(), i.openPrice(), i.modifierGroups(), i.locationData(), i.imageUrl(), i.createdAt(), i.updatedAt());
    }
}
