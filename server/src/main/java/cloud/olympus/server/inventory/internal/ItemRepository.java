package cloud.olympus.server.inventory.internal;

import cloud.olympus.server.inventory.Category;
import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.inventory.ModifierGroup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Items of the tenant in context: loaded and stored whole by Spring Data JDBC; searches, the sync
 * cursor, categories and the stock ledger's conditional changes are SQL.
 */
@Repository
public class ItemRepository {

    static final String COLUMNS = """
            id, sku, name, category, unit_cost, unit_price, current_stock, reserved_stock, min_stock, max_stock,
            barcode, tax_class, active, track_stock, open_price, modifier_groups, location_data, image_url, created_at, updated_at
            """;
    private static final TypeReference<List<ModifierGroup>> GROUPS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Items items;
    private final JdbcAggregateTemplate aggregates;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ItemRepository(Items items, JdbcAggregateTemplate aggregates, JdbcClient jdbc, JsonMapper json) {
        this.items = items;
        this.aggregates = aggregates;
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Item> find(UUID id) {
        return Optional.ofNullable(aggregates.findById(id, Item.class));
    }

    public Optional<Item> findForUpdate(UUID id) {
        return items.findForUpdateById(id);
    }

    /** The items an order names. SQL: it runs for every order and sale, and one plain statement is what it needs. */
    public List<Item> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM inventory.items WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(this::item).list();
    }

    /**
     * A page of items by name. {@code query} matches part of the name, or a whole SKU or barcode;
     * {@code after} is the name and id of the last item of the previous page; {@code lowStock} true
     * keeps only counted items whose available stock is at or below their minimum.
     */
    public List<Item> page(String query, String category, Boolean active, Boolean lowStock, String afterName, UUID afterId,
                           int limit) {
        String pattern = query == null ? null : "%" + query.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM inventory.items
                        WHERE (CAST(:pattern AS text) IS NULL OR lower(name) LIKE :pattern OR sku = :query OR barcode = :query)
                          AND (CAST(:category AS text) IS NULL OR category = :category)
                          AND (CAST(:active AS boolean) IS NULL OR active = :active)
                          AND (CAST(:low AS boolean) IS NOT TRUE OR (track_stock AND current_stock - reserved_stock <= min_stock))
                          AND (CAST(:afterName AS text) IS NULL OR (name, id) > (:afterName, :afterId))
                        ORDER BY name, id
                        LIMIT :limit
                        """)
                .param("pattern", pattern).param("query", query).param("category", category).param("active", active)
                .param("low", lowStock).param("afterName", afterName).param("afterId", afterId).param("limit", limit)
                .query(this::item).list();
    }

    /**
     * Where a sync stands: the oldest transaction still running when it looked. Every transaction it
     * could not see has an id at or above this, so the next sync asks for changes stamped at or above
     * it and misses none, even of a transaction that began before this sync and commits after it.
     * Read before the items, in the same transaction.
     */
    public long syncPoint() {
        return jdbc.sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    /** Items stamped at or after a sync point (all without one), by name. */
    public List<Item> changedSince(Long syncPoint) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM inventory.items
                        WHERE CAST(:after AS bigint) IS NULL OR change_xid >= CAST(CAST(:after AS text) AS xid8)
                        ORDER BY name, id
                        """)
                .param("after", syncPoint).query(this::item).list();
    }

    public List<Category> categoryDetails() {
        return jdbc.sql("SELECT name, colour, sort_order FROM inventory.categories ORDER BY sort_order, name")
                .query((rs, n) -> new Category(rs.getString("name"), rs.getString("colour"), rs.getInt("sort_order"))).list();
    }

    public Optional<Category> changeCategory(String name, String colour, Integer sortOrder) {
        return jdbc.sql("""
                        UPDATE inventory.categories SET colour = :colour, sort_order = coalesce(:sort, sort_order)
                         WHERE name = :name RETURNING name, colour, sort_order
                        """)
                .param("name", name).param("colour", colour).param("sort", sortOrder)
                .query((rs, n) -> new Category(rs.getString("name"), rs.getString("colour"), rs.getInt("sort_order"))).optional();
    }

    /** Adds a category; empty when the business already has one of that name. */
    public Optional<Category> createCategory(UUID tenantId, String name, String colour, int sortOrder) {
        return jdbc.sql("""
                        INSERT INTO inventory.categories (tenant_id, name, colour, sort_order)
                        VALUES (:tenant, :name, :colour, :sort)
                        ON CONFLICT (tenant_id, name) DO NOTHING RETURNING name, colour, sort_order
                        """)
                .param("tenant", tenantId).param("name", name).param("colour", colour).param("sort", sortOrder)
                .query((rs, n) -> new Category(rs.getString("name"), rs.getString("colour"), rs.getInt("sort_order"))).optional();
    }

    /** The item with this SKU, if any. */
    public Optional<UUID> idOfSku(String sku) {
        return jdbc.sql("SELECT id FROM inventory.items WHERE sku = :sku").param("sku", sku).query(UUID.class).optional();
    }

    /** Renames a category and moves its items with it; empty when there is no category of that name. */
    public Optional<Category> renameCategory(String name, String to) {
        Optional<Category> renamed = jdbc.sql("""
                        UPDATE inventory.categories SET name = :to WHERE name = :name
                        RETURNING name, colour, sort_order
                        """)
                .param("name", name).param("to", to)
                .query((rs, n) -> new Category(rs.getString("name"), rs.getString("colour"), rs.getInt("sort_order"))).optional();
        renamed.ifPresent(c -> jdbc.sql("UPDATE inventory.items SET category = :to, updated_at = now() WHERE category = :name")
                .param("name", name).param("to", to).update());
        return renamed;
    }

    public boolean categoryExists(String name) {
        return jdbc.sql("SELECT count(*) FROM inventory.categories WHERE name = :name").param("name", name)
                .query(Long.class).single() > 0;
    }

    /** How many items are in the category. */
    public long itemsIn(String category) {
        return jdbc.sql("SELECT count(*) FROM inventory.items WHERE category = :name").param("name", category)
                .query(Long.class).single();
    }

    /**
     * Holds the category until the transaction ends: an item being put into it meanwhile waits, and
     * one put in before is seen by the next statement. Answers whether there is one.
     */
    public boolean lockCategory(String name) {
        return !jdbc.sql("SELECT 1 FROM inventory.categories WHERE name = :name FOR UPDATE").param("name", name)
                .query(Integer.class).list().isEmpty();
    }

    /** Removes a category if no item is in it; answers whether it was removed. */
    public boolean removeEmptyCategory(String name) {
        return jdbc.sql("""
                        DELETE FROM inventory.categories c WHERE c.name = :name
                           AND NOT EXISTS (SELECT 1 FROM inventory.items i WHERE i.tenant_id = c.tenant_id AND i.category = :name)
                        """).param("name", name).update() == 1;
    }

    public boolean skuTaken(String sku, UUID exceptId) {
        return jdbc.sql("SELECT count(*) FROM inventory.items WHERE sku = :sku AND id <> :id")
                .param("sku", sku).param("id", exceptId).query(Long.class).single() > 0;
    }

    public boolean barcodeTaken(String barcode, UUID exceptId) {
        return jdbc.sql("SELECT count(*) FROM inventory.items WHERE barcode = :barcode AND id <> :id")
                .param("barcode", barcode).param("id", exceptId).query(Long.class).single() > 0;
    }

    /** Stores a new item; its stock starts at nothing and comes through the ledger. */
    public void insert(Item item) {
        aggregates.insert(item);
    }

    /** Stores an item's details; its stock is the ledger's and is left as it is. */
    public void update(Item item) {
        aggregates.update(item);
    }

    public void ensureCategory(UUID tenantId, String category) {
        if (category != null) {
            // Taking the row (not only seeing it) keeps a removal of the category waiting until the item is in.
            jdbc.sql("""
                            INSERT INTO inventory.categories (tenant_id, name) VALUES (:tenant, :name)
                            ON CONFLICT (tenant_id, name) DO UPDATE SET name = EXCLUDED.name
                            """)
                    .param("tenant", tenantId).param("name", category).update();
        }
    }

    public List<String> categories() {
        return jdbc.sql("SELECT name FROM inventory.categories ORDER BY sort_order, name").query(String.class).list();
    }

    /**
     * Moves stock atomically. The reservation succeeds only while enough is available; under
     * concurrency the row lock queues orders and each sees the stock the previous one left.
     * Answers the item's stock after the change, or empty when there was not enough.
     */
    public Optional<Levels> shift(UUID id, int quantityDelta, int reservedDelta, boolean requireAvailable) {
        return jdbc.sql("""
                        UPDATE inventory.items
                           SET current_stock = current_stock + :quantity, reserved_stock = reserved_stock + :reserved,
                               updated_at = now()
                         WHERE id = :id
                           AND (NOT :require OR current_stock - reserved_stock >= :reserved - :quantity)
                        RETURNING current_stock, reserved_stock, min_stock, max_stock, sku, name
                        """)
                .param("id", id).param("quantity", quantityDelta).param("reserved", reservedDelta).param("require", requireAvailable)
                .query((rs, n) -> new Levels(rs.getInt("current_stock"), rs.getInt("reserved_stock"), rs.getInt("min_stock"),
                        (Integer) rs.getObject("max_stock"), rs.getString("sku"), rs.getString("name")))
                .optional();
    }

    /** Stock levels right after a change. */
    public record Levels(int current, int reserved, int minStock, Integer maxStock, String sku, String name) {
        public int available() {
            return current - reserved;
        }

        /** What to order to be back at the maximum, where the item has one. */
        public Integer suggestedReorder() {
            return maxStock == null ? null : Math.max(0, maxStock - available());
        }
    }

    private Item item(ResultSet rs, int row) throws SQLException {
        Integer maxStock = rs.getObject("max_stock", Integer.class);
        return new Item((UUID) rs.getObject("id"), rs.getString("sku"), rs.getString("name"), rs.getString("category"),
                rs.getBigDecimal("unit_cost"), rs.getBigDecimal("unit_price"), rs.getInt("current_stock"),
                rs.getInt("reserved_stock"), rs.getInt("min_stock"), maxStock, rs.getString("barcode"),
                rs.getString("tax_class"), rs.getBoolean("active"), rs.getBoolean("track_stock"), rs.getBoolean("open_price"),
                json.readValue(rs.getString("modifier_groups"), GROUPS), json.readValue(rs.getString("location_data"), MAP),
                rs.getString("image_url"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
