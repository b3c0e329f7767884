package cloud.olympus.server.commerce;

import cloud.olympus.server.shared.idempotency.IdempotentRequests;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The orders a customer is named on, as the customer side needs them for what it holds about a
 * person: a summary of each to hand over, and the link itself to forget when the person is erased
 * (the orders, their totals and payments stay as they were).
 */
@Service
public class CustomerOrders {

    private final JdbcClient jdbc;
    private final IdempotentRequests idempotent;

    CustomerOrders(JdbcClient jdbc, IdempotentRequests idempotent) {
        this.jdbc = jdbc;
        this.idempotent = idempotent;
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

    /**
     * Takes the customer off every order naming them, in the caller's transaction; answers how many
     * orders. The free text on those orders and their lines (notes, which may name the person) goes
     * with them, and so do the customer and those notes in the answers kept for replaying the
     * requests that placed or paid them.
     */
    @Transactional
    public int forget(UUID customerId) {
        jdbc.sql("""
                        UPDATE commerce.order_lines SET notes = NULL
                         WHERE notes IS NOT NULL
                           AND order_id IN (SELECT id FROM commerce.orders WHERE customer_id = :customer)
                        """)
                .param("customer", customerId).update();
        int forgotten = jdbc.sql("UPDATE commerce.orders SET customer_id = NULL, notes = NULL WHERE customer_id = :customer")
                .param("customer", customerId).update();
        idempotent.rewriteAnswers(customerId.toString(), answer -> withoutCustomer(answer, customerId.toString()));
        return forgotten;
    }

    /** An answer with every order in it that named the customer naming nobody, without its notes or its lines'. */
    private static JsonNode withoutCustomer(JsonNode answer, String customerId) {
        if (answer instanceof ObjectNode order && customerId.equals(order.path("customer_id").asString())) {
            order.putNull("customer_id");
            order.putNull("notes");
            order.path("items").forEach(line -> {
                if (line instanceof ObjectNode l) {
                    l.putNull("notes");
                }
            });
        }
        answer.forEach(inner -> withoutCustomer(inner, customerId));
        return answer;
    }
}
