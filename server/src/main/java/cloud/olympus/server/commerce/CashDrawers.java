package cloud.olympus.server.commerce;

import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.Device;
import cloud.olympus.server.auth.Devices;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotAllowed;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tills' cash drawers. A terminal has at most one open drawer; it opens with a float, takes
 * pay-ins and pay-outs with a reason, and closes with a blind count. What it should hold is the
 * float plus the cash payments (and cash tips) the terminal took while it was open, whichever till
 * rang the order, less the cash refunds that terminal paid out, plus pay-ins, less pay-outs; a till
 * sale's own payments count by when it was rung. It is worked out afresh each time, so a sale rung
 * before the count that reaches the server late still counts; what was expected at the count is
 * kept beside it, for the record.
 *
 * <p>A drawer belongs to a registered till (a device of the business, {@link Devices}), and only
 * that till changes it: the request shows the till's token ({@code X-Device-Token}) or comes from a
 * session opened on the till with a PIN. Reading drawers needs no till.
 */
@Service
public class CashDrawers {

    /** Denominations in one count, and of one denomination. */
    private static final int MAX_DENOMINATIONS = 40;
    private static final int MAX_PIECES = 100_000;
    private static final int MAX_REASON = 200;
    private static final int MAX_NOTE = 500;
    private static final TypeReference<LinkedHashMap<String, Integer>> COUNT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Tenants tenants;
    private final Devices devices;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    CashDrawers(JdbcClient jdbc, Tenants tenants, Devices devices, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.devices = devices;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Opening a drawer: the terminal, the float, and optionally the float counted by denomination. */
    public record Opening(UUID terminalId, BigDecimal openingFloat, Map<String, Integer> floatCount) {
    }

    /** Cash paid in or out, and why. */
    public record Move(CashDrawer.Kind kind, BigDecimal amount, String reason) {
    }

    /** The blind count at close: the total, or the pieces of each denomination, or both (they must agree). */
    public record Count(BigDecimal counted, Map<String, Integer> countDetail, String note) {
    }

    /**
     * Opens the drawer of the till named in {@code opening}, from that till: {@code deviceToken} is
     * the token the request showed, if any.
     */
    @Transactional
    public CashDrawer open(Opening opening, Caller caller, String deviceToken) {
        int scale = scale();
        if (opening.terminalId() == null) {
            throw new InvalidInput("terminal_id is required").field("terminal_id");
        }
        Map<String, Integer> pieces = pieces(opening.floatCount(), scale, "float_count");
        BigDecimal amount = total(opening.openingFloat(), pieces, scale, "opening_float", "float_count");
        requireAtTill(opening.terminalId(), caller, deviceToken);
        if (openOn(opening.terminalId())) {
            throw new Conflict("This terminal's drawer is already open; count and close it first").field("terminal_id");
        }
        UUID id = UUID.randomUUID();
        Instant now = now();
        try {
            jdbc.sql("""
                            INSERT INTO commerce.cash_drawers (id, terminal_id, opened_by, opened_at, opening_float, float_count)
                            VALUES (:id, :terminal, :by, :at, :float, CAST(:count AS jsonb))
                            """)
                    .param("id", id).param("terminal", opening.terminalId()).param("by", caller.userId())
                    .param("at", Timestamp.from(now)).param("float", amount).param("count", pieces == null ? null : json.writeValueAsString(pieces))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("This terminal's drawer is already open; count and close it first").field("terminal_id");
        }
        events.publishEvent(new DrawerOpened(TenantContext.require(), id, opening.terminalId(), amount, caller.userId(),
                caller.deviceId(), now));
        return find(id).orElseThrow();
    }

    @Transactional
    public CashDrawer move(UUID drawerId, Move move, Caller caller, String deviceToken) {
        int scale = scale();
        if (move.kind() == null) {
            throw new InvalidInput("kind must be pay_in or pay_out").field("kind");
        }
        BigDecimal amount = Input.amount(move.amount(), scale, "amount", Amounts.Sign.POSITIVE);
        String reason = Input.trimmedOrNull(move.reason());
        if (reason == null || reason.length() > MAX_REASON) {
            throw new InvalidInput("reason must be 1 to " + MAX_REASON + " characters").field("reason");
        }
        CashDrawer drawer = lockOpen(drawerId);
        requireAtTill(drawer.terminalId(), caller, deviceToken);
        UUID id = UUID.randomUUID();
        Instant now = now();
        jdbc.sql("""
                        INSERT INTO commerce.cash_movements (id, drawer_id, kind, amount, reason, created_by, created_at)
                        VALUES (:id, :drawer, :kind, :amount, :reason, :by, :at)
                        """)
                .param("id", id).param("drawer", drawer.id()).param("kind", move.kind().wireName())
                .param("amount", amount).param("reason", reason).param("by", caller.userId()).param("at", Timestamp.from(now))
                .update();
        events.publishEvent(new DrawerCashMoved(TenantContext.require(), drawer.id(), id, move.kind(), amount, reason,
                caller.userId(), caller.deviceId(), now));
        return find(drawerId).orElseThrow();
    }

    @Transactional
    public CashDrawer close(UUID drawerId, Count count, Caller caller, String deviceToken) {
        int scale = scale();
        Map<String, Integer> pieces = pieces(count.countDetail(), scale, "count_detail");
        BigDecimal counted = total(count.counted(), pieces, scale, "counted", "count_detail");
        String note = Input.trimmedOrNull(count.note());
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidInput("note is at most " + MAX_NOTE + " characters").field("note");
        }
        CashDrawer drawer = lockOpen(drawerId);
        requireAtTill(drawer.terminalId(), caller, deviceToken);
        return finish(drawer, counted, pieces, note, null, caller, scale);
    }

    /**
     * A manager's close of a drawer away from its till, for a till that is gone (its registration
     * revoked, or a drawer opened under an id no till has): the cash counted, or not counted at all
     * ({@code notCounted}), and why. Needs {@code cash_reconcile}, checked at the door.
     */
    public record ManagerCount(BigDecimal counted, Map<String, Integer> countDetail, boolean notCounted, String reason) {
    }

    @Transactional
    public CashDrawer closeAsManager(UUID drawerId, ManagerCount count, Caller caller) {
        int scale = scale();
        Map<String, Integer> pieces = null;
        BigDecimal counted = null;
        if (count.notCounted()) {
            if (count.counted() != null || count.countDetail() != null) {
                throw new InvalidInput("not_counted goes without counted and count_detail").field("not_counted");
            }
        } else {
            pieces = pieces(count.countDetail(), scale, "count_detail");
            counted = total(count.counted(), pieces, scale, "counted", "count_detail");
        }
        String reason = Input.trimmedOrNull(count.reason());
        if (reason == null || reason.length() > MAX_REASON) {
            throw new InvalidInput("reason must be 1 to " + MAX_REASON + " characters").field("reason");
        }
        return finish(lockOpen(drawerId), counted, pieces, null, reason, caller, scale);
    }

    /** Closes an open drawer, locked, with what was counted (null: not counted, by a manager only). */
    private CashDrawer finish(CashDrawer drawer, BigDecimal counted, Map<String, Integer> pieces, String note, String managerReason,
                              Caller caller, int scale) {
        Instant now = now();
        CashDrawer.Reckoning reckoning = reckon(drawer, now, counted, scale);
        jdbc.sql("""
                        UPDATE commerce.cash_drawers
                           SET closed_by = :by, closed_at = :at, counted = :counted, count_detail = CAST(:detail AS jsonb),
                               expected = :expected, close_note = :note, manager_reason = :reason
                         WHERE id = :id
                        """)
                .param("by", caller.userId()).param("at", Timestamp.from(now)).param("counted", counted)
                .param("detail", pieces == null ? null : json.writeValueAsString(pieces)).param("expected", reckoning.expected())
                .param("note", note).param("reason", managerReason).param("id", drawer.id())
                .update();
        events.publishEvent(new DrawerClosed(TenantContext.require(), drawer.id(), drawer.terminalId(), reckoning.expected(), counted,
                reckoning.variance(), caller.userId(), caller.deviceId(), now, managerReason));
        return find(drawer.id()).orElseThrow();
    }

    /** A drawer of the business in context, with what it should hold (so far, while open). */
    @Transactional(readOnly = true)
    public java.util.Optional<CashDrawer> find(UUID drawerId) {
        List<CashDrawer> found = select("WHERE id = :id", Map.of("id", drawerId), 1);
        return found.stream().findFirst();
    }

    /** The drawers of one terminal, or every terminal (null), newest first; only the open ones when {@code openOnly}. */
    @Transactional(readOnly = true)
    public List<CashDrawer> list(UUID terminalId, boolean openOnly, int limit) {
        StringBuilder where = new StringBuilder("WHERE true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (terminalId != null) {
            where.append(" AND terminal_id = :terminal");
            params.put("terminal", terminalId);
        }
        if (openOnly) {
            where.append(" AND closed_at IS NULL");
        }
        return select(where.toString(), params, limit);
    }

    /** The drawers opened from {@code from} up to {@code to}, oldest first: a business day's, for its Z report. */
    @Transactional(readOnly = true)
    public List<CashDrawer> openedBetween(Instant from, Instant to) {
        List<CashDrawer> newestFirst = select("WHERE opened_at >= :from AND opened_at < :to",
                Map.of("from", Timestamp.from(from), "to", Timestamp.from(to)), 1000);
        List<CashDrawer> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private List<CashDrawer> select(String where, Map<String, ?> params, int limit) {
        int scale = scale();
        List<Row> rows = jdbc.sql("""
                        SELECT id, terminal_id, opened_by, opened_at, opening_float, float_count::text AS float_count, closed_by,
                               closed_at, counted, count_detail::text AS count_detail, expected, close_note, manager_reason
                          FROM commerce.cash_drawers
                        """ + where + " ORDER BY opened_at DESC, id LIMIT :limit")
                .params(params).param("limit", limit)
                .query((rs, n) -> row(rs, scale))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<CashDrawer.Movement>> movements = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, drawer_id, kind, amount, reason, created_by, created_at FROM commerce.cash_movements
                         WHERE drawer_id IN (:drawers) ORDER BY created_at, id
                        """)
                .param("drawers", rows.stream().map(r -> r.drawer().id()).toList())
                .query((rs, n) -> {
                    movements.computeIfAbsent(rs.getObject("drawer_id", UUID.class), k -> new ArrayList<>())
                            .add(new CashDrawer.Movement(rs.getObject("id", UUID.class),
                                    cloud.olympus.model.WireNames.parse(CashDrawer.Kind.class, rs.getString("kind")).orElseThrow(),
                                    Money.scale(rs.getBigDecimal("amount"), scale), rs.getString("reason"),
                                    rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant()));
                    return null;
                })
                .list();
        Instant now = now();
        Map<UUID, String> names = devices.names(rows.stream().map(r -> r.drawer().terminalId()).distinct().toList());
        List<CashDrawer> drawers = new ArrayList<>();
        for (Row row : rows) {
            CashDrawer d = row.drawer().named(names.get(row.drawer().terminalId()));
            CashDrawer withMoves = new CashDrawer(d.id(), d.terminalId(), d.terminalName(), d.openedBy(), d.openedAt(), d.openingFloat(),
                    d.floatCount(), List.copyOf(movements.getOrDefault(d.id(), List.of())), d.closedBy(), d.closedAt(), d.counted(),
                    d.countDetail(), d.closeNote(), d.managerClose(), null);
            CashDrawer.Reckoning reckoning = reckon(withMoves, d.open() ? now : d.closedAt(), d.counted(), scale);
            if (!d.open()) {
                // A till sale rung before the count that reaches the server later (a till that was offline) still
                // counts: the figures are always today's; what the cashier was measured against stays beside them.
                reckoning = reckoning.countedAgainst(row.expected());
            }
            drawers.add(withMoves.withReckoning(reckoning));
        }
        return drawers;
    }

    private record Row(CashDrawer drawer, BigDecimal expected) {
    }

    private Row row(ResultSet rs, int scale) throws SQLException {
        Timestamp closedAt = rs.getTimestamp("closed_at");
        return new Row(new CashDrawer(rs.getObject("id", UUID.class), rs.getObject("terminal_id", UUID.class), null,
                rs.getObject("opened_by", UUID.class), rs.getTimestamp("opened_at").toInstant(),
                Money.scale(rs.getBigDecimal("opening_float"), scale), readCount(rs.getString("float_count")), List.of(),
                rs.getObject("closed_by", UUID.class), closedAt == null ? null : closedAt.toInstant(),
                Money.scale(rs.getBigDecimal("counted"), scale), readCount(rs.getString("count_detail")), rs.getString("close_note"),
                managerClose(rs), null), Money.scale(rs.getBigDecimal("expected"), scale));
    }

    private static CashDrawer.ManagerClose managerClose(ResultSet rs) throws SQLException {
        String reason = rs.getString("manager_reason");
        return reason == null ? null : new CashDrawer.ManagerClose(reason, rs.getBigDecimal("counted") != null);
    }

    /** What the drawer should have held at {@code until}, from the session's payments, refunds and movements. */
    private CashDrawer.Reckoning reckon(CashDrawer drawer, Instant until, BigDecimal counted, int scale) {
        Timestamp from = Timestamp.from(drawer.openedAt());
        Timestamp to = Timestamp.from(until);
        // Cash counts where and when it was taken: the payment's till, and the payment's time, except that the
        // payments a till sale brought with it (stored with the sale) were taken when the sale was rung.
        BigDecimal[] taken = jdbc.sql("""
                        SELECT coalesce(sum(p.amount), 0) AS sales, coalesce(sum(p.tip), 0) AS tips
                          FROM commerce.payments p
                          JOIN commerce.orders o ON o.tenant_id = p.tenant_id AND o.id = p.order_id
                         WHERE p.terminal_id = :terminal AND p.method = 'cash'
                           AND CASE WHEN o.rung_at IS NOT NULL AND p.created_at = o.created_at THEN o.rung_at ELSE p.created_at END
                               BETWEEN :from AND :to
                        """)
                .param("terminal", drawer.terminalId()).param("from", from).param("to", to)
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal("sales"), rs.getBigDecimal("tips")})
                .single();
        BigDecimal refunds = jdbc.sql("""
                        SELECT coalesce(sum(amount), 0) FROM commerce.refunds
                         WHERE terminal_id = :terminal AND method = 'cash' AND created_at >= :from AND created_at <= :to
                        """)
                .param("terminal", drawer.terminalId()).param("from", from).param("to", to)
                .query(BigDecimal.class).single();
        BigDecimal payIns = BigDecimal.ZERO;
        BigDecimal payOuts = BigDecimal.ZERO;
        for (CashDrawer.Movement m : drawer.movements()) {
            if (m.kind() == CashDrawer.Kind.PAY_IN) {
                payIns = payIns.add(m.amount());
            } else {
                payOuts = payOuts.add(m.amount());
            }
        }
        return CashDrawer.Reckoning.of(drawer.openingFloat(), Money.scale(taken[0], scale), Money.scale(taken[1], scale),
                Money.scale(refunds, scale), Money.scale(payIns, scale), Money.scale(payOuts, scale), counted);
    }

    private CashDrawer lockOpen(UUID drawerId) {
        Boolean closed = jdbc.sql("SELECT closed_at IS NOT NULL FROM commerce.cash_drawers WHERE id = :id FOR UPDATE")
                .param("id", drawerId).query(Boolean.class).optional().orElseThrow(() -> new NotFound("Cash drawer"));
        if (closed) {
            throw new Conflict("This drawer is closed; open a new one");
        }
        return find(drawerId).orElseThrow();
    }

    /**
     * Refuses a change to {@code terminalId}'s drawer unless it is a live till of this business and
     * the request comes from it: its token, or else a session opened on it with a PIN. A till this
     * business never registered is not there (404); a revoked one, a request from another till or
     * from no till at all is not allowed (403).
     */
    private void requireAtTill(UUID terminalId, Caller caller, String deviceToken) {
        Device terminal = devices.find(terminalId).orElseThrow(() -> new NotFound("Till"));
        if (terminal.revokedAt() != null) {
            throw new NotAllowed("This till's registration was revoked; its drawer stays as it is. A manager registers the "
                    + "till again to keep a drawer there");
        }
        UUID tenant = TenantContext.require();
        UUID at;
        if (deviceToken != null) {
            Device shown = devices.ofToken(deviceToken).orElseThrow(() -> new NotAllowed(
                    "The X-Device-Token is not a registered till's (unknown, or revoked); a manager registers the till again"));
            if (!shown.tenantId().equals(tenant)) {
                throw new NotAllowed("The X-Device-Token is a till of another business");
            }
            at = shown.id();
        } else if (caller.deviceId() != null) {
            at = caller.deviceId();
        } else {
            throw new NotAllowed("A cash drawer is kept from its own till: send the till's X-Device-Token, or log in on the "
                    + "till with a PIN. A manager registers the till (POST /api/v1/devices)");
        }
        if (!at.equals(terminalId)) {
            throw new NotAllowed("This is another till's drawer; only that till opens, pays into or out of, and counts it");
        }
    }

    private boolean openOn(UUID terminalId) {
        return jdbc.sql("SELECT count(*) FROM commerce.cash_drawers WHERE terminal_id = :terminal AND closed_at IS NULL")
                .param("terminal", terminalId).query(Integer.class).single() > 0;
    }

    /** The total of an amount and a count by denomination: either, or both when they agree. */
    private static BigDecimal total(BigDecimal amount, Map<String, Integer> pieces, int scale, String field, String countField) {
        BigDecimal sum = null;
        if (pieces != null) {
            sum = Money.zero(scale);
            for (var entry : pieces.entrySet()) {
                sum = sum.add(new BigDecimal(entry.getKey()).multiply(BigDecimal.valueOf(entry.getValue())));
            }
            sum = Money.scale(sum, scale);
        }
        if (amount == null && sum == null) {
            throw new InvalidInput(field + " or " + countField + " is required").field(field);
        }
        if (amount == null) {
            if (!Amounts.storable(sum) || sum.compareTo(Amounts.MAX_ENTERED) > 0) {
                throw new InvalidInput(countField + " comes to more than Olympus records").field(countField);
            }
            return sum;
        }
        BigDecimal given = Input.amount(amount, scale, field, Amounts.Sign.NOT_NEGATIVE);
        if (sum != null && sum.compareTo(given) != 0) {
            throw new InvalidInput(countField + " comes to " + sum + ", not " + given).field(countField);
        }
        return given;
    }

    /** A count by denomination, checked: each denomination a positive amount of the currency, each count 0 or more. */
    private static Map<String, Integer> pieces(Map<String, Integer> count, int scale, String field) {
        if (count == null) {
            return null;
        }
        if (count.size() > MAX_DENOMINATIONS) {
            throw new InvalidInput(field + " holds at most " + MAX_DENOMINATIONS + " denominations").field(field);
        }
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (var entry : count.entrySet()) {
            BigDecimal value;
            try {
                value = entry.getKey() == null || entry.getKey().length() > 20 ? null : new BigDecimal(entry.getKey().trim());
            } catch (NumberFormatException e) {
                value = null;
            }
            if (value == null || value.signum() <= 0 || value.stripTrailingZeros().scale() > scale
                    || value.compareTo(BigDecimal.valueOf(100_000)) > 0) {
                throw new InvalidInput(field + " names denominations as amounts such as \"20\" or \"0.50\"").field(field);
            }
            Integer pieces = entry.getValue();
            if (pieces == null || pieces < 0 || pieces > MAX_PIECES) {
                throw new InvalidInput(field + " counts 0 to " + MAX_PIECES + " of each denomination").field(field);
            }
            checked.merge(Money.scale(value, scale).toPlainString(), pieces, Integer::sum);
        }
        return checked;
    }

    private Map<String, Integer> readCount(String stored) {
        return stored == null ? null : json.readValue(stored, COUNT);
    }

    private int scale() {
        return tenants.settingsOf(TenantContext.require()).scale();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
