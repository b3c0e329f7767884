package cloud.olympus.server.support;

import cloud.olympus.server.commerce.web.OrderController.DiscountRequest;
import cloud.olympus.server.commerce.web.OrderController.ItemRequest;
import cloud.olympus.server.commerce.web.OrderController.ModifierRequest;
import cloud.olympus.server.commerce.web.OrderController.OrderRequest;
import cloud.olympus.server.commerce.web.OrderController.PaymentRequest;
import cloud.olympus.server.commerce.web.OrderController.RefundLineRequest;
import cloud.olympus.server.commerce.web.OrderController.RefundRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Bodies for the orders API, built from its own request records with only what a test names;
 * ids and amounts as tests hold them (text), typed here.
 */
public final class OrderRequests {

    private OrderRequests() {
    }

    /** An order of these lines and nothing else: from the till, no customer, no discounts. */
    public static OrderRequest order(ItemRequest... lines) {
        return order(List.of(lines));
    }

    public static OrderRequest order(List<ItemRequest> lines) {
        return new OrderRequest(null, lines, null, null, null, null);
    }

    /** An order of these lines for a customer, who earns its loyalty points. */
    public static OrderRequest orderFor(String customerId, ItemRequest... lines) {
        return new OrderRequest(null, List.of(lines), null, UUID.fromString(customerId), null, null);
    }

    /** An order of these lines with discounts on the whole order, which only managers may give. */
    public static OrderRequest discounted(List<ItemRequest> lines, DiscountRequest... discounts) {
        return new OrderRequest(null, lines, null, null, List.of(discounts), null);
    }

    /** A discount of a {@code type} (percentage, fixed) the API knows, or one it does not. */
    public static DiscountRequest discount(String type, String value, String reason) {
        return new DiscountRequest(type, amount(value), reason);
    }

    public static ItemRequest line(String productId, int quantity) {
        return line(productId, quantity, null);
    }

    /** A line at the price the till typed, for open-priced items. */
    public static ItemRequest line(String productId, int quantity, String unitPrice) {
        return new ItemRequest(UUID.fromString(productId), quantity, null, null, amount(unitPrice));
    }

    /** A line with modifiers chosen from the item's groups and a note for whoever prepares it. */
    public static ItemRequest modified(String productId, int quantity, String notes, ModifierRequest... modifiers) {
        return new ItemRequest(UUID.fromString(productId), quantity, List.of(modifiers), notes, null);
    }

    /** A modifier chosen by name; its price is the catalogue's. */
    public static ModifierRequest modifier(String name) {
        return modifier(name, null);
    }

    /** A modifier with the price the till showed for it, which the catalogue's overrules. */
    public static ModifierRequest modifier(String name, String priceDelta) {
        return new ModifierRequest(null, name, amount(priceDelta));
    }

    /** Lines from product ids (text) each followed by its quantity: {@code lines(shirt, 3, belt, 1)}. */
    public static List<ItemRequest> lines(Object... productAndQuantity) {
        List<ItemRequest> lines = new ArrayList<>();
        for (int i = 0; i < productAndQuantity.length; i += 2) {
            lines.add(line((String) productAndQuantity[i], (Integer) productAndQuantity[i + 1]));
        }
        return lines;
    }

    public static PaymentRequest payment(String method, String amount) {
        return payment(method, amount, null);
    }

    public static PaymentRequest payment(String method, String amount, String tip) {
        return new PaymentRequest(method, amount(amount), amount(tip), null);
    }

    /** An amount back, to whichever payment of the order can take it. */
    public static RefundRequest refund(String amount, String reason) {
        return new RefundRequest(amount(amount), null, reason, null, null, null, null);
    }

    /** An amount back to one payment, in its own method. */
    public static RefundRequest refundTo(String paymentId, String amount, String reason) {
        return refundTo(paymentId, amount, reason, null, null);
    }

    /** An amount back to one payment, in {@code method} for {@code methodReason}. */
    public static RefundRequest refundTo(String paymentId, String amount, String reason, String method, String methodReason) {
        return new RefundRequest(amount(amount), null, reason, UUID.fromString(paymentId), method, methodReason, null);
    }

    /** Lines given back; their amount follows from the lines. */
    public static RefundRequest refundOf(String reason, RefundLineRequest... lines) {
        return new RefundRequest(null, List.of(lines), reason, null, null, null, null);
    }

    /** Some of an order line given back, back on the shelf if the item is stocked. */
    public static RefundLineRequest returned(String lineId, int quantity) {
        return new RefundLineRequest(UUID.fromString(lineId), quantity, null);
    }

    public static RefundLineRequest returned(String lineId, int quantity, boolean restock) {
        return new RefundLineRequest(UUID.fromString(lineId), quantity, restock);
    }

    /** An amount as written ({@code "19.90"}, scale kept), or null. */
    public static BigDecimal amount(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }
}
