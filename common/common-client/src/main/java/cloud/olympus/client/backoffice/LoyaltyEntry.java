package cloud.olympus.client.backoffice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One change of a customer's points: earned on an order, spent, given back, or cleared ({@code kind}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoyaltyEntry(UUID id, String kind, UUID sourceId, long points, BigDecimal amount, Instant createdAt) {
}
