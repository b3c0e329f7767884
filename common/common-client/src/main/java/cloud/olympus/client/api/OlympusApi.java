package cloud.olympus.client.api;

import cloud.olympus.client.NotLoggedInException;
import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.realtime.RealtimeClient;
import cloud.olympus.client.realtime.RealtimeListener;
import cloud.olympus.model.alerts.Alert;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentMethod;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Typed calls to the Olympus API for the apps: tenant, catalogue, orders, payments, customers. */
public class OlympusApi {

    /** Orders still under way: not completed or cancelled. */
    private static final Set<OrderStatus> OPEN_STATUSES = EnumSet.copyOf(Arrays.stream(OrderStatus.values())
            .filter(s -> !s.isFinal()).toList());
    /** Paid sales: confirmed on (those still with the kitchen and those completed), not pending or cancelled ones. */
    private static final Set<OrderStatus> SALE_STATUSES = EnumSet.complementOf(EnumSet.of(OrderStatus.PENDING,
            OrderStatus.CANCELLED));

    private final OlympusClient client;

    public OlympusApi(OlympusClient client) {
        this.client = client;
    }

    /** The till terminal this client works at: its payments and refunds name it, so cash goes into and out of its drawer. */
    private volatile UUID terminalId;

    /** Names the terminal this client works at (a till); payments and refunds made through it say so. */
    public OlympusApi atTerminal(UUID terminal) {
        this.terminalId = terminal;
        return this;
    }

    public OlympusClient client() {
        return client;
    }

    /** Logs in and answers who is at the till, with what they may do. */
    public Session login(String tenantSlug, String email, String password) {
        client.login(tenantSlug, email, password);
        return session();
    }

    /**
     * The logged-in user: who and for which business from the access token, their roles, permissions
     * and name from {@code GET /api/v1/users/me}. Names the client does not know (from a newer server)
     * are left out: the till cannot offer what it does not know of.
     */
    public Session session() {
        String token = client.tokens().orElseThrow(NotLoggedInException::new).accessToken();
        JsonNode claims = client.json().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        JsonNode me = client.get("/api/v1/users/me");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        me.path("roles").forEach(r -> Role.fromWireName(r.asString()).ifPresent(roles::add));
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        me.path("permissions").forEach(p -> Permission.fromWireName(p.asString()).ifPresent(permissions::add));
        return new Session(UUID.fromString(claims.get("sub").asString()), UUID.fromString(claims.get("tid").asString()), roles,
                permissions, me.path("display_name").asString(null));
    }

    /** Registers this terminal for PIN login under {@code name}; needs {@code device_manage}. The token comes this once. */
    public RegisteredDevice registerDevice(String name) {
        JsonNode d = client.post("/api/v1/devices", Map.of("name", name));
        return new RegisteredDevice(UUID.fromString(d.get("id").asString()), d.get("name").asString(), d.get("token").asString());
    }

    /**
     * The registered terminal whose token is {@code deviceToken}, as the server knows it (its id and
     * name), with that token: for a till that kept its token but not the id it was registered under.
     */
    public RegisteredDevice currentDevice(String deviceToken) {
        JsonNode d = client.getAtDevice("/api/v1/devices/current", deviceToken);
        return new RegisteredDevice(UUID.fromString(d.get("id").asString()), d.get("name").asString(), deviceToken);
    }

    /** Sets the logged-in person's own PIN (4 to 6 digits), confirmed with their password. */
    public void setPin(String pin, String password) {
        client.put("/api/v1/users/me/pin", Map.of("pin", pin, "password", password));
    }

    /** Who may switch in with a PIN on the terminal whose token is {@code deviceToken}. */
    public List<PinHolder> pinStaff(String deviceToken) {
        return client.getAsDevice("/api/v1/auth/pin/staff", deviceToken).path("data").valueStream()
                .map(p -> new PinHolder(UUID.fromString(p.get("user_id").asString()), p.path("display_name").asString(null),
                        p.path("locked").asBoolean(false))).toList();
    }

    /** Logs {@code userId} in with their PIN on the terminal of {@code deviceToken}; answers who is at the till now. */
    public Session pinLogin(String deviceToken, UUID userId, String pin) {
        client.loginWithPin(deviceToken, userId, pin);
        return session();
    }

    /** Hands the device showing {@code userCode} a session of the logged-in person (RFC 8628). */
    public void approveDevice(String userCode) {
        client.post("/api/v1/auth/device/approve", Map.of("user_code", userCode));
    }

    public TenantProfile tenant() {
        JsonNode t = client.get("/api/v1/tenant");
        JsonNode settings = t.path("settings");
        JsonNode branding = t.path("branding");
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        settings.path("tax_rates").propertyStream().forEach(e -> rates.put(e.getKey(), e.getValue().decimalValue()));
        Map<String, Boolean> features = new LinkedHashMap<>();
        t.path("features").propertyStream().forEach(e -> features.put(e.getKey(), e.getValue().asBoolean()));
        return new TenantProfile(UUID.fromString(t.get("id").asString()), t.get("slug").asString(), t.get("name").asString(),
                t.get("industry").asString(), settings.path("currency").asString("USD"), settings.path("locale").asString("en-US"),
                rates,
                settings.path("tax_inclusive").asBoolean(false), branding.path("app_name").asString(t.get("name").asString()),
                branding.path("accent_color").asString(null), branding.path("logo_url").asString(null),
                settings.path("receipt_footer").asString(null), features,
                settings.has("max_tip_percent") ? settings.get("max_tip_percent").asInt() : null,
                settings.has("offline_login_days") ? settings.get("offline_login_days").asInt() : null);
    }

    /** The catalogue: all of it, or what changed since the sync that answered {@code cursor}. */
    public CatalogueSnapshot catalogue(String cursor) {
        // Read straight into records: a large catalogue is tens of megabytes, no tree in between.
        return client.get("/api/v1/inventory/catalogue" + (cursor == null ? "" : "?cursor=" + encode(cursor)),
                CatalogueSnapshot.class);
    }

    /** A sync's answer: the items changed, every category, and the cursor to send next time. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record CatalogueSnapshot(String cursor, Instant asOf, List<CatalogueItem> items, List<CatalogueItem.Category> categories) {
        public CatalogueSnapshot {
            items = items == null ? List.of() : items;
            categories = categories == null ? List.of() : categories;
        }
    }

    /** Places an order under its own id, which is also its idempotency key: a retry never makes a second order. */
    public OrderSummary placeOrder(OrderDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", draft.id());
        body.put("source", draft.source());
        body.put("items", draft.lines().stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("product_id", l.productId());
            line.put("quantity", l.quantity());
            line.put("modifiers", l.modifiers().stream().map(m -> {
                Map<String, Object> choice = new LinkedHashMap<>();
                choice.put("group", m.group());
                choice.put("name", m.name());
                return choice;
            }).toList());
            if (l.notes() != null) {
                line.put("notes", l.notes());
            }
            if (l.unitPrice() != null) {
                line.put("unit_price", l.unitPrice());
            }
            return line;
        }).toList());
        if (draft.customerId() != null) {
            body.put("customer_id", draft.customerId());
        }
        if (!draft.discounts().isEmpty()) {
            body.put("discounts", draft.discounts());
        }
        if (draft.notes() != null) {
            body.put("notes", draft.notes());
        }
        return client.json().treeToValue(client.post("/api/v1/orders", body, draft.id().toString()), OrderSummary.class);
    }

    /**
     * Records a finished sale in one request, as the till rang it, under its own id (also its
     * idempotency key): sent again, from this terminal, it answers the recorded sale.
     */
    public OrderSummary recordSale(OrderDraft sale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", sale.id());
        body.put("terminal_id", sale.terminalId());
        body.put("cashier", sale.cashierId());
        body.put("rung_at", sale.rungAt().toString());
        body.put("offline", sale.offline());
        body.put("lines", sale.lines().stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("product_id", l.productId());
            line.put("quantity", l.quantity());
            line.put("unit_price", l.unitPrice());
            line.put("modifiers", l.modifiers().stream().map(m -> {
                Map<String, Object> choice = new LinkedHashMap<>();
                choice.put("group", m.group());
                choice.put("name", m.name());
                choice.put("price_delta", m.priceDelta() == null ? BigDecimal.ZERO : m.priceDelta());
                return choice;
            }).toList());
            if (l.notes() != null) {
                line.put("notes", l.notes());
            }
            return line;
        }).toList());
        if (!sale.discounts().isEmpty()) {
            body.put("discounts", sale.discounts());
        }
        if (sale.customerId() != null) {
            body.put("customer_id", sale.customerId());
        }
        body.put("subtotal", sale.subtotal());
        body.put("tax", sale.tax());
        body.put("total", sale.total());
        body.put("tenders", sale.tenders().stream().map(t -> {
            Map<String, Object> tender = new LinkedHashMap<>();
            tender.put("method", t.method());
            tender.put("amount", t.amount());
            if (t.tip() != null && t.tip().signum() > 0) {
                tender.put("tip", t.tip());
            }
            if (t.reference() != null) {
                tender.put("reference", t.reference());
            }
            return tender;
        }).toList());
        if (sale.notes() != null) {
            body.put("notes", sale.notes());
        }
        if (sale.approvalId() != null) {
            body.put("approval_id", sale.approvalId());
        }
        return client.json().treeToValue(client.post("/api/v1/sales", body, sale.id().toString()), OrderSummary.class);
    }

    /** Records a payment; {@code key} makes a retry harmless. */
    public OrderSummary pay(UUID orderId, OrderDraft.Tender tender, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("method", tender.method());
        body.put("amount", tender.amount());
        if (tender.tip() != null && tender.tip().signum() > 0) {
            body.put("tip", tender.tip());
        }
        if (tender.reference() != null) {
            body.put("reference", tender.reference());
        }
        if (terminalId != null) {
            body.put("terminal_id", terminalId);
        }
        JsonNode answer = client.post("/api/v1/orders/" + orderId + "/payments", body, key);
        return client.json().treeToValue(answer.get("order"), OrderSummary.class);
    }

    /**
     * Orders a person names at the till: by order number (B-20261127-0042) or by the reference
     * printed on the receipt (its first eight characters), typed or scanned.
     */
    public List<OrderSummary> findOrders(String numberOrReference) {
        return client.get("/api/v1/orders?limit=20&number=" + encode(numberOrReference.trim())).get("data").valueStream()
                .map(node -> client.json().treeToValue(node, OrderSummary.class)).toList();
    }

    /**
     * Paid sales since {@code from}, newest first: completed ones, and those still with the kitchen;
     * not cancelled or still open ones.
     */
    public List<OrderSummary> salesSince(Instant from) {
        return client.get("/api/v1/orders?limit=50&status=" + statuses(SALE_STATUSES) + "&from=" + encode(from.toString()))
                .get("data").valueStream()
                .map(node -> client.json().treeToValue(node, OrderSummary.class)).toList();
    }

    /**
     * Refunds some units of some lines (with whether they go back on the shelf) or an amount, to
     * one payment, in its method or as cash with a reason; {@code key} makes a retry harmless.
     */
    public OrderSummary refund(UUID orderId, RefundDraft refund, String key) {
        return refund(orderId, refund, key, null);
    }

    /** As {@link #refund(UUID, RefundDraft, String)}, by someone without {@code order_refund} who brings a manager's approval. */
    public OrderSummary refund(UUID orderId, RefundDraft refund, String key, UUID approvalId) {
        return refund(orderId, refund, key, approvalId, null);
    }

    /**
     * As {@link #refund(UUID, RefundDraft, String)}, of a sale of one of the organisation's locations,
     * from the organisation's own login ({@code location} null: the business's own sale).
     */
    public OrderSummary refundAt(UUID orderId, RefundDraft refund, String key, UUID location) {
        return refund(orderId, refund, key, null, location);
    }

    private OrderSummary refund(UUID orderId, RefundDraft refund, String key, UUID approvalId, UUID location) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (refund.amount() != null) {
            body.put("amount", refund.amount());
        } else {
            body.put("lines", refund.lines().stream().map(l -> {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("line_id", l.lineId());
                line.put("quantity", l.quantity());
                line.put("restock", l.restock());
                return line;
            }).toList());
        }
        body.put("reason", refund.reason());
        body.put("payment_id", refund.paymentId());
        if (refund.cashInstead()) {
            body.put("method", PaymentMethod.CASH);
            body.put("method_reason", refund.cashReason());
        }
        if (approvalId != null) {
            body.put("approval_id", approvalId);
        }
        if (terminalId != null) {
            body.put("terminal_id", terminalId);
        }
        return client.json().treeToValue(client.post("/api/v1/orders/" + orderId + "/refunds"
                + (location == null ? "" : "?location_id=" + location), body, key), OrderSummary.class);
    }

    /** A refund as the till asks for it: lines or an amount, to one payment, with its reason. */
    public record RefundDraft(List<RefundLine> lines, BigDecimal amount, UUID paymentId, String reason, boolean cashInstead,
                              String cashReason) {
        public RefundDraft {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    public record RefundLine(UUID lineId, int quantity, boolean restock) {
    }

    public OrderSummary order(UUID id) {
        return client.get("/api/v1/orders/" + id, OrderSummary.class);
    }

    /** Open orders (not completed or cancelled), newest first, in one request. */
    public List<OrderSummary> openOrders() {
        return client.get("/api/v1/orders?limit=100&status=" + statuses(OPEN_STATUSES)).get("data").valueStream()
                .map(node -> client.json().treeToValue(node, OrderSummary.class))
                .toList();
    }

    /** An order as a live event carries it: the same as {@link #order(UUID)} answers. */
    public OrderSummary orderFrom(JsonNode data) {
        return client.json().treeToValue(data, OrderSummary.class);
    }

    /**
     * The alerts someone should still see to, by id: open stock alerts, and sales waiting for a
     * manager's review (whose alert has the order's id). Needs {@code alert_view} and {@code order_view}.
     */
    public Set<UUID> openAlerts() {
        Set<UUID> open = new java.util.LinkedHashSet<>();
        client.get("/api/v1/inventory/alerts?status=open&limit=200").get("data")
                .forEach(alert -> open.add(UUID.fromString(alert.get("id").asString())));
        client.get("/api/v1/orders?needs_review=true&limit=200").get("data")
                .forEach(order -> open.add(UUID.fromString(order.get("id").asString())));
        return open;
    }

    /** Asks a manager to approve something; the answer is pending, until a manager decides or it expires. */
    public Approval requestApproval(ApprovalDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", draft.kind().wireName());
        body.put("summary", draft.summary());
        body.put("amount", draft.amount());
        body.put("order_id", draft.orderId());
        body.put("details", draft.details().isEmpty() ? null : draft.details());
        body.put("terminal_id", draft.terminalId());
        return Approval.from(client.post("/api/v1/approvals", body));
    }

    /** One request as it stands now: for whoever asked for it, or may decide it. */
    public Approval approval(UUID id) {
        return Approval.from(client.get("/api/v1/approvals/" + id));
    }

    /** The requests waiting for a manager, those expiring first first; needs {@code approval_decide}. */
    public List<Approval> pendingApprovals() {
        return client.get("/api/v1/approvals?status=pending").path("data").valueStream().map(Approval::from).toList();
    }

    /** Approves a request, with an optional reason; another's, not one's own. */
    public Approval approve(UUID id, String reason) {
        return Approval.from(client.post("/api/v1/approvals/" + id + "/approve", reasonBody(reason)));
    }

    /** Declines a request, with an optional reason. */
    public Approval decline(UUID id, String reason) {
        return Approval.from(client.post("/api/v1/approvals/" + id + "/decline", reasonBody(reason)));
    }

    private static Map<String, Object> reasonBody(String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason == null || reason.isBlank() ? null : reason.trim());
        return body;
    }

    /**
     * A live connection to the {@code approvals} topic: every request and decision for whoever may
     * decide, one's own decisions for whoever asked. {@link RealtimeClient#start()} it, close it when done.
     */
    public RealtimeClient liveApprovals(ApprovalListener listener) {
        return live(Set.of("approvals"), new RealtimeListener() {
            @Override
            public void onMessage(cloud.olympus.client.realtime.RealtimeMessage message) {
                if ("approvals".equals(message.topic()) && message.data() != null && message.data().isObject()) {
                    listener.onApproval(Approval.from(message.data()));
                }
            }

            @Override
            public void onReload(String reason) {
                listener.onReload();
            }
        });
    }

    /** What {@link #liveApprovals} tells: on the client's own threads, one call at a time; do not block. */
    public interface ApprovalListener {

        /** A request was made, or decided, or expired: its state now. */
        void onApproval(Approval approval);

        /** Events were missed: load the pending list again. */
        default void onReload() {
        }
    }

    /** A live connection for this session's user, to {@link RealtimeClient#start()} and close when done. */
    public RealtimeClient live(Set<String> topics, RealtimeListener listener) {
        return new RealtimeClient(client.baseUrl(), client::accessToken, topics, listener);
    }

    public OrderSummary changeStatus(UUID id, OrderStatus status) {
        return client.json().treeToValue(client.put("/api/v1/orders/" + id + "/status", Map.of("status", status)), OrderSummary.class);
    }

    /** Stock alerts someone still has to act on (low or no stock), newest first. */
    public List<Alert> openStockAlerts() {
        return client.get("/api/v1/inventory/alerts?limit=50").get("data").valueStream().map(OlympusApi::alert).toList();
    }

    /** Staffing alerts still open: hours with more orders than the people on shift can take, past and planned. */
    public List<Alert> openStaffingAlerts() {
        return client.get("/api/v1/workforce/alerts?limit=50").get("data").valueStream().map(OlympusApi::alert).toList();
    }

    public Alert acknowledgeAlert(UUID id) {
        return alert(client.post("/api/v1/inventory/alerts/" + id + "/acknowledge", null));
    }

    /** Acknowledges an alert where it was raised: stock alerts in the inventory, staffing alerts in the workforce. */
    public Alert acknowledgeAlert(Alert alert) {
        String module = alert.kind() != null && alert.kind().startsWith("understaffed") ? "workforce" : "inventory";
        return alert(client.post("/api/v1/" + module + "/alerts/" + alert.id() + "/acknowledge", null));
    }

    /** An alert as the server writes it (the shared shape, severity by its wire name). */
    public static Alert alert(JsonNode node) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        node.path("arguments").propertyStream().forEach(e -> arguments.put(e.getKey(),
                e.getValue().isNumber() ? e.getValue().numberValue() : e.getValue().asString()));
        JsonNode subject = node.path("subject");
        return new Alert(UUID.fromString(node.get("id").asString()), node.path("kind").asString(),
                Alert.Severity.valueOf(node.path("severity").asString("info").toUpperCase(java.util.Locale.ROOT)),
                new Alert.Subject(subject.path("type").asString(null), uuid(subject.path("id")), subject.path("label").asString(null)),
                node.path("message_key").asString(null), arguments, instant(node.path("raised_at")),
                instant(node.path("acknowledged_at")), uuid(node.path("acknowledged_by")), instant(node.path("resolved_at")));
    }

    private static UUID uuid(JsonNode node) {
        return node.isString() ? UUID.fromString(node.asString()) : null;
    }

    private static Instant instant(JsonNode node) {
        return node.isString() ? Instant.parse(node.asString()) : null;
    }

    /** A sale the till kept and a manager discarded, as the till reports it. */
    public record DiscardedSale(UUID saleId, UUID terminalId, Instant rungAt, BigDecimal total, String reason, String decidedBy,
                                Instant decidedAt, String problem) {
    }

    /** Tells the server of a discarded sale; telling it again changes nothing. */
    public void reportDiscardedSale(DiscardedSale sale) {
        client.post("/api/v1/sales/discarded", sale);
    }

    /**
     * The caller's time clock; empty when they have no staff profile (nobody set up their hours), so
     * apps offer no clock to them.
     */
    public java.util.Optional<TimeClock> timeClock() {
        try {
            return java.util.Optional.of(TimeClock.from(client.get("/api/v1/workforce/time-entries/current")));
        } catch (cloud.olympus.client.OlympusApiException e) {
            // No staff profile (409 no_staff_profile), or a server without a workforce (404).
            if (e.status() == 404 || e.status() == 409 && "no_staff_profile".equals(e.problem().extra().get("reason"))) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    /** Clocks the caller in at the business they are logged in to. */
    public TimeClock clockIn() {
        return TimeClock.from(client.post("/api/v1/workforce/time-entries/clock-in", Map.of()));
    }

    public TimeClock startBreak() {
        return TimeClock.from(client.post("/api/v1/workforce/time-entries/break", Map.of("action", "start")));
    }

    public TimeClock endBreak() {
        return TimeClock.from(client.post("/api/v1/workforce/time-entries/break", Map.of("action", "end")));
    }

    public TimeClock clockOut() {
        return TimeClock.from(client.post("/api/v1/workforce/time-entries/clock-out", Map.of()));
    }

    public List<CustomerSummary> findCustomers(String query) {
        return client.get("/api/v1/customers?limit=20&q=" + encode(query)).get("data").valueStream()
                .map(node -> client.json().treeToValue(node, CustomerSummary.class)).toList();
    }

    private static String statuses(Set<OrderStatus> statuses) {
        return String.join(",", statuses.stream().map(OrderStatus::wireName).toList());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
