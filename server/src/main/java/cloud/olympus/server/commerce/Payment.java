package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Money taken for an order. {@code amount} counts towards the order total; cash handed over in
 * excess is {@code tendered}, with {@code changeDue} given back. Tips are on top. {@code terminalId}
 * is the till that took it (null away from a till): cash goes into that till's drawer.
 */
@Table(schema = "commerce", name = "payments")
public record Payment(@Id UUID id, String method, BigDecimal amount, BigDecimal tip, BigDecimal tendered, BigDecimal changeDue,
                      String reference, UUID createdBy, Instant createdAt, UUID terminalId) {

    Payment scaled(int scale) {
        return new Payment(id, method, Money.scale(amount, scale), Money.scale(tip, scale), Money.scale(tendered, scale),
                Money.scale(changeDue, scale), reference, createdBy, createdAt, terminalId);
    }
}
