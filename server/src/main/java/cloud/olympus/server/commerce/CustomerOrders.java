package cloud.olympus.server.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders a customer is named on, as the customer side needs them for what it holds about a
 * person: a summary of each to hand over, and the link itself to forget when the person is erased
 * (the orders, their totals and payments stay as they were).
 */
@Service
public class CustomerOrders {

    private final JdbcClient jdbc;

    CustomerOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One order of a customer, in short. */
    public record Summary(UUID id, String orderNumber, String status, String paymentStatus, BigDecimal total,
                          BigDecimal refundedTotal, String currency, Instant createdAt) {
    }

    /** Every order naming the customer, newest first. */
    @Transactional(readOnly = true)
    public List<Summary> of(UUID customerId) {
        return jdbc.sql("""
                        SELECT id, order_number, status, payment_status, total, refunded_total, currency, created_at
                          FROM commerce.orders WHERE customer_id = :customer ORDER BY created_at DESC, id DESC
                        """)
                .param("customer", customerId)
                .query((rs, n) -> new Summary((UUID) rs.getObject("id"), rs.getString("order_number"), rs.getString("status"),
                        rs.getString("payment_status"), rs.getBigDecimal("total"), rs.getBigDecimal("refunded_total"),
                        rs.getString("currency"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Takes the customer off every order naming them, in the caller's transaction; answers how many orders. */
    @Transactional
    public int forget(UUID customerId) {
        return jdbc.sql("UPDATE commerce.orders SET customer_id = NULL WHERE customer_id = :customer")
                .param("customer", customerId).update();
    }
}
