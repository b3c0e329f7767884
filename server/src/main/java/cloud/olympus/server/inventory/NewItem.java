package cloud.olympus.server.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** An item to add to the catalogue; {@code openingStock} is booked as a receipt in the ledger. */
public record NewItem(String sku, String name, String category, BigDecimal unitCost, BigDecimal unitPrice, int openingStock,
                      int minStock, Integer maxStock, String barcode, String taxClass, boolean active, boolean trackStock,
                      boolean openPrice, List<ModifierGroup> modifierGroups, Map<String, Object> locationData,
                      String imageUrl) {
}
