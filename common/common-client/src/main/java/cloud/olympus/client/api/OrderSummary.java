package cloud.olympus.client.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as the server has it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderSummary(UUID id, String orderNumber, String status, String source, List<Line> items, String currency,
                           BigDecimal subtotal, BigDecimal discountTotal, BigDecimal tax, BigDecimal total, String paymentStatus,
                           BigDecimal paidTotal, BigDecimal tipTotal, BigDecimal balanceDue, UUID customerId, Instant createdAt,
                           Instant completedAt, List<Payment> payments) {

    public OrderSummary {
        items = items == null ? List.of() : List.copyOf(items);
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(UUID id, UUID productId, String sku, String name, int quantity, BigDecimal unitPrice,
                       List<Modifier> modifiers, String notes, BigDecimal subtotal, BigDecimal discount, BigDecimal tax,
                       BigDecimal total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Modifier(String group, String name, BigDecimal priceDelta) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(UUID id, String method, BigDecimal amount, BigDecimal tip, BigDecimal tendered, BigDecimal changeDue,
                          String reference, Instant createdAt) {
    }
}
