package cloud.olympus.desktop.pos;

import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.commerce.PaymentMethod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.desktop.receipt.Receipt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckoutViewModelTest {

    private final CartViewModel cart = new CartViewModel(Fixtures.RESTAURANT, Fixtures.MONEY);
    private final List<OrderDraft> kept = new ArrayList<>();
    private CheckoutViewModel checkout;

    @BeforeEach
    void ringUp() {
        cart.add(Fixtures.WINE);
        cart.add(Fixtures.COLA);
        // 12.10 + 3.81 = 15.91
        checkout = new CheckoutViewModel(cart, Fixtures::sale, kept::add);
    }

    @Test
    void splitTenderWithCashChange() {
        assertThat(checkout.total()).isEqualByComparingTo("15.91");
        assertThat(checkout.take(PaymentMethod.CARD, new BigDecimal("10.00"), new BigDecimal("1.50"), "auth 42")).isTrue();
        assertThat(checkout.remainingProperty().get()).isEqualTo("$5.91");
        assertThat(checkout.settledProperty().get()).isFalse();
        assertThat(checkout.quickCash()).containsExactly(new BigDecimal("5.91"), new BigDecimal("10.00"), new BigDecimal("20.00"),
                new BigDecimal("50.00"));
        assertThat(checkout.take(PaymentMethod.CASH, new BigDecimal("10"), null, null)).isTrue();
        assertThat(checkout.settledProperty().get()).isTrue();
        assertThat(checkout.changeProperty().get()).isEqualTo("$4.09");

        Receipt receipt = checkout.complete("Trattoria", "Grazie!", "Carla");
        assertThat(kept).singleElement().satisfies(sale -> {
            assertThat(sale.id()).isEqualTo(receipt.orderId());
            assertThat(sale.tenders()).containsExactly(
                    new OrderDraft.Tender(PaymentMethod.CARD, new BigDecimal("10.00"), new BigDecimal("1.50"), "auth 42"),
                    new OrderDraft.Tender(PaymentMethod.CASH, new BigDecimal("10.00"), new BigDecimal("0.00"), null));
        });
        assertThat(receipt.change()).isEqualTo("$4.09");
        assertThat(receipt.totals()).extracting(Receipt.Total::amount).contains("$15.91");
    }

    @Test
    void onlyCashMayExceedWhatIsDue() {
        assertThat(checkout.take(PaymentMethod.CARD, new BigDecimal("20.00"), null, null)).isFalse();
        assertThat(checkout.problemProperty().get()).isEqualTo(Phrase.of("checkout.problem.over"));
        assertThat(checkout.take(PaymentMethod.CASH, new BigDecimal("-1"), null, null)).isFalse();
        assertThat(checkout.problemProperty().get()).isEqualTo(Phrase.of("checkout.problem.amount"));
        assertThat(checkout.take(PaymentMethod.CASH, new BigDecimal("1.001"), null, null)).isFalse();
        assertThat(checkout.take(PaymentMethod.LOYALTY_POINTS, new BigDecimal("1.00"), null, null)).isFalse();
        assertThat(checkout.problemProperty().get()).isEqualTo(Phrase.of("checkout.problem.customer"));
        assertThat(checkout.tenders()).isEmpty();
    }

    @Test
    void tipsOnlyWhereTheBusinessTakesThemAndUpToItsLimit() {
        // 20 % of 15.91: 3.18 in tips at most, over all tenders.
        assertThat(checkout.take(PaymentMethod.CARD, new BigDecimal("8.00"), new BigDecimal("3.19"), null)).isFalse();
        assertThat(checkout.problemProperty().get().key()).isEqualTo("checkout.problem.tip_limit");
        assertThat(checkout.take(PaymentMethod.CARD, new BigDecimal("8.00"), new BigDecimal("3.00"), null)).isTrue();
        assertThat(checkout.tipLeft()).isEqualByComparingTo("0.18");
        assertThat(checkout.take(PaymentMethod.CARD, new BigDecimal("7.91"), new BigDecimal("0.50"), null)).isFalse();
        assertThat(checkout.problemProperty().get().key()).isEqualTo("checkout.problem.tip_limit");

        CartViewModel shop = new CartViewModel(Fixtures.SHOP, Fixtures.MONEY);
        shop.add(Fixtures.COLA);
        CheckoutViewModel noTips = new CheckoutViewModel(shop, Fixtures::sale, kept::add);
        assertThat(noTips.takesTips()).isFalse();
        assertThat(noTips.take(PaymentMethod.CARD, new BigDecimal("1.00"), new BigDecimal("0.50"), null)).isFalse();
        assertThat(noTips.problemProperty().get()).isEqualTo(Phrase.of("checkout.problem.tip"));
        assertThat(noTips.take(PaymentMethod.CARD, new BigDecimal("1.00"), BigDecimal.ZERO, null)).isTrue();
    }

    @Test
    void aSaleIsKeptOnlyWhenNothingIsDue() {
        checkout.take(PaymentMethod.CARD, new BigDecimal("5.00"), null, null);
        assertThatThrownBy(() -> checkout.complete("Trattoria", null, null)).isInstanceOf(IllegalStateException.class);
        assertThat(kept).isEmpty();
        checkout.removeTender(0);
        assertThat(checkout.takeExact(PaymentMethod.CARD)).isTrue();
        assertThat(checkout.take(PaymentMethod.CASH, BigDecimal.ONE, null, null)).isFalse();
        assertThat(checkout.problemProperty().get()).isEqualTo(Phrase.of("checkout.problem.paid"));
        checkout.complete("Trattoria", null, null);
        assertThat(kept).hasSize(1);
    }
}
