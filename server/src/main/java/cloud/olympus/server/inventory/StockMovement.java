package cloud.olympus.server.inventory;

import cloud.olympus.model.WireNames;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of the stock ledger: what changed, by how much, why and by whom, when it happened
 * ({@code occurredAt}: a till's sale when it was rung) and when it was booked ({@code createdAt}).
 * A return names the refund that brought the goods back.
 */
public record StockMovement(UUID id, UUID itemId, Kind kind, int quantityDelta, int reservedDelta, int stockAfter,
                            UUID orderId, UUID refundId, UUID actorId, String note, Instant occurredAt, Instant createdAt) {

    public enum Kind {
        SALE, RESERVATION, RELEASE, RECEIPT, ADJUSTMENT, WASTE, COUNT, RETURN;

        public String wireName() {
            return WireNames.of(this);
        }

        public static Optional<Kind> fromWireName(String value) {
            return WireNames.parse(Kind.class, value);
        }

        /** The kinds a person may book by hand; the others belong to orders. */
        public boolean isManual() {
            return this == RECEIPT || this == ADJUSTMENT || this == WASTE || this == COUNT;
        }
    }
}
