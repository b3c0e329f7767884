package cloud.olympus.client.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.UUID;

/** An item as a stock count needs it: what it is, how it is found, and what the books say is on the shelf. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StockItem(UUID id, String sku, String name, String barcode, String category, int currentStock,
                        Integer minStock, Integer maxStock, boolean trackStock, BigDecimal unitCost) {
}
