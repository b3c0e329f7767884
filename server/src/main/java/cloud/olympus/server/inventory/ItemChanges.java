package cloud.olympus.server.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A partial update of an item. Stock is not here: it changes only through the ledger. */
public record ItemChanges(Optional<String> sku, Optional<String> name, Optional<String> category,
                          Optional<BigDecimal> unitCost, Optional<BigDecimal> unitPrice, Optional<Integer> minStock,
                          Optional<Integer> maxStock, Optional<String> barcode, Optional<String> taxClass,
                          Optional<Boolean> active, Optional<Boolean> trackStock, Optional<Boolean> openPrice,
                          Optional<List<ModifierGroup>> modifierGroups, Optional<Map<String, Object>> locationData,
                          Optional<String> imageUrl) {
}
