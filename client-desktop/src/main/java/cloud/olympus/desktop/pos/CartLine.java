package cloud.olympus.desktop.pos;

import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.api.OrderDraft;
import java.math.BigDecimal;
import java.util.List;

/** A line of the cart: the item, what was chosen for it, how many, a note, and its price once priced. */
public record CartLine(CatalogueItem item, List<Chosen> modifiers, int quantity, String notes, BigDecimal openPrice,
                       BigDecimal total) {

    public CartLine {
        modifiers = List.copyOf(modifiers);
    }

    /** A chosen modifier with its catalogue price. */
    public record Chosen(String group, String name, BigDecimal priceDelta) {
    }

    public CartLine withQuantity(int next) {
        return new CartLine(item, modifiers, next, notes, openPrice, total);
    }

    public CartLine withNotes(String next) {
        return new CartLine(item, modifiers, quantity, next, openPrice, total);
    }

    public CartLine withTotal(BigDecimal next) {
        return new CartLine(item, modifiers, quantity, notes, openPrice, next);
    }

    /** Same item, same choices, same price: ringing it again adds to this line. */
    public boolean sameAs(CatalogueItem other, List<Chosen> choices, BigDecimal price) {
        return item.id().equals(other.id()) && modifiers.equals(choices)
                && (openPrice == null ? price == null : price != null && openPrice.compareTo(price) == 0) && notes == null;
    }

    public String description() {
        if (modifiers.isEmpty()) {
            return item.name();
        }
        return item.name() + " · " + String.join(", ", modifiers.stream().map(Chosen::name).toList());
    }

    /** The line as charged: the unit price (the one entered for an open price), each modifier with its price. */
    OrderDraft.Line toDraft() {
        return new OrderDraft.Line(item.id(), quantity, modifiers.stream()
                .map(m -> new OrderDraft.Choice(m.group(), m.name(), m.priceDelta())).toList(), notes,
                openPrice != null ? openPrice : item.unitPrice());
    }
}
