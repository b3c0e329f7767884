package cloud.olympus.model.commerce;

import static cloud.olympus.model.commerce.OrderStatus.CANCELLED;
import static cloud.olympus.model.commerce.OrderStatus.COMPLETED;
import static cloud.olympus.model.commerce.OrderStatus.CONFIRMED;
import static cloud.olympus.model.commerce.OrderStatus.PENDING;
import static cloud.olympus.model.commerce.OrderStatus.PREPARING;
import static cloud.olympus.model.commerce.OrderStatus.READY;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void movesForwardOneStepAtATime() {
        assertThat(PENDING.allowedMoves()).containsExactly(CONFIRMED, CANCELLED);
        assertThat(CONFIRMED.allowedMoves()).containsExactly(PREPARING, CANCELLED);
        assertThat(PREPARING.allowedMoves()).containsExactly(READY, CANCELLED);
        assertThat(READY.allowedMoves()).containsExactly(COMPLETED);
        assertThat(COMPLETED.allowedMoves()).isEmpty();
        assertThat(CANCELLED.allowedMoves()).isEmpty();
    }

    @Test
    void everyOtherMoveIsRefused() {
        int allowed = 0;
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                if (from.canMoveTo(to)) {
                    allowed++;
                }
            }
        }
        assertThat(allowed).isEqualTo(7);
        assertThat(PENDING.canMoveTo(READY)).isFalse();
        assertThat(READY.canMoveTo(PREPARING)).isFalse();
        assertThat(READY.canMoveTo(CANCELLED)).isFalse();
        assertThat(PENDING.canMoveTo(PENDING)).isFalse();
        assertThat(EnumSet.allOf(OrderStatus.class)).filteredOn(OrderStatus::isFinal).containsExactly(COMPLETED, CANCELLED);
    }

    @Test
    void wireNamesAreLowerCase() {
        assertThat(PREPARING.wireName()).isEqualTo("preparing");
        assertThat(OrderStatus.fromWireName("Ready")).contains(READY);
        assertThat(OrderStatus.fromWireName("shipped")).isEmpty();
        assertThat(PaymentMethod.fromWireName("gift_card")).contains(PaymentMethod.GIFT_CARD);
        assertThat(PaymentStatus.PARTIALLY_REFUNDED.wireName()).isEqualTo("partially_refunded");
    }

    @Test
    void paymentStatusFollowsTheAmounts() {
        BigDecimal total = new BigDecimal("20.00");
        assertThat(PaymentStatus.of(total, BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo(PaymentStatus.UNPAID);
        assertThat(PaymentStatus.of(total, new BigDecimal("5.00"), BigDecimal.ZERO)).isEqualTo(PaymentStatus.PARTIALLY_PAID);
        assertThat(PaymentStatus.of(total, total, BigDecimal.ZERO)).isEqualTo(PaymentStatus.PAID);
        assertThat(PaymentStatus.of(total, total, new BigDecimal("1.00"))).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(PaymentStatus.of(total, total, total)).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(PaymentStatus.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo(PaymentStatus.PAID);
    }
}
