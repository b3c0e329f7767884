package cloud.olympus.client.backoffice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** One line of an item's stock ledger: what moved, why ({@code kind}), and what was on hand after. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StockMovement(UUID id, String kind, int quantityDelta, int stockAfter, UUID orderId, String note,
                            Instant occurredAt) {
}
