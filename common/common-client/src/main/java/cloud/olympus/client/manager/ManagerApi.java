package cloud.olympus.client.manager;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The calls a manager's app makes beyond the till's: the day's orders, sales to review, stock
 * counts, who is at work, labour, and the analytics and assistant of the business.
 */
public class ManagerApi {

    private final OlympusApi api;
    private final OlympusClient client;

    public ManagerApi(OlympusApi api) {
        this.api = api;
        this.client = api.client();
    }

    /** The till's calls, for what both apps do (alerts, orders, the live connection). */
    public OlympusApi api() {
        return api;
    }

    /** The business's time zone (its settings' {@code timezone}), in which its business days and hours are counted. */
    public java.time.ZoneId zone() {
        return businessDay().zone();
    }

    /**
     * How the business counts its days: its settings' {@code timezone} (UTC when unset or unknown) and
     * {@code business_day_starts_at} (midnight when unset, as the server counts it).
     */
    public BusinessDay businessDay() {
        JsonNode settings = client.get("/api/v1/tenant").path("settings");
        java.time.ZoneId zone;
        try {
            zone = java.time.ZoneId.of(settings.path("timezone").asString("UTC"));
        } catch (java.time.DateTimeException e) {
            zone = java.time.ZoneOffset.UTC;
        }
        java.time.LocalTime start;
        try {
            start = java.time.LocalTime.parse(settings.path("business_day_starts_at").asString("00:00"));
        } catch (java.time.format.DateTimeParseException e) {
            start = java.time.LocalTime.MIDNIGHT;
        }
        return new BusinessDay(zone, start);
    }

    /** One page of orders, newest first; {@code nextCursor} asks for the next, null on the last. */
    public record OrderPage(List<OrderSummary> orders, String nextCursor) {
        public OrderPage {
            orders = orders == null ? List.of() : List.copyOf(orders);
        }
    }

    /** The most orders one page holds. */
    public static final int PAGE = 200;

    /**
     * The orders of a business day (all of them, whatever their status), newest first, a page of up to
     * {@link #PAGE} at a time: the first without {@code cursor}, the next with the previous page's.
     */
    public OrderPage ordersOf(LocalDate day, String cursor) {
        JsonNode page = client.get("/api/v1/orders?limit=" + PAGE + "&from=" + day + "&to=" + day
                + (cursor == null ? "" : "&cursor=" + encode(cursor)));
        String next = page.path("next_cursor").isNull() || page.path("next_cursor").isMissingNode() ? null
                : page.path("next_cursor").asString(null);
        return new OrderPage(page.get("data").valueStream().map(node -> client.json().treeToValue(node, OrderSummary.class)).toList(),
                next);
    }

    /** Till sales whose amounts differ from the catalogue, waiting for a manager. */
    public List<OrderSummary> salesToReview() {
        return salesToReview(null);
    }

    /** Those of one of the organisation's locations ({@code location} null: the business's own). */
    public List<OrderSummary> salesToReview(UUID location) {
        return orders("/api/v1/orders?needs_review=true&limit=50" + (location == null ? "" : "&location_id=" + location));
    }

    /** Clears a sale's review, saying what was checked. */
    public OrderSummary markReviewed(UUID orderId, String note) {
        return markReviewed(orderId, note, null);
    }

    /** Clears the review of a sale of one of the organisation's locations ({@code location} null: the business's own). */
    public OrderSummary markReviewed(UUID orderId, String note, UUID location) {
        return client.json().treeToValue(client.post("/api/v1/orders/" + orderId + "/review"
                + (location == null ? "" : "?location_id=" + location), Map.of("note", note)), OrderSummary.class);
    }

    /** Items by part of the name, or a whole SKU or barcode, as typed or scanned. */
    public List<StockItem> findItems(String query) {
        return client.get("/api/v1/inventory/items?limit=20&q=" + encode(query.trim())).get("data").valueStream()
                .map(node -> client.json().treeToValue(node, StockItem.class)).toList();
    }

    /**
     * Books a count: the quantity found on the shelf, recorded as the difference from the books;
     * {@code key} makes a retry harmless. Answers the item as it stands now.
     */
    public StockItem count(UUID itemId, int counted, String note, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("counted", counted);
        body.put("reason", "count");
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        return adjust(itemId, body, key);
    }

    /**
     * Books goods received: {@code quantity} more of the item on hand, as a delivery; {@code key}
     * makes a retry harmless. Answers the item as it stands now.
     */
    public StockItem receive(UUID itemId, int quantity, String note, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("quantity_delta", quantity);
        body.put("reason", "receipt");
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        return adjust(itemId, body, key);
    }

    private StockItem adjust(UUID itemId, Map<String, Object> body, String key) {
        client.post("/api/v1/inventory/items/" + itemId + "/adjustments", body, key);
        return client.get("/api/v1/inventory/items/" + itemId, StockItem.class);
    }

    /**
     * Who is clocked in at {@code now}: their entries still open (begun in the last day), with their
     * names and roles from the staff list and their shift when they clocked in for one.
     */
    public List<ShiftEntry> onShift(Instant now) {
        Instant from = now.minus(Duration.ofDays(1));
        Map<String, JsonNode> staff = new HashMap<>();
        client.get("/api/v1/workforce/staff").get("data").forEach(s -> staff.put(s.get("id").asString(), s));
        Map<String, JsonNode> shifts = new HashMap<>();
        client.get("/api/v1/workforce/shifts?from=" + encode(from.toString()) + "&to=" + encode(now.plus(Duration.ofDays(1)).toString()))
                .get("data").forEach(s -> shifts.put(s.get("id").asString(), s));
        return client.get("/api/v1/workforce/time-entries?from=" + encode(from.toString()) + "&to=" + encode(now.toString()))
                .get("data").valueStream()
                .filter(e -> e.path("clock_out").isNull() || e.path("clock_out").isMissingNode())
                .map(e -> {
                    JsonNode person = staff.get(e.path("staff_id").asString());
                    JsonNode shift = shifts.get(e.path("shift_id").asString(""));
                    List<ShiftEntry.Break> breaks = e.path("breaks").valueStream()
                            .map(b -> client.json().treeToValue(b, ShiftEntry.Break.class)).toList();
                    return new ShiftEntry(UUID.fromString(e.get("staff_id").asString()),
                            person == null ? null : person.path("display_name").asString(null),
                            person == null ? null : person.path("staff_role").asString(null),
                            Instant.parse(e.get("clock_in").asString()),
                            shift == null ? null : Instant.parse(shift.get("starts_at").asString()),
                            shift == null ? null : Instant.parse(shift.get("ends_at").asString()),
                            breaks, e.path("worked_minutes").asLong(), e.path("break_minutes").asLong());
                }).toList();
    }

    /** A business day's labour against its sales, at the business or one of its locations. */
    public Labour labour(LocalDate day, UUID locationId) {
        return client.get("/api/v1/workforce/labour?date=" + day + location("&", locationId), Labour.class);
    }

    /** The organisation's locations; none for a business on its own. */
    public List<Place> locations() {
        return client.get("/api/v1/tenant/locations").valueStream().map(node -> client.json().treeToValue(node, Place.class))
                .toList();
    }

    /**
     * A business day's figures, for one location or (without) the whole business; without {@code day}
     * the one under way, as the server counts the business's days (its answer's {@code date}).
     */
    public Dashboard dashboard(LocalDate day, UUID locationId) {
        String query = (day == null ? "" : "&date=" + day) + location("&", locationId);
        return client.get("/api/v1/analytics/dashboard" + (query.isEmpty() ? "" : "?" + query.substring(1)), Dashboard.class);
    }

    /** The sales expected the day after {@code day} ({@code horizon} day) or the week after it, with today's hours. */
    public Forecast forecast(String horizon, LocalDate day, UUID locationId) {
        return client.get("/api/v1/analytics/forecast?horizon=" + horizon + "&date=" + day + location("&", locationId),
                Forecast.class);
    }

    /** Asks the assistant a question in {@code language} (en, es, fr or de). */
    public Answer ask(String question, String language, UUID locationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("question", question);
        body.put("language", language);
        if (locationId != null) {
            body.put("location_id", locationId);
        }
        return client.json().treeToValue(client.post("/api/v1/assistant/ask", body), Answer.class);
    }

    /** What the assistant recommends doing now (reorder, add staff, win customers back), most urgent first. */
    public List<Recommendation> recommendations(UUID locationId) {
        return client.get("/api/v1/assistant/recommendations" + location("?", locationId)).valueStream()
                .map(node -> client.json().treeToValue(node, Recommendation.class)).toList();
    }

    /** A business day's labour against its sales hour by hour, at the business or one of its locations. */
    public List<LabourHour> labourByHour(LocalDate day, UUID locationId) {
        return client.get("/api/v1/workforce/labour?date=" + day + location("&", locationId)).path("hours").valueStream()
                .map(node -> client.json().treeToValue(node, LabourHour.class)).toList();
    }

    /** The sales of each business day from {@code from} to {@code to}, oldest first, at the business or one of its locations. */
    public List<DaySales> salesByDay(LocalDate from, LocalDate to, UUID locationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metric", "revenue");
        body.put("extra_metrics", List.of("orders"));
        body.put("granularity", "day");
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("limit", 1000);
        if (locationId != null) {
            body.put("filters", Map.of("location_id", locationId.toString()));
        }
        JsonNode answer = client.post("/api/v1/analytics/query", body);
        List<String> columns = answer.path("columns").valueStream().map(JsonNode::asString).toList();
        int revenue = columns.indexOf("revenue");
        int orders = columns.indexOf("orders");
        return answer.path("rows").valueStream().map(row -> new DaySales(LocalDate.parse(row.get(0).asString().substring(0, 10)),
                row.get(revenue).decimalValue(), orders < 0 ? 0 : row.get(orders).asLong())).toList();
    }

    private List<OrderSummary> orders(String path) {
        return client.get(path).get("data").valueStream().map(node -> client.json().treeToValue(node, OrderSummary.class))
                .toList();
    }

    private static String location(String separator, UUID locationId) {
        return locationId == null ? "" : separator + "location_id=" + locationId;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
