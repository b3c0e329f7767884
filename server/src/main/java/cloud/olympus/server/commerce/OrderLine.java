package cloud.olympus.server.commerce;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A priced line of an order, as the receipt shows it, and how many of its units were refunded. */
@Table(schema = "commerce", name = "order_lines")
public final class OrderLine {

    @Id
    private final UUID id;
    private final int lineNo;
    private final UUID productId;
    private final String sku;
    private final String name;
    private final int quantity;
    private final BigDecimal unitPrice;
    private final Modifiers modifiers;
    private final String notes;
    private final String taxClass;
    @Column("gross")
    private final BigDecimal subtotal;
    private final BigDecimal discount;
    private final BigDecimal tax;
    private final BigDecimal total;
    private final int refundedQuantity;

    public OrderLine(UUID id, int lineNo, UUID productId, String sku, String name, int quantity, BigDecimal unitPrice,
                     List<Modifier> modifiers, String notes, String taxClass, BigDecimal subtotal, BigDecimal discount,
                     BigDecimal tax, BigDecimal total, int refundedQuantity) {
        this(id, lineNo, productId, sku, name, quantity, unitPrice, new Modifiers(modifiers), notes, taxClass, subtotal, discount,
                tax, total, refundedQuantity);
    }

    @PersistenceCreator
    OrderLine(UUID id, int lineNo, UUID productId, String sku, String name, int quantity, BigDecimal unitPrice,
              Modifiers modifiers, String notes, String taxClass, BigDecimal subtotal, BigDecimal discount, BigDecimal tax,
              BigDecimal total, int refundedQuantity) {
        this.id = id;
        this.lineNo = lineNo;
        this.productId = productId;
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.modifiers = modifiers;
        this.notes = notes;
        this.taxClass = taxClass;
        this.subtotal = subtotal;
        this.discount = discount;
        this.tax = tax;
        this.total = total;
        this.refundedQuantity = refundedQuantity;
    }

    public record Modifier(String group, String name, BigDecimal priceDelta) {
    }

    /** The chosen modifiers as they are stored: a JSON array. */
    public record Modifiers(@JsonValue List<Modifier> all) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Modifiers {
            all = all == null ? List.of() : List.copyOf(all);
        }
    }

    /** Units not refunded yet. */
    public int refundableQuantity() {
        return quantity - refundedQuantity;
    }

    /** The same line with more of its units refunded. */
    OrderLine withRefunded(int units) {
        return new OrderLine(id, lineNo, productId, sku, name, quantity, unitPrice, modifiers, notes, taxClass, subtotal, discount,
                tax, total, refundedQuantity + units);
    }

    /** The same line with its amounts at the currency's scale. */
    OrderLine scaled(int scale) {
        return new OrderLine(id, lineNo, productId, sku, name, quantity, Money.scale(unitPrice, scale), modifiers, notes, taxClass,
                Money.scale(subtotal, scale), Money.scale(discount, scale), Money.scale(tax, scale), Money.scale(total, scale),
                refundedQuantity);
    }

    public UUID id() {
        return id;
    }

    public int lineNo() {
        return lineNo;
    }

    public UUID productId() {
        return productId;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public List<Modifier> modifiers() {
        return modifiers.all();
    }

    public String notes() {
        return notes;
    }

    public String taxClass() {
        return taxClass;
    }

    public BigDecimal subtotal() {
        return subtotal;
    }

    public BigDecimal discount() {
        return discount;
    }

    public BigDecimal tax() {
        return tax;
    }

    public BigDecimal total() {
        return total;
    }

    public int refundedQuantity() {
        return refundedQuantity;
    }
}
