package cloud.olympus.desktop.pos;

import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.api.CustomerSummary;
import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.client.api.TenantProfile;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.model.WireNames;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.pricing.Discount;
import cloud.olympus.model.pricing.PriceCalculator;
import cloud.olympus.model.pricing.PricedOrder;
import cloud.olympus.model.pricing.PricingLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sale being rung up. Every change reprices the whole cart with the same calculator the
 * server uses, so the total on screen is the total charged.
 */
public final class CartViewModel {

    private final TenantProfile tenant;
    private final PriceCalculator calculator;
    private final MoneyFormat money;
    private final ObservableList<CartLine> lines = FXCollections.observableArrayList();
    private final List<Discount> discounts = new ArrayList<>();
    private PricedOrder priced;
    private final ReadOnlyStringWrapper subtotal = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper discountTotal = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper tax = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper itemCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<CustomerSummary> customer = new ReadOnlyObjectWrapper<>();

    /** @param money writes the tenant's currency in the till's language */
    public CartViewModel(TenantProfile tenant, MoneyFormat money) {
        this.tenant = tenant;
        this.calculator = new PriceCalculator(tenant.scale());
        this.money = money;
        reprice();
    }

    public ObservableList<CartLine> lines() {
        return lines;
    }

    /** Rings up an item with its chosen modifiers; the same item with the same choices adds to its line. */
    public void add(CatalogueItem item, List<CartLine.Chosen> modifiers, BigDecimal openPrice) {
        for (int i = 0; i < lines.size(); i++) {
            CartLine line = lines.get(i);
            if (line.sameAs(item, modifiers, openPrice)) {
                lines.set(i, line.withQuantity(line.quantity() + 1));
                reprice();
                return;
            }
        }
        lines.add(new CartLine(item, modifiers, 1, null, openPrice, BigDecimal.ZERO));
        reprice();
    }

    public void add(CatalogueItem item) {
        add(item, List.of(), null);
    }

    public void changeQuantity(int index, int delta) {
        CartLine line = lines.get(index);
        int next = line.quantity() + delta;
        if (next <= 0) {
            lines.remove(index);
        } else {
            lines.set(index, line.withQuantity(Math.min(next, 9_999)));
        }
        reprice();
    }

    public void remove(int index) {
        lines.remove(index);
        reprice();
    }

    public void setNotes(int index, String notes) {
        lines.set(index, lines.get(index).withNotes(notes == null || notes.isBlank() ? null : notes.trim()));
        reprice();
    }

    public void addDiscount(Discount discount) {
        discounts.add(discount);
        reprice();
    }

    public List<Discount> discounts() {
        return List.copyOf(discounts);
    }

    public void clearDiscounts() {
        discounts.clear();
        reprice();
    }

    public void attach(CustomerSummary who) {
        customer.set(who);
    }

    public ReadOnlyObjectProperty<CustomerSummary> customerProperty() {
        return customer.getReadOnlyProperty();
    }

    public void clear() {
        lines.clear();
        discounts.clear();
        customer.set(null);
        reprice();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The finished sale as the outbox keeps it: every price as charged, the totals as shown, who rang it where and when. */
    public OrderDraft toDraft(UUID id, List<OrderDraft.Tender> tenders, Sale sale) {
        return new OrderDraft(id, OrderSource.POS, lines.stream().map(CartLine::toDraft).toList(),
                Optional.ofNullable(customer.get()).map(CustomerSummary::id).orElse(null),
                discounts.stream().map(d -> new OrderDraft.Discount(WireNames.of(d.kind()), d.value(), d.reason()))
                        .toList(), null, tenders, sale.terminalId(), sale.cashierId(), sale.rungAt(), sale.offline(),
                priced.subtotal(), priced.tax(), priced.total());
    }

    /** Where and when a sale was rung, by whom, and whether the till was offline then. */
    public record Sale(java.util.UUID terminalId, java.util.UUID cashierId, java.time.Instant rungAt, boolean offline) {
    }

    public PricedOrder priced() {
        return priced;
    }

    public ReadOnlyStringProperty subtotalProperty() {
        return subtotal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty discountTotalProperty() {
        return discountTotal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taxProperty() {
        return tax.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty itemCountProperty() {
        return itemCount.getReadOnlyProperty();
    }

    public String format(BigDecimal amount) {
        return money.format(amount);
    }

    public TenantProfile tenant() {
        return tenant;
    }

    private void reprice() {
        List<PricingLine> pricing = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            CartLine line = lines.get(i);
            BigDecimal unit = line.openPrice() != null ? line.openPrice() : line.item().unitPrice();
            pricing.add(new PricingLine(String.valueOf(i), unit, line.modifiers().stream().map(CartLine.Chosen::priceDelta).toList(),
                    line.quantity(), line.item().taxClass()));
        }
        PricedOrder result = calculator.price(pricing, discounts, tenant.taxes());
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal lineTotal = result.lines().get(i).gross();
            if (lines.get(i).total().compareTo(lineTotal) != 0 || lines.get(i).total().scale() != lineTotal.scale()) {
                lines.set(i, lines.get(i).withTotal(lineTotal));
            }
        }
        priced = result;
        subtotal.set(money.format(result.subtotal()));
        discountTotal.set(result.discountTotal().signum() == 0 ? "" : "−" + money.format(result.discountTotal()));
        tax.set(money.format(result.tax()));
        total.set(money.format(result.total()));
        itemCount.set(lines.stream().mapToInt(CartLine::quantity).sum());
    }
}
