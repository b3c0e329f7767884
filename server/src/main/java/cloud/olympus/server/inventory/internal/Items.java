package cloud.olympus.server.inventory.internal;

import cloud.olympus.server.inventory.Item;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/** Items as aggregates, loaded by Spring Data JDBC for a change, their row locked. */
interface Items extends Repository<Item, UUID> {

    /** The item, its row locked until the transaction ends. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Item> findForUpdateById(UUID id);
}
