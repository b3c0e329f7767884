package cloud.olympus.server.support;

import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.pricing.PriceCalculator;
import cloud.olympus.model.pricing.PricedOrder;
import cloud.olympus.model.pricing.PricingLine;
import cloud.olympus.model.pricing.TaxRates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sales as a till keeps them, priced by the shared calculator at a shop's 8.25 % standard tax, for outbox tests. */
public final class TillDrafts {

    public static final UUID TERMINAL = UUID.randomUUID();
    private static final TaxRates RETAIL = new TaxRates(Map.of(TaxRates.STANDARD, new BigDecimal("0.0825")), false);

    private TillDrafts() {
    }

    /** {@code quantity} of one product at {@code unitPrice}, paid in full by {@code method}, rung now. */
    public static OrderDraft sale(UUID product, int quantity, String unitPrice, String method) {
        return sale(UUID.randomUUID(), Instant.now(), product, quantity, unitPrice, method, null);
    }

    /** As {@link #sale(UUID, int, String, String)}, rung on the till {@code terminal}. */
    public static OrderDraft saleOn(UUID terminal, UUID product, int quantity, String unitPrice, String method) {
        OrderDraft s = sale(product, quantity, unitPrice, method);
        return new OrderDraft(s.id(), s.source(), s.lines(), s.customerId(), s.discounts(), s.notes(), s.tenders(), terminal,
                s.cashierId(), s.rungAt(), s.offline(), s.subtotal(), s.tax(), s.total());
    }

    public static OrderDraft sale(UUID id, Instant rungAt, UUID product, int quantity, String unitPrice, String method,
                                  String notes) {
        PricedOrder priced = new PriceCalculator(2).price(List.of(new PricingLine("0", new BigDecimal(unitPrice), List.of(), quantity,
                TaxRates.STANDARD)), List.of(), RETAIL);
        return new OrderDraft(id, OrderSource.POS, List.of(new OrderDraft.Line(product, quantity, List.of(), notes,
                new BigDecimal(unitPrice))), null, List.of(), null, List.of(new OrderDraft.Tender(PaymentMethod.fromWireName(method)
                .orElseThrow(), priced.total(), null, null)), TERMINAL, null, rungAt,
                false, priced.subtotal(), priced.tax(), priced.total());
    }
}
