package cloud.olympus.server.support;

import static cloud.olympus.server.support.OrderRequests.amount;

import cloud.olympus.server.commerce.web.SaleController.SaleDiscountRequest;
import cloud.olympus.server.commerce.web.SaleController.SaleLineRequest;
import cloud.olympus.server.commerce.web.SaleController.SaleRequest;
import cloud.olympus.server.commerce.web.SaleController.TenderRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A sale as a till sends it to the sales API ({@link SaleRequest}), a part at a time, with the
 * till's own amounts: nothing here prices or checks them, so a test may send a sale that does not
 * add up. Not kept offline unless said.
 */
public final class SaleBuilder {

    private UUID id;
    private UUID terminal;
    private UUID cashier;
    private Instant rungAt;
    private boolean offline;
    private final List<SaleLineRequest> lines = new ArrayList<>();
    private final List<SaleDiscountRequest> discounts = new ArrayList<>();
    private String subtotal;
    private String tax;
    private String total;
    private final List<TenderRequest> tenders = new ArrayList<>();
    private String notes;
    private UUID approvalId;

    private SaleBuilder() {
    }

    /** Sale {@code id}, rung on {@code terminal} at {@code rungAt}. */
    public static SaleBuilder sale(UUID id, UUID terminal, Instant rungAt) {
        SaleBuilder sale = new SaleBuilder();
        sale.id = id;
        sale.terminal = terminal;
        sale.rungAt = rungAt;
        return sale;
    }

    public SaleBuilder id(UUID id) {
        this.id = id;
        return this;
    }

    public SaleBuilder terminal(UUID terminal) {
        this.terminal = terminal;
        return this;
    }

    public SaleBuilder cashier(UUID cashier) {
        this.cashier = cashier;
        return this;
    }

    /** When it was rung; null sends a sale without its time. */
    public SaleBuilder rungAt(Instant rungAt) {
        this.rungAt = rungAt;
        return this;
    }

    /** Rung while the till could not reach the server, and kept until it could. */
    public SaleBuilder offline() {
        this.offline = true;
        return this;
    }

    /** A line at the price the till charged. */
    public SaleBuilder line(String productId, int quantity, String unitPrice) {
        lines.add(new SaleLineRequest(UUID.fromString(productId), quantity, amount(unitPrice), null, null));
        return this;
    }

    /** A discount the till gave, its value as written ({@code "1E+1"} stays in that notation). */
    public SaleBuilder discount(String type, String value, String reason) {
        discounts.add(new SaleDiscountRequest(type, amount(value), reason));
        return this;
    }

    public SaleBuilder amounts(String subtotal, String tax, String total) {
        this.subtotal = subtotal;
        this.tax = tax;
        this.total = total;
        return this;
    }

    public SaleBuilder tender(String method, String amount) {
        return tender(method, amount, null);
    }

    public SaleBuilder tender(String method, String amount, String tip) {
        tenders.add(new TenderRequest(method, amount(amount), amount(tip), null));
        return this;
    }

    /** A manager's approval, from afar, of the sale's discount. */
    public SaleBuilder approval(String approvalId) {
        this.approvalId = UUID.fromString(approvalId);
        return this;
    }

    public SaleBuilder notes(String notes) {
        this.notes = notes;
        return this;
    }

    public UUID id() {
        return id;
    }

    public SaleRequest request() {
        return new SaleRequest(id, terminal, cashier, rungAt, offline, List.copyOf(lines),
                discounts.isEmpty() ? null : List.copyOf(discounts), null, amount(subtotal), amount(tax), amount(total),
                List.copyOf(tenders), notes, approvalId);
    }
}
