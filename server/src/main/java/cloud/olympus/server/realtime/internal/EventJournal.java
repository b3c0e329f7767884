package cloud.olympus.server.realtime.internal;

import cloud.olympus.server.realtime.RealtimeEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journal of live events, one numbered sequence per business (an organisation and its
 * locations). Every statement runs in the caller's transaction, whose tenant row-level security
 * holds it to: the organisation for writing and for reading all of it, a location for reading its own.
 */
@Repository
public class EventJournal {

    /** The PostgreSQL channel every instance listens on; a notification says "{business}:{seq}". */
    public static final String CHANNEL = "olympus_realtime";

    /** Decimals read back exactly as written ({@code 19.90} stays {@code 19.90}). */
    private static final JsonMapper DATA = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final JdbcClient jdbc;

    EventJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes an event with the business's next number and announces it; both take effect when the
     * transaction commits. The number's row stays locked until then, so numbers commit in order.
     *
     * @param location where it happened, or null for the organisation itself
     * @param data     the event's data as JSON text
     */
    public long append(UUID business, UUID location, String topic, String event, String data, Instant occurredAt) {
        long seq = jdbc.sql("""
                        INSERT INTO realtime.feeds (tenant_id, last_seq) VALUES (:business, 1)
                        ON CONFLICT (tenant_id) DO UPDATE SET last_seq = realtime.feeds.last_seq + 1
                        RETURNING last_seq
                        """)
                .param("business", business).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO realtime.events (tenant_id, seq, topic, event, location_id, data, occurred_at)
                        VALUES (:business, :seq, :topic, :event, :location, CAST(:data AS jsonb), :at)
                        """)
                .param("business", business).param("seq", seq).param("topic", topic).param("event", event)
                .param("location", location).param("data", data).param("at", Timestamp.from(occurredAt))
                .update();
        jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL).param("payload", business + ":" + seq)
                .query((rs, n) -> 1).list();
        return seq;
    }

    /** The business's last number so far (0 before its first event). */
    public long lastSeq(UUID business) {
        return jdbc.sql("SELECT last_seq FROM realtime.feeds WHERE tenant_id = :business")
                .param("business", business).query(Long.class).optional().orElse(0L);
    }

    /** The oldest number the journal still holds for the business. */
    public Optional<Long> firstKept(UUID business) {
        return Optional.ofNullable(jdbc.sql("SELECT min(seq) FROM realtime.events WHERE tenant_id = :business")
                .param("business", business).query(Long.class).single());
    }

    /**
     * Events after {@code afterSeq} up to {@code upTo}, in order, at most {@code limit}: all of the
     * business's, or only those that happened at {@code only} (a location, or the organisation itself),
     * and only of {@code topics} when given.
     */
    public List<RealtimeEvent> after(UUID business, UUID only, long afterSeq, long upTo, List<String> topics, int limit) {
        return jdbc.sql("""
                        SELECT tenant_id, seq, topic, event, location_id, data::text AS data, occurred_at
                          FROM realtime.events
                         WHERE tenant_id = :business AND seq > :after AND seq <= :upTo
                           AND (CAST(:only AS uuid) IS NULL OR coalesce(location_id, tenant_id) = :only)
                           AND (CAST(:topics AS text[]) IS NULL OR topic = ANY(:topics))
                         ORDER BY seq
                         LIMIT :limit
                        """)
                .param("business", business).param("only", only).param("after", afterSeq).param("upTo", upTo)
                .param("topics", topics == null ? null : topics.toArray(String[]::new)).param("limit", limit)
                .query(EventJournal::event).list();
    }

    /** Deletes every business's events from before {@code before}; answers how many went. */
    public int purge(Instant before) {
        return jdbc.sql("SELECT realtime.purge_events(:before)").param("before", Timestamp.from(before))
                .query(Integer.class).single();
    }

    private static RealtimeEvent event(ResultSet rs, int row) throws SQLException {
        UUID location = (UUID) rs.getObject("location_id");
        return new RealtimeEvent(location != null ? location : (UUID) rs.getObject("tenant_id"), rs.getLong("seq"),
                rs.getString("topic"), rs.getString("event"), DATA.readTree(rs.getString("data")),
                rs.getTimestamp("occurred_at").toInstant());
    }
}
