package cloud.olympus.server.assistant.recommend;

import cloud.olympus.model.WireNames;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Something worth doing, worked out from the business's data: what it is ({@code kind}), how urgent,
 * why ({@code reason}, with the numbers in {@code figures}), what it is expected to bring, and the
 * action a client can offer.
 */
public record Recommendation(Kind kind, Priority priority, String title, String reason, String expectedImpact,
                             List<Figure> figures, Action action) {

    public enum Kind {
        REORDER, ADD_STAFF, WIN_BACK;

        @JsonValue
        public String wireName() {
            return WireNames.of(this);
        }
    }

    public enum Priority {
        HIGH, MEDIUM, LOW;

        @JsonValue
        public String wireName() {
            return WireNames.of(this);
        }
    }

    /** {@code value} is a number or a date; {@code unit} a currency code, {@code units}, {@code orders}, {@code days}, ... */
    public record Figure(String label, Object value, String unit) {
    }

    /** What a client may do about it; only the fields its {@code type} needs are set. */
    public record Action(String type, UUID itemId, Integer quantity, LocalDate date, Integer hour, List<UUID> customerIds) {
    }
}
