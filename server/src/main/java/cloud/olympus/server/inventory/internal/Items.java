package cloud.olympus.server.inventory.internal;

import cloud.olympus.server.inventory.Item;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;

/** Items as aggregates, loaded by Spring Data JDBC. */
interface Items extends Repository<Item, UUID> {

    Optional<Item> findById(UUID id);

    /** The item, its row locked until the transaction ends. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Item> findForUpdateById(UUID id);

    List<Item> findByIdIn(Collection<UUID> ids);
}
