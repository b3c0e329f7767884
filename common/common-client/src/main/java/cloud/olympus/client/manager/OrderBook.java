package cloud.olympus.client.manager;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The back office's calls about orders: pages of orders by any filter, an order's audit entries,
 * the approvals decided, and a copy of all the business's data.
 */
public class OrderBook {

    /** The most orders one page holds. */
    public static final int PAGE = 200;

    private final OlympusClient client;

    public OrderBook(OlympusApi api) {
        this.client = api.client();
    }

    /**
     * Which orders a list shows; every part is optional (null or empty means any).
     *
     * @param number      an order number or the eight-character reference printed on a receipt
     * @param from        the first business day, in the business's time zone
     * @param to          the last business day
     * @param needsReview only sales waiting for a manager's review (true)
     * @param locationId  the organisation's location whose orders are listed; null for the business's own
     */
    public record OrderQuery(String number, Set<OrderStatus> statuses, OrderSource source, LocalDate from, LocalDate to,
                             UUID customerId, Boolean needsReview, UUID locationId) {
        public OrderQuery {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
            number = number == null || number.isBlank() ? null : number.trim();
        }

        /** A query of the business's own orders. */
        public OrderQuery(String number, Set<OrderStatus> statuses, OrderSource source, LocalDate from, LocalDate to,
                          UUID customerId, Boolean needsReview) {
            this(number, statuses, source, from, to, customerId, needsReview, null);
        }

        /** Every order. */
        public static final OrderQuery ALL = new OrderQuery(null, Set.of(), null, null, null, null, null);

        /** The till sales waiting for a manager's review. */
        public static final OrderQuery NEEDS_REVIEW = new OrderQuery(null, Set.of(), null, null, null, null, true);

        /** The same query of {@code location}'s orders (null: the business's own). */
        public OrderQuery at(UUID location) {
            return new OrderQuery(number, statuses, source, from, to, customerId, needsReview, location);
        }

        String parameters() {
            Map<String, String> p = new LinkedHashMap<>();
            if (number != null) {
                p.put("number", number);
            }
            if (!statuses.isEmpty()) {
                p.put("status", statuses.stream().map(OrderStatus::wireName).sorted().collect(Collectors.joining(",")));
            }
            if (source != null) {
                p.put("source", source.wireName());
            }
            if (from != null) {
                p.put("from", from.toString());
            }
            if (to != null) {
                p.put("to", to.toString());
            }
            if (customerId != null) {
                p.put("customer_id", customerId.toString());
            }
            if (needsReview != null) {
                p.put("needs_review", needsReview.toString());
            }
            if (locationId != null) {
                p.put("location_id", locationId.toString());
            }
            return p.entrySet().stream().map(e -> "&" + e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining());
        }
    }

    /** One page of orders, newest first: the first without {@code cursor}, the next with the previous page's. */
    public ManagerApi.OrderPage page(OrderQuery query, String cursor, int limit) {
        JsonNode page = client.get("/api/v1/orders?limit=" + limit + query.parameters()
                + (cursor == null ? "" : "&cursor=" + encode(cursor)));
        JsonNode next = page.path("next_cursor");
        return new ManagerApi.OrderPage(page.get("data").valueStream()
                .map(node -> client.json().treeToValue(node, OrderSummary.class)).toList(),
                next.isString() ? next.asString() : null);
    }

    /** One order of the business, or of one of its locations ({@code location} null: the business's own). */
    public OrderSummary order(UUID id, UUID location) {
        return client.get("/api/v1/orders/" + id + (location == null ? "" : "?location_id=" + location), OrderSummary.class);
    }

    /** One entry of the audit trail: who did what, when, and what it says about it. */
    public record AuditLine(UUID id, Instant at, UUID actorId, String action, JsonNode details) {
    }

    /** The audit entries about one thing (an order, an item...), newest first; needs {@code audit_view}. */
    public List<AuditLine> auditOf(UUID subject) {
        return auditOf(subject, null);
    }

    /** The audit entries about one thing of one of the organisation's locations ({@code location} null: the business's own). */
    public List<AuditLine> auditOf(UUID subject, UUID location) {
        return client.get("/api/v1/audit?limit=" + PAGE + "&subject=" + subject
                        + (location == null ? "" : "&location_id=" + location)).get("data").valueStream()
                .map(e -> new AuditLine(UUID.fromString(e.get("id").asString()), Instant.parse(e.get("occurred_at").asString()),
                        e.path("actor_id").isString() ? UUID.fromString(e.get("actor_id").asString()) : null,
                        e.get("action").asString(), e.path("details").isObject() ? e.get("details") : null))
                .toList();
    }

    /** The business's people by id, with their names; needs {@code user_admin}. */
    public Map<UUID, String> people() {
        Map<UUID, String> names = new LinkedHashMap<>();
        client.get("/api/v1/users?limit=" + PAGE).get("data").forEach(u -> names.put(UUID.fromString(u.get("id").asString()),
                u.path("display_name").asString(u.path("email").asString(""))));
        return names;
    }

    /** One page of requests for approval, newest first; {@code nextCursor} asks for the next, null on the last. */
    public record ApprovalPage(List<Approval> approvals, String nextCursor) {
        public ApprovalPage {
            approvals = List.copyOf(approvals);
        }
    }

    /**
     * The requests for approval that are over (approved, declined, expired) and were asked between the
     * business days {@code from} and {@code to} (either null: no bound), newest first, a page of up to
     * {@code limit}: the first without {@code cursor}, the next with the page before's.
     */
    public ApprovalPage decidedApprovals(LocalDate from, LocalDate to, String cursor, int limit) {
        JsonNode page = client.get("/api/v1/approvals?status=closed&limit=" + limit + (from == null ? "" : "&from=" + from)
                + (to == null ? "" : "&to=" + to) + (cursor == null ? "" : "&cursor=" + encode(cursor)));
        JsonNode next = page.path("next_cursor");
        return new ApprovalPage(page.get("data").valueStream().map(Approval::from).toList(),
                next.isString() ? next.asString() : null);
    }

    /**
     * All the business's data, a zip of one CSV per table, copied into {@code out} as it comes;
     * {@code progress} hears the bytes so far. Needs {@code data_export}.
     */
    public long exportEverything(OutputStream out, LongConsumer progress, cloud.olympus.client.Cancellation cancellation) {
        return client.download("/api/v1/tenant/export", out, progress, cancellation);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
