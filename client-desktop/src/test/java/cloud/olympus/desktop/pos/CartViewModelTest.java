package cloud.olympus.desktop.pos;

import cloud.olympus.model.commerce.PaymentMethod;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.model.pricing.Discount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartViewModelTest {

    private final CartViewModel cart = new CartViewModel(Fixtures.RESTAURANT, Fixtures.MONEY);

    @Test
    void totalsFollowEveryChangeAsTheServerWouldPriceThem() {
        cart.add(Fixtures.PIZZA, List.of(new CartLine.Chosen("Size", "Large", new BigDecimal("4.00")),
                new CartLine.Chosen("Extras", "Olives", new BigDecimal("1.00"))), null);
        cart.add(Fixtures.COLA);
        cart.add(Fixtures.COLA);
        assertThat(cart.lines()).hasSize(2);
        assertThat(cart.lines().get(1).quantity()).isEqualTo(2);
        assertThat(cart.subtotalProperty().get()).isEqualTo("$25.00");
        assertThat(cart.taxProperty().get()).isEqualTo("$2.19");
        assertThat(cart.totalProperty().get()).isEqualTo("$27.19");
        assertThat(cart.itemCountProperty().get()).isEqualTo(3);

        cart.add(Fixtures.WINE);
        // Wine is taxed at 10 %: 11.00 + 1.10
        assertThat(cart.totalProperty().get()).isEqualTo("$39.29");
        cart.changeQuantity(2, -1);
        assertThat(cart.lines()).hasSize(2);
        assertThat(cart.totalProperty().get()).isEqualTo("$27.19");
    }

    @Test
    void theSameItemWithOtherChoicesIsALineOfItsOwn() {
        cart.add(Fixtures.PIZZA, List.of(new CartLine.Chosen("Size", "Regular", BigDecimal.ZERO)), null);
        cart.add(Fixtures.PIZZA, List.of(new CartLine.Chosen("Size", "Large", new BigDecimal("4.00"))), null);
        cart.add(Fixtures.PIZZA, List.of(new CartLine.Chosen("Size", "Regular", BigDecimal.ZERO)), null);
        assertThat(cart.lines()).extracting(CartLine::quantity).containsExactly(2, 1);
        assertThat(cart.lines().get(0).total()).isEqualByComparingTo("26.00");
        assertThat(cart.lines().get(1).total()).isEqualByComparingTo("17.00");
    }

    @Test
    void discountsNotesAndClearing() {
        cart.add(Fixtures.WINE);
        cart.add(Fixtures.COLA);
        cart.addDiscount(Discount.percentage("10", "staff"));
        assertThat(cart.discountTotalProperty().get()).isEqualTo("−$1.45");
        // (11.00 − 1.10) × 1.10 + (3.50 − 0.35) × 1.0875 = 10.89 + 3.43
        assertThat(cart.totalProperty().get()).isEqualTo("$14.32");
        cart.setNotes(0, "  room temperature ");
        assertThat(cart.lines().get(0).notes()).isEqualTo("room temperature");
        cart.clear();
        assertThat(cart.isEmpty()).isTrue();
        assertThat(cart.totalProperty().get()).isEqualTo("$0.00");
        assertThat(cart.discounts()).isEmpty();
    }

    @Test
    void theDraftCarriesWhatWasChargedAndWhere() {
        cart.add(Fixtures.PIZZA, List.of(new CartLine.Chosen("Size", "Large", new BigDecimal("4.00"))), null);
        cart.addDiscount(Discount.fixed("2.00", "voucher"));
        UUID id = UUID.randomUUID();
        UUID terminal = UUID.randomUUID();
        UUID cashier = UUID.randomUUID();
        Instant rung = Instant.parse("2026-11-27T12:00:00Z");
        OrderDraft draft = cart.toDraft(id, List.of(new OrderDraft.Tender(PaymentMethod.CARD, cart.priced().total(), null, "auth 7")),
                new CartViewModel.Sale(terminal, cashier, rung, true));
        assertThat(draft.id()).isEqualTo(id);
        assertThat(draft.isFinishedSale()).isTrue();
        assertThat(draft.terminalId()).isEqualTo(terminal);
        assertThat(draft.cashierId()).isEqualTo(cashier);
        assertThat(draft.rungAt()).isEqualTo(rung);
        assertThat(draft.offline()).isTrue();
        assertThat(draft.total()).isEqualByComparingTo(cart.priced().total());
        assertThat(draft.subtotal()).isEqualByComparingTo(cart.priced().subtotal());
        assertThat(draft.tax()).isEqualByComparingTo(cart.priced().tax());
        assertThat(draft.lines()).singleElement().satisfies(l -> {
            assertThat(l.productId()).isEqualTo(Fixtures.PIZZA.id());
            assertThat(l.unitPrice()).as("the price on the till when it was rung").isEqualByComparingTo(Fixtures.PIZZA.unitPrice());
            assertThat(l.modifiers()).containsExactly(new OrderDraft.Choice("Size", "Large", new BigDecimal("4.00")));
        });
        assertThat(draft.discounts()).containsExactly(new OrderDraft.Discount("fixed", new BigDecimal("2.00"), "voucher"));
    }
}
