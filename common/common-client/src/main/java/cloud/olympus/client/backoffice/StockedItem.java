package cloud.olympus.client.backoffice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.UUID;

/** An item as the back office keeps it: what it is, what it costs and sells for, and its stock against its limits. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StockedItem(UUID id, String sku, String name, String category, BigDecimal unitCost, BigDecimal unitPrice,
                          int currentStock, int reservedStock, int availableStock, int minStock, Integer maxStock,
                          boolean trackStock, String barcode, String taxClass, boolean active, boolean openPrice) {

    /** Counted, and available at or below its minimum: time to reorder. */
    public boolean low() {
        return trackStock && availableStock <= minStock;
    }
}
