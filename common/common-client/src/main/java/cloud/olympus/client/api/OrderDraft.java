package cloud.olympus.client.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A sale as the till rang it up: the order (with the id the till gave it) and the tenders taken
 * for it. This is what the outbox keeps until the server has it.
 */
public record OrderDraft(UUID id, String source, List<Line> lines, UUID customerId, List<Discount> discounts, String notes,
                         List<Tender> tenders) {

    public OrderDraft {
        lines = List.copyOf(lines);
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
        tenders = tenders == null ? List.of() : List.copyOf(tenders);
    }

    public record Line(UUID productId, int quantity, List<Choice> modifiers, String notes, BigDecimal unitPrice) {
        public Line {
            modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        }
    }

    public record Choice(String group, String name) {
    }

    public record Discount(String type, BigDecimal value, String reason) {
    }

    public record Tender(String method, BigDecimal amount, BigDecimal tip, String reference) {
    }
}
