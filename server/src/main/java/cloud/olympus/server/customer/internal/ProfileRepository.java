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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Customer profiles and the loyalty ledger of the tenant in context. */
@Repository
public class ProfileRepository {

    private static final String COLUMNS = """
            id, external_id, first_name, last_name, email, phone, loyalty_tier, loyalty_points, lifetime_value,
            preferences, tags, created_at, updated_at
            """;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch;
    private final JsonMapper json;

    ProfileRepository(JdbcClient jdbc, org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    public Optional<Customer> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM customer.profiles WHERE id = :id").param("id", id).query(this::customer).optional();
    }

    public Optional<Customer> findForUpdate(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM customer.profiles WHERE id = :id FOR UPDATE")
                .param("id", id).query(this::customer).optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM customer.profiles WHERE id = :id").param("id", id).query(Long.class).single() > 0;
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

    public void insert(UUID tenantId, Customer c) {
        jdbc.sql("""
                        INSERT INTO customer.profiles (tenant_id, id, external_id, first_name, last_name, email, phone,
                            loyalty_tier, preferences, tags)
                        VALUES (:tenant, :id, :external, :first, :last, :email, :phone, :tier, CAST(:prefs AS jsonb), :tags)
                        """)
                .param("tenant", tenantId).param("id", c.id()).param("external", c.externalId()).param("first", c.firstName())
                .param("last", c.lastName()).param("email", c.email()).param("phone", c.phone()).param("tier", c.loyaltyTier())
                .param("prefs", json.writeValueAsString(c.preferences())).param("tags", c.tags().toArray(String[]::new))
                .update();
    }

    /** Inserts many customers at once, for imports. */
    public void insertAll(UUID tenantId, List<Customer> customers) {
        batch.batchUpdate("""
                INSERT INTO customer.profiles (tenant_id, id, external_id, first_name, last_name, email, phone, preferences, tags,
                    created_at, updated_at)
                VALUES (:tenant, :id, :external, :first, :last, :email, :phone, CAST(:prefs AS jsonb), :tags, :at, :at)
                """, customers.stream().map(c -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("tenant", tenantId).addValue("id", c.id()).addValue("external", c.externalId())
                .addValue("first", c.firstName()).addValue("last", c.lastName()).addValue("email", c.email())
                .addValue("phone", c.phone()).addValue("prefs", json.writeValueAsString(c.preferences()))
                .addValue("tags", c.tags().toArray(String[]::new)).addValue("at", java.sql.Timestamp.from(c.createdAt())))
                .toArray(org.springframework.jdbc.core.namedparam.MapSqlParameterSource[]::new));
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

    public void updateDetails(Customer c) {
        jdbc.sql("""
                        UPDATE customer.profiles SET external_id = :external, first_name = :first, last_name = :last,
                            email = :email, phone = :phone, preferences = CAST(:prefs AS jsonb), tags = :tags, updated_at = now()
                        WHERE id = :id
                        """)
                .param("id", c.id()).param("external", c.externalId()).param("first", c.firstName())
                .param("last", c.lastName()).param("email", c.email()).param("phone", c.phone())
                .param("prefs", json.writeValueAsString(c.preferences())).param("tags", c.tags().toArray(String[]::new))
                .update();
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

    public List<LedgerEntry> ledger(UUID customerId) {
        return jdbc.sql("""
                        SELECT kind, source_id, points, amount, created_at FROM customer.loyalty_ledger
                        WHERE customer_id = :customer ORDER BY created_at DESC, id DESC LIMIT 200
                        """)
                .param("customer", customerId)
                .query((rs, n) -> new LedgerEntry(rs.getString("kind"), (UUID) rs.getObject("source_id"), rs.getLong("points"),
                        rs.getBigDecimal("amount"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** One change of a customer's points. */
    public record LedgerEntry(String kind, UUID sourceId, long points, BigDecimal amount, java.time.Instant createdAt) {
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
