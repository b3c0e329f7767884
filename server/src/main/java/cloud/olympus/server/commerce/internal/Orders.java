package cloud.olympus.server.commerce.internal;

import cloud.olympus.server.commerce.Order;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/** Orders as aggregates, loaded whole by Spring Data JDBC, for a change: the row locked, then its lines, payments and refunds. */
interface Orders extends Repository<Order, UUID> {

    /** The order, its row locked until the transaction ends: changes to one order queue. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Order> findForUpdateById(UUID id);
}
