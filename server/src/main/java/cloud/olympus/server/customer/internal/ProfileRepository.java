package cloud.olympus.server.customer.internal;

import cloud.olympus.server.customer.Customer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
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
 * Customer profiles and the loyalty ledger of the tenant in context. A customer is loaded and stored
 * whole by Spring Data JDBC; searches, the ledger and its atomic changes of standing are SQL.
 */
@Repository
public class ProfileRepository {

    private static final String COLUMNS = """
            id, external_id, first_name, last_name, email, phone, loyalty_tier, loyalty_points, lifetime_value,
            preferences, tags, created_at, updated_at
            """;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Profiles profiles;
    private final JdbcAggregateTemplate aggregates;
    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch;
    private final JsonMapper json;

    ProfileRepository(Profiles profiles, JdbcAggregateTemplate aggregates, JdbcClient jdbc,
                      org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch, JsonMapper json) {
        this.profiles = profiles;
        this.aggregates = aggregates;
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    public Optional<Customer> find(UUID id) {
        return Optional.ofNullable(aggregates.findById(id, Customer.class));
    }

    public Optional<Customer> findForUpdate(UUID id) {
        return profiles.findForUpdateById(id);
    }

    public boolean exists(UUID id) {
        return aggregates.existsById(id, Customer.class);
    }

    public boolean emailTaken(String email, UUID exceptId) {
        return jdbc.sql("SELECT count(*) FROM customer.profiles WHERE email = :email AND id <> :id")
                .param("email", email).param("id", exceptId).query(Long.class).single() > 0;
    }

    /**
     * A page sorted by last name, first name and id. {@code query} matches part of the name, the
     * start of the email, or part of the phone number; {@code tag} one of the tags.
     */
    public List<Customer> page(String query, String tag, String afterKey, UUID afterId, int limit) {
        String lowered = query == null ? null : query.toLowerCase(java.util.Locale.ROOT);
        String pattern = lowered == null ? null : "%" + escape(lowered) + "%";
        String digits = query == null ? "" : query.replaceAll("\\D", "");
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM customer.profiles
                        WHERE (CAST(:pattern AS text) IS NULL
                               OR lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) LIKE :pattern
                               OR lower(email) LIKE :prefix
                               OR (length(:digits) >= 3 AND regexp_replace(coalesce(phone, ''), '\\D', '', 'g') LIKE :digitPattern))
                          AND (CAST(:tag AS text) IS NULL OR tags @> ARRAY[CAST(:tag AS text)])
                          AND (CAST(:afterKey AS text) IS NULL
                               OR (lower(coalesce(last_name, '') || ' ' || coalesce(first_name, '')), id) > (:afterKey, :afterId))
                        ORDER BY lower(coalesce(last_name, '') || ' ' || coalesce(first_name, '')), id
                        LIMIT :limit
                        """)
                .param("pattern", pattern).param("prefix", lowered == null ? null : escape(lowered) + "%")
                .param("digits", digits).param("digitPattern", "%" + digits + "%").param("tag", tag)
                .param("afterKey", afterKey).param("afterId", afterId).param("limit", limit)
                .query(this::customer).list();
    }

    public static String sortKey(Customer c) {
        return ((c.lastName() == null ? "" : c.lastName()) + " " + (c.firstName() == null ? "" : c.firstName()))
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** Stores new customers, in batches when there are many; their loyalty standing starts empty. */
    public void insertAll(List<Customer> customers) {
        aggregates.insertAll(customers);
    }

    /** Which of these sources already have a booking of this kind. */
    public java.util.Set<UUID> alreadyBooked(String kind, List<UUID> sources) {
        return new java.util.HashSet<>(jdbc.sql("SELECT source_id FROM customer.loyalty_ledger WHERE kind = :kind AND source_id = ANY(:ids)")
                .param("kind", kind).param("ids", sources.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** Books many changes at once; a source booked before is skipped. */
    public void bookAll(UUID tenantId, List<Booking> bookings) {
        batch.batchUpdate("""
                INSERT INTO customer.loyalty_ledger (tenant_id, customer_id, kind, source_id, points, amount, created_at)
                VALUES (:tenant, :customer, :kind, :source, :points, :amount, :at)
                ON CONFLICT (tenant_id, kind, source_id) DO NOTHING
                """, bookings.stream().map(b -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("tenant", tenantId).addValue("customer", b.customerId()).addValue("kind", b.kind())
                .addValue("source", b.sourceId()).addValue("points", b.points()).addValue("amount", b.amount())
                .addValue("at", java.sql.Timestamp.from(b.at())))
                .toArray(org.springframework.jdbc.core.namedparam.MapSqlParameterSource[]::new));
    }

    /** A change of points to book. */
    public record Booking(UUID customerId, String kind, UUID sourceId, long points, BigDecimal amount, java.time.Instant at) {
    }

    /** Stores a customer's details; their loyalty standing is the ledger's and is left as it is. */
    public void updateDetails(Customer c) {
        aggregates.update(c);
    }

    /**
     * Books a change of points once per kind and source; answers false when that source was
     * booked before (an event delivered twice), in which case nothing changes.
     */
    public boolean book(UUID tenantId, UUID customerId, String kind, UUID sourceId, long points, BigDecimal amount) {
        return jdbc.sql("""
                        INSERT INTO customer.loyalty_ledger (tenant_id, customer_id, kind, source_id, points, amount)
                        VALUES (:tenant, :customer, :kind, :source, :points, :amount)
                        ON CONFLICT (tenant_id, kind, source_id) DO NOTHING
                        """)
                .param("tenant", tenantId).param("customer", customerId).param("kind", kind).param("source", sourceId)
                .param("points", points).param("amount", amount)
                .update() == 1;
    }

    /** The points booked for a source (a payment's redemption, say): negative when points went out; 0 when none. */
    public long bookedPoints(String kind, UUID sourceId) {
        return jdbc.sql("SELECT coalesce(sum(points), 0) FROM customer.loyalty_ledger WHERE kind = :kind AND source_id = :source")
                .param("kind", kind).param("source", sourceId).query(Long.class).single();
    }

    /** What was booked for a source (an order's accrual, say), if anything was. */
    public Optional<LedgerEntry> booking(String kind, UUID sourceId) {
        return jdbc.sql("SELECT id, kind, source_id, points, amount, created_at FROM customer.loyalty_ledger WHERE kind = :kind AND source_id = :source")
                .param("kind", kind).param("source", sourceId).query(ProfileRepository::ledgerEntry).optional();
    }

    public void changeStanding(UUID customerId, long pointsDelta, BigDecimal valueDelta, String tier) {
        jdbc.sql("""
                        UPDATE customer.profiles
                           SET loyalty_points = loyalty_points + :points, lifetime_value = lifetime_value + :value,
                               loyalty_tier = :tier, updated_at = now()
                         WHERE id = :id
                        """)
                .param("id", customerId).param("points", pointsDelta).param("value", valueDelta).param("tier", tier)
                .update();
    }

    /**
     * A customer's latest changes of points, newest first, at most {@code limit}; with {@code before},
     * those older than that entry of their ledger. Empty when {@code before} is no entry of theirs.
     */
    public List<LedgerEntry> ledger(UUID customerId, UUID before, int limit) {
        return jdbc.sql("""
                        SELECT id, kind, source_id, points, amount, created_at FROM customer.loyalty_ledger
                        WHERE customer_id = :customer
                          AND (CAST(:before AS uuid) IS NULL OR (created_at, id) < (
                               SELECT created_at, id FROM customer.loyalty_ledger WHERE id = CAST(:before AS uuid) AND customer_id = :customer))
                        ORDER BY created_at DESC, id DESC LIMIT :limit
                        """)
                .param("customer", customerId).param("before", before).param("limit", limit)
                .query(ProfileRepository::ledgerEntry)
                .list();
    }

    /** Whether {@code entry} is one of the customer's ledger entries. */
    public boolean hasLedgerEntry(UUID customerId, UUID entry) {
        return jdbc.sql("SELECT count(*) FROM customer.loyalty_ledger WHERE id = :id AND customer_id = :customer")
                .param("id", entry).param("customer", customerId).query(Long.class).single() > 0;
    }

    /** Every change of a customer's points, oldest first: what a copy of their data hands over. */
    public List<LedgerEntry> wholeLedger(UUID customerId) {
        return jdbc.sql("""
                        SELECT id, kind, source_id, points, amount, created_at FROM customer.loyalty_ledger
                        WHERE customer_id = :customer ORDER BY created_at, id
                        """)
                .param("customer", customerId)
                .query(ProfileRepository::ledgerEntry)
                .list();
    }

    /** When the customer was erased, if they were. */
    public Optional<java.time.Instant> erasedAt(UUID customerId) {
        return jdbc.sql("SELECT erased_at FROM customer.profiles WHERE id = :id").param("id", customerId)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp("erased_at")).map(java.sql.Timestamp::toInstant))
                .optional().flatMap(at -> at);
    }

    /**
     * Leaves nothing personal in the customer's row (names, contact details, their own id elsewhere,
     * preferences, tags, lifetime spend) and marks it erased. Their ledger keeps its points, so it
     * still adds up, but no longer says what they bought, paid or got back: each entry but the
     * erasure's own loses its order, payment or refund (a new random source) and its amount.
     */
    public void erase(UUID customerId, java.time.Instant at) {
        jdbc.sql("""
                        UPDATE customer.loyalty_ledger SET source_id = gen_random_uuid(), amount = 0
                         WHERE customer_id = :id AND kind <> 'erasure'
                        """)
                .param("id", customerId).update();
        jdbc.sql("""
                        UPDATE customer.profiles
                           SET external_id = NULL, first_name = NULL, last_name = NULL, email = NULL, phone = NULL,
                               preferences = '{}', tags = '{}', loyalty_tier = NULL, lifetime_value = 0,
                               erased_at = :at, updated_at = :at
                         WHERE id = :id
                        """)
                .param("id", customerId).param("at", java.sql.Timestamp.from(at)).update();
    }

    private static LedgerEntry ledgerEntry(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry((UUID) rs.getObject("id"), rs.getString("kind"), (UUID) rs.getObject("source_id"), rs.getLong("points"),
                rs.getBigDecimal("amount"), rs.getTimestamp("created_at").toInstant());
    }

    /** One change of a customer's points. */
    public record LedgerEntry(UUID id, String kind, UUID sourceId, long points, BigDecimal amount, java.time.Instant createdAt) {
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Customer customer(ResultSet rs, int row) throws SQLException {
        return new Customer((UUID) rs.getObject("id"), rs.getString("external_id"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("email"), rs.getString("phone"), rs.getString("loyalty_tier"),
                rs.getLong("loyalty_points"), rs.getBigDecimal("lifetime_value"), json.readValue(rs.getString("preferences"), MAP),
                Arrays.asList((String[]) rs.getArray("tags").getArray()), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
