package cloud.olympus.server.customer.internal;

import cloud.olympus.server.customer.Customer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/** Customers as aggregates, loaded by Spring Data JDBC for a change, their row locked. */
interface Profiles extends Repository<Customer, UUID> {

    /** The customer, their row locked until the transaction ends: changes of their points queue. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Customer> findForUpdateById(UUID id);
}
