package cloud.olympus.server.inventory.internal;

import cloud.olympus.server.inventory.StockFigures.ItemStock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant in context's items with their category ids and stock, read for reports. */
@Repository
public class StockFiguresRepository {

    private final JdbcClient jdbc;

    StockFiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ItemStock> all() {
        return jdbc.sql("""
                        SELECT i.id, i.name, c.id AS category_id, i.category, i.track_stock, i.active, i.current_stock,
                               i.min_stock, i.unit_cost, i.unit_price
                          FROM inventory.items i
                          LEFT JOIN inventory.categories c ON c.tenant_id = i.tenant_id AND c.name = i.category
                         ORDER BY i.name, i.id
                        """)
                .query((rs, n) -> new ItemStock(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("category_id", UUID.class), rs.getString("category"), rs.getBoolean("track_stock"),
                        rs.getBoolean("active"), rs.getInt("current_stock"), rs.getInt("min_stock"), rs.getBigDecimal("unit_cost"),
                        rs.getBigDecimal("unit_price")))
                .list();
    }

    public Map<UUID, UUID> categoriesOf(Collection<UUID> itemIds) {
        Map<UUID, UUID> categories = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return categories;
        }
        jdbc.sql("""
                        SELECT i.id, c.id AS category_id
                          FROM inventory.items i
                          JOIN inventory.categories c ON c.tenant_id = i.tenant_id AND c.name = i.category
                         WHERE i.id IN (:ids)
                        """)
                .param("ids", itemIds)
                .query(rs -> {
                    categories.put(rs.getObject("id", UUID.class), rs.getObject("category_id", UUID.class));
                });
        return categories;
    }

    public Map<UUID, String> categoryNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM inventory.categories")
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }
}
