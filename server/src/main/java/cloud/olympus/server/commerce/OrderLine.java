package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A priced line of an order, as the receipt shows it. */
public record OrderLine(UUID id, int lineNo, UUID productId, String sku, String name, int quantity, BigDecimal unitPrice,
                        List<Modifier> modifiers, String notes, String taxClass, BigDecimal subtotal, BigDecimal discount,
                        BigDecimal tax, BigDecimal total, int refundedQuantity) {

    public record Modifier(String group, String name, BigDecimal priceDelta) {
    }
}
