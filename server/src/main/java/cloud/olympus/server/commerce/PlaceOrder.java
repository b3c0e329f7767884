package cloud.olympus.server.commerce;

import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.pricing.Discount;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An order as the till sends it: products and quantities with chosen modifiers, never prices,
 * except {@code openPrice} for items the catalogue marks as open-priced.
 */
public record PlaceOrder(List<Line> lines, OrderSource source, UUID customerId, List<Discount> discounts, String notes) {

    public PlaceOrder {
        lines = List.copyOf(lines);
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }

    public record Line(UUID productId, int quantity, List<Choice> modifiers, String notes, BigDecimal openPrice) {
        public Line {
            modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
        }
    }

    /** A chosen modifier option, by name; the group may be named when option names repeat across groups. */
    public record Choice(String group, String name) {
    }
}
