package cloud.olympus.server.customer.internal;

import cloud.olympus.server.customer.Customer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/** Customers as aggregates, loaded by Spring Data JDBC. */
interface Profiles extends Repository<Customer, UUID> {

    Optional<Customer> findById(UUID id);

    /** The customer, their row locked until the transaction ends: changes of their points queue. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Customer> findForUpdateById(UUID id);

    boolean existsById(UUID id);
}
