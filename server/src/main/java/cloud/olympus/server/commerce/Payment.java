package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Money taken for an order. {@code amount} counts towards the order total; cash handed over in
 * excess is {@code tendered}, with {@code changeDue} given back. Tips are on top.
 */
public record Payment(UUID id, UUID orderId, String method, BigDecimal amount, BigDecimal tip, BigDecimal tendered,
                      BigDecimal changeDue, String reference, UUID createdBy, Instant createdAt) {
}
