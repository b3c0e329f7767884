package cloud.olympus.server.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.commerce.PaymentStatus;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rules an order keeps by itself, without a database: its life, what it may take, what it may
 * give back. One line of three cups, 10.00 and 0.83 tax: 10.83.
 */
class OrderAggregateTests {

    private static final UUID CASHIER = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Order.Tips TIPS = new Order.Tips(true, 20);

    private final OrderLine cups = new OrderLine(UUID.randomUUID(), 1, UUID.randomUUID(), "CUP", "Cup", 3, amount("3.33"),
            List.of(), null, "standard", amount("10.00"), amount("0.00"), amount("0.83"), amount("10.83"), 0);

    private Order order() {
        return Order.place(UUID.randomUUID(), "S-20261127-0001", OrderSource.POS, null, List.of(cups), "USD", amount("10.00"),
                amount("0.00"), amount("0.83"), amount("10.83"), List.of(), null, LocalDate.of(2026, 11, 27), CASHIER, NOW);
    }

    @Test
    void itMovesOnlyAlongItsLife() {
        Order order = order();
        assertThatThrownBy(() -> order.moveTo(OrderStatus.READY, NOW)).isInstanceOf(InvalidStatusChange.class);
        order.moveTo(OrderStatus.CONFIRMED, NOW);
        order.moveTo(OrderStatus.PREPARING, NOW);
        order.moveTo(OrderStatus.READY, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.READY);
    }

    @Test
    void itCompletesOnlyOncePaidAndIsCancelledOnlyOnceRefunded() {
        Order order = order();
        order.moveTo(OrderStatus.CONFIRMED, NOW);
        order.moveTo(OrderStatus.PREPARING, NOW);
        order.moveTo(OrderStatus.READY, NOW);
        assertThatThrownBy(() -> order.moveTo(OrderStatus.COMPLETED, NOW)).isInstanceOf(Conflict.class)
                .satisfies(e -> assertThat(((DomainException) e).details()).containsEntry("balance_due", amount("10.83")));

        Order paid = order();
        paid.pay(PaymentMethod.CARD, amount("10.83"), null, null, TIPS, CASHIER, NOW);
        assertThatThrownBy(() -> paid.moveTo(OrderStatus.CANCELLED, NOW)).isInstanceOf(Conflict.class)
                .hasMessageContaining("Refund the payments");
        paid.refund(amount("10.83"), null, "wrong order", null, null, null, CASHIER, NOW);
        paid.moveTo(OrderStatus.CANCELLED, NOW);
        assertThat(paid.cancelledAt()).isEqualTo(NOW);
    }

    @Test
    void aPaidOrderSettlesAtOnceWithoutAKitchenAndOnceReadyWithOne() {
        Order shop = order();
        shop.pay(PaymentMethod.CARD, amount("10.83"), null, null, TIPS, CASHIER, NOW);
        assertThat(shop.settle(false, NOW)).isTrue();
        assertThat(shop.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(shop.completedAt()).isEqualTo(NOW);

        Order kitchen = order();
        kitchen.pay(PaymentMethod.CARD, amount("10.83"), null, null, TIPS, CASHIER, NOW);
        assertThat(kitchen.settle(true, NOW)).isFalse();
        kitchen.moveTo(OrderStatus.CONFIRMED, NOW);
        kitchen.moveTo(OrderStatus.PREPARING, NOW);
        kitchen.moveTo(OrderStatus.READY, NOW);
        assertThat(kitchen.settle(true, NOW)).isTrue();

        Order unpaid = order();
        assertThat(unpaid.settle(false, NOW)).isFalse();
    }

    @Test
    void cashGivesChangeAndOtherTendersMayNotExceedTheBalance() {
        Order order = order();
        assertThatThrownBy(() -> order.pay(PaymentMethod.CARD, amount("11.00"), null, null, TIPS, CASHIER, NOW))
                .isInstanceOf(PaymentExceedsDue.class);
        Payment card = order.pay(PaymentMethod.CARD, amount("5.00"), null, "auth 1", TIPS, CASHIER, NOW);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
        Payment cash = order.pay(PaymentMethod.CASH, amount("20.00"), null, null, TIPS, CASHIER, NOW.plusSeconds(1));
        assertThat(cash.amount()).isEqualByComparingTo("5.83");
        assertThat(cash.tendered()).isEqualByComparingTo("20.00");
        assertThat(cash.changeDue()).isEqualByComparingTo("14.17");
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(order.balanceDue()).isEqualByComparingTo("0");
        assertThat(order.payments()).containsExactly(card, cash);
        assertThatThrownBy(() -> order.pay(PaymentMethod.CASH, amount("1.00"), null, null, TIPS, CASHIER, NOW))
                .isInstanceOf(Conflict.class).hasMessageContaining("already paid");
    }

    @Test
    void aCancelledOrderTakesNothingAndPointsNeedACustomer() {
        Order order = order();
        assertThatThrownBy(() -> order.pay(PaymentMethod.LOYALTY_POINTS, amount("1.00"), null, null, TIPS, CASHIER, NOW))
                .isInstanceOf(Conflict.class).hasMessageContaining("needs a customer");
        order.moveTo(OrderStatus.CANCELLED, NOW);
        assertThatThrownBy(() -> order.pay(PaymentMethod.CASH, amount("1.00"), null, null, TIPS, CASHIER, NOW))
                .isInstanceOf(Conflict.class).hasMessageContaining("was cancelled");
    }

    @Test
    void tipsStayWithinWhatTheBusinessAllows() {
        Order order = order();
        assertThatThrownBy(() -> order.pay(PaymentMethod.CARD, amount("10.83"), amount("1.00"), null, new Order.Tips(false, 0),
                CASHIER, NOW)).isInstanceOf(InvalidInput.class).hasMessageContaining("does not take tips");
        assertThatThrownBy(() -> order.pay(PaymentMethod.CARD, amount("10.83"), amount("3.00"), null, TIPS, CASHIER, NOW))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((DomainException) e).details()).containsKey("max_tip"));
        order.pay(PaymentMethod.CARD, amount("5.00"), amount("1.00"), null, TIPS, CASHIER, NOW);
        order.pay(PaymentMethod.CARD, amount("5.83"), amount("1.00"), null, TIPS, CASHIER, NOW);
        assertThat(order.tipTotal()).isEqualByComparingTo("2.00");
    }

    @Test
    void unitsOfALineGoBackByTheirShareOfItsTotalAndNoMoreThanWereSold() {
        Order order = order();
        order.pay(PaymentMethod.CARD, amount("10.83"), null, null, TIPS, CASHIER, NOW);
        Refund first = order.refund(null, Map.of(cups.id(), 1), "chipped", null, null, null, CASHIER, NOW);
        assertThat(first.amount()).isEqualByComparingTo("3.61");
        assertThat(order.line(cups.id()).orElseThrow().refundedQuantity()).isEqualTo(1);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThatThrownBy(() -> order.refund(null, Map.of(cups.id(), 3), "all", null, null, null, CASHIER, NOW))
                .isInstanceOf(Conflict.class).hasMessageContaining("has 2 left to refund");
        Refund rest = order.refund(null, Map.of(cups.id(), 2), "chipped too", null, null, null, CASHIER, NOW);
        assertThat(rest.amount()).isEqualByComparingTo("7.22");
        assertThat(order.refundedTotal()).isEqualByComparingTo("10.83");
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThatThrownBy(() -> order.refund(amount("0.01"), null, "more", null, null, null, CASHIER, NOW))
                .isInstanceOf(Conflict.class).hasMessageContaining("Nothing of order");
    }

    @Test
    void aRefundGoesBackToOnePaymentAndNeverBeyondWhatItHad() {
        Order order = order();
        Payment card = order.pay(PaymentMethod.CARD, amount("5.00"), null, null, TIPS, CASHIER, NOW);
        Payment cash = order.pay(PaymentMethod.CASH, amount("5.83"), null, null, TIPS, CASHIER, NOW.plusSeconds(1));
        assertThatThrownBy(() -> order.refund(amount("6.00"), null, "too much at once", null, null, null, CASHIER, NOW))
                .isInstanceOf(Conflict.class).hasMessageContaining("No single payment");
        assertThatThrownBy(() -> order.refund(amount("5.50"), null, "to the card", card.id(), null, null, CASHIER, NOW))
                .isInstanceOf(PaymentExceedsDue.class);
        assertThatThrownBy(() -> order.refund(amount("1.00"), Map.of(cups.id(), 1), "both", null, null, null, CASHIER, NOW))
                .isInstanceOf(InvalidInput.class);
        Refund latest = order.refund(amount("5.00"), null, "latest first", null, null, null, CASHIER, NOW);
        assertThat(latest.paymentId()).isEqualTo(cash.id());
        Refund toCard = order.refund(amount("5.00"), null, "the rest", null, null, null, CASHIER, NOW);
        assertThat(toCard.paymentId()).isEqualTo(card.id());
    }

    @Test
    void aCardPaymentGoesBackInCashOnlyWithAReason() {
        Order order = order();
        Payment card = order.pay(PaymentMethod.CARD, amount("10.83"), null, null, TIPS, CASHIER, NOW);
        assertThatThrownBy(() -> order.refund(amount("1.00"), null, "x", card.id(), PaymentMethod.GIFT_CARD, "why", CASHIER, NOW))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("or out of the till as cash");
        assertThatThrownBy(() -> order.refund(amount("1.00"), null, "x", card.id(), PaymentMethod.CASH, " ", CASHIER, NOW))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Say why");
        Refund refund = order.refund(amount("1.00"), null, "x", card.id(), PaymentMethod.CASH, "card reader down", CASHIER, NOW);
        assertThat(refund.method()).isEqualTo("cash");
        assertThat(refund.methodReason()).isEqualTo("card reader down");
    }

    @Test
    void aReviewNeedsAFlagAndANote() {
        Order sale = Order.recordSale(UUID.randomUUID(), "S-20261127-0002", null, List.of(cups), "USD", amount("10.00"),
                amount("0.00"), amount("0.83"), amount("10.83"), List.of(),
                List.of(new Payment(UUID.randomUUID(), "card", amount("10.83"), amount("0.00"), null, amount("0.00"), null, CASHIER,
                        NOW, null)), amount("0.00"), null, LocalDate.of(2026, 11, 27), CASHIER, NOW, new Order.Rung(UUID.randomUUID(), NOW, true),
                List.of(new Order.Discrepancy(1, "unit_price", "3.33", "3.50", "Cup")), false);
        assertThat(sale.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(sale.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThatThrownBy(() -> sale.review("  ", CASHIER, NOW)).isInstanceOf(InvalidInput.class);
        sale.review("price changed that morning", CASHIER, NOW);
        assertThat(sale.review().needed()).isFalse();
        assertThat(sale.review().discrepancies()).hasSize(1);
        assertThatThrownBy(() -> sale.review("again", CASHIER, NOW)).isInstanceOf(Conflict.class);
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
