package cloud.olympus.client.backoffice;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.CatalogueItem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The back office's calls on the catalogue: items page by page (searched, by category, only the low
 * ones), adding and changing them, categories, stock changes by hand and the ledger, and the items as
 * a CSV file out and in.
 */
public class CatalogueAdmin {

    /** Items a page asks for. */
    public static final int PAGE = 100;

    private final OlympusClient client;

    public CatalogueAdmin(OlympusClient client) {
        this.client = client;
    }

    /** Which items a page lists: text to search for, a category, only the low ones; null or blank means any. */
    public record ItemFilter(String query, String category, boolean lowStockOnly) {
    }

    public Listing<StockedItem> items(ItemFilter filter, String cursor) {
        StringBuilder path = new StringBuilder("/api/v1/inventory/items?limit=" + PAGE);
        if (filter.query() != null && !filter.query().isBlank()) {
            path.append("&q=").append(encode(filter.query().strip()));
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            path.append("&category=").append(encode(filter.category()));
        }
        if (filter.lowStockOnly()) {
            path.append("&low_stock=true");
        }
        if (cursor != null) {
            path.append("&cursor=").append(encode(cursor));
        }
        return page(client.get(path.toString()), StockedItem.class);
    }

    public StockedItem item(UUID id) {
        return client.get("/api/v1/inventory/items/" + id, StockedItem.class);
    }

    /** Adds an item from the form's fields (wire names: sku, name, unit_price, …); answers it as stored. */
    public StockedItem create(Map<String, Object> fields) {
        return read(client.post("/api/v1/inventory/items", fields), StockedItem.class);
    }

    /** Changes the fields given (wire names); answers the item as stored. */
    public StockedItem update(UUID id, Map<String, Object> fields) {
        return read(client.patch("/api/v1/inventory/items/" + id, fields), StockedItem.class);
    }

    public List<CatalogueItem.Category> categories() {
        return client.get("/api/v1/inventory/categories/details").valueStream()
                .map(node -> read(node, CatalogueItem.Category.class)).toList();
    }

    /** Sets a category's tile colour ({@code #RRGGBB}, or null for the till's own) and place. */
    public CatalogueItem.Category changeCategory(String name, String colour, int sortOrder) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("colour", colour);
        body.put("sort_order", sortOrder);
        return read(client.put("/api/v1/inventory/categories/" + encodePath(name), body), CatalogueItem.Category.class);
    }

    /** Adds a category no item is in yet: its tile colour ({@code #RRGGBB}, or null for the till's own) and place (null: first). */
    public CatalogueItem.Category createCategory(String name, String colour, Integer sortOrder) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("colour", colour);
        if (sortOrder != null) {
            body.put("sort_order", sortOrder);
        }
        return read(client.post("/api/v1/inventory/categories", body), CatalogueItem.Category.class);
    }

    /** Renames a category; its items move with it. */
    public CatalogueItem.Category renameCategory(String name, String to) {
        return read(client.post("/api/v1/inventory/categories/" + encodePath(name) + "/rename", Map.of("name", to)),
                CatalogueItem.Category.class);
    }

    /** Removes a category no item is in. */
    public void removeCategory(String name) {
        client.delete("/api/v1/inventory/categories/" + encodePath(name));
    }

    /**
     * Books a stock change by hand: {@code receipt}, {@code adjustment} or {@code waste} move stock by
     * {@code quantity}; {@code count} sets what is on the shelf to it. The key makes a retry safe.
     */
    public StockedItem adjust(UUID id, String reason, int quantity, String note, String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put(reason.equals("count") ? "counted" : "quantity_delta", quantity);
        if (note != null && !note.isBlank()) {
            body.put("note", note.strip());
        }
        return read(client.post("/api/v1/inventory/items/" + id + "/adjustments", body, idempotencyKey), StockedItem.class);
    }

    public Listing<StockMovement> movements(UUID id, String cursor) {
        return page(client.get("/api/v1/inventory/items/" + id + "/movements?limit=" + PAGE
                + (cursor == null ? "" : "&cursor=" + encode(cursor))), StockMovement.class);
    }

    /**
     * Every item as CSV, as a spreadsheet opens it, copied into {@code out} as it arrives, telling
     * {@code progress} how many bytes have come; stops at once when {@code cancellation} is cancelled.
     */
    public long exportCsv(java.io.OutputStream out, java.util.function.LongConsumer progress,
                          cloud.olympus.client.Cancellation cancellation) {
        return client.download("/api/v1/inventory/items/export", out, progress, cancellation);
    }

    /** Sends a CSV file of items: checked only ({@code dryRun}), or applied, all or nothing unless {@code partial}. */
    public ImportReport importCsv(String csv, boolean dryRun, boolean partial) {
        return importCsv(csv, dryRun, partial, new cloud.olympus.client.Cancellation());
    }

    /** The same, stopped at once when {@code cancellation} is cancelled (an apply may still be carried out). */
    public ImportReport importCsv(String csv, boolean dryRun, boolean partial, cloud.olympus.client.Cancellation cancellation) {
        return read(client.postText("/api/v1/inventory/items/import?dry_run=" + dryRun + "&partial=" + partial, csv,
                "text/csv; charset=utf-8", cancellation), ImportReport.class);
    }

    private <T> Listing<T> page(JsonNode answer, Class<T> type) {
        JsonNode next = answer.path("next_cursor");
        return new Listing<>(answer.get("data").valueStream().map(node -> read(node, type)).toList(),
                next.isNull() || next.isMissingNode() ? null : next.asString());
    }

    private <T> T read(JsonNode node, Class<T> type) {
        return client.json().treeToValue(node, type);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String encodePath(String value) {
        return encode(value).replace("+", "%20");
    }
}
