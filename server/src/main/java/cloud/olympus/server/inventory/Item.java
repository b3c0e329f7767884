package cloud.olympus.server.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A thing the business sells. {@code currentStock} is on hand, {@code reservedStock} promised to
 * open orders; untracked items (a coffee, a haircut) are sold without counting.
 */
public record Item(UUID id, String sku, String name, String category, BigDecimal unitCost, BigDecimal unitPrice,
                   int currentStock, int reservedStock, int minStock, Integer maxStock, String barcode, String taxClass,
                   boolean active, boolean trackStock, boolean openPrice, List<ModifierGroup> modifierGroups,
                   Map<String, Object> locationData, String imageUrl, Instant createdAt, Instant updatedAt) {

    public int availableStock() {
        return currentStock - reservedStock;
    }
}
