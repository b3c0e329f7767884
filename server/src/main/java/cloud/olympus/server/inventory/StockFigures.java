package cloud.olympus.server.inventory;

import cloud.olympus.server.inventory.internal.StockFiguresRepository;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reports need to know of the tenant in context's items in one cheap read: where each is filed
 * and how much of it is on hand, for dashboards rather than for selling.
 */
@Service
public class StockFigures {

    private final StockFiguresRepository repository;

    StockFigures(StockFiguresRepository repository) {
        this.repository = repository;
    }

    /**
     * An item's filing and stock: its category (null when it has none, or the name is not one of the
     * business's categories), stock on hand, the level below which it is low, what one costs (null when
     * not known) and what one sells for.
     */
    public record ItemStock(UUID itemId, String name, UUID categoryId, String category, boolean tracked, boolean active,
                            int onHand, int minStock, BigDecimal unitCost, BigDecimal unitPrice) {

        /** What the stock on hand is worth: at cost when the item has one, else at its price. */
        public BigDecimal value() {
            BigDecimal each = unitCost != null ? unitCost : unitPrice;
            return each.multiply(BigDecimal.valueOf(Math.max(0, onHand)));
        }

        /** Tracked, active and at or below its minimum. */
        public boolean low() {
            return tracked && active && onHand <= minStock;
        }
    }

    /** Every item of the business, active or not. */
    @Transactional(readOnly = true)
    public List<ItemStock> all() {
        return repository.all();
    }

    /** The category each of the items is filed under now; items without one are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, UUID> categoriesOf(Collection<UUID> itemIds) {
        return repository.categoriesOf(itemIds);
    }

    /** The business's categories by id. */
    @Transactional(readOnly = true)
    public Map<UUID, String> categoryNames() {
        return repository.categoryNames();
    }
}
