package cloud.olympus.server.shared.events;

import cloud.olympus.server.shared.tenancy.TenantContext;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where an event goes that a listener cannot handle because of what it says (a number out of
 * range, a record that breaks a rule): kept with the reason, for the tenant's admins to see,
 * instead of being delivered again and failing again after every restart. A failure that may
 * pass (the database busy or unreachable) is not the event's fault: it is thrown on, and the event
 * registry delivers the event again.
 */
@Component
public class ParkedEvents {

    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ParkedEvents(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A parked event as an admin sees it. */
    public record Parked(UUID id, String listener, String eventType, String payload, String reason, Instant parkedAt) {
    }

    /** Runs {@code work} for {@code event} as {@code tenantId}; parks the event if its data makes the work fail. */
    public void handle(UUID tenantId, String listener, Object event, Runnable work) {
        TenantContext.runAs(tenantId, () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                if (mayPass(e)) {
                    throw e;
                }
                park(tenantId, listener, event, e);
            }
        });
    }

    /** The tenant in context's parked events, newest first. */
    @Transactional(readOnly = true)
    public List<Parked> list(int limit) {
        return jdbc.sql("""
                        SELECT id, listener, event_type, payload::text AS payload, reason, parked_at
                          FROM platform.parked_events ORDER BY parked_at DESC, id LIMIT :limit
                        """)
                .param("limit", limit)
                .query((rs, n) -> new Parked((UUID) rs.getObject("id"), rs.getString("listener"), rs.getString("event_type"),
                        rs.getString("payload"), rs.getString("reason"), rs.getTimestamp("parked_at").toInstant()))
                .list();
    }

    private void park(UUID tenantId, String listener, Object event, RuntimeException failure) {
        String reason = describe(failure);
        UUID id = UUID.randomUUID();
        log.error("Parked {} {} for {}: {}", event.getClass().getSimpleName(), id, listener, reason, failure);
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO platform.parked_events (tenant_id, id, listener, event_type, payload, reason, parked_at)
                        VALUES (:tenant, :id, :listener, :type, CAST(:payload AS jsonb), :reason, :at)
                        """)
                .param("tenant", tenantId).param("id", id).param("listener", listener)
                .param("type", event.getClass().getSimpleName()).param("payload", json.writeValueAsString(event))
                .param("reason", reason).param("at", Timestamp.from(clock.instant()))
                .update());
    }

    /**
     * What went wrong, in words an admin can act on; the exception itself, which may quote data and
     * names internals, goes to the log only.
     */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ArithmeticException || t instanceof NumberFormatException) {
                return "A number in the event is out of the range this follow-up can handle";
            }
            if (t instanceof org.springframework.dao.DataIntegrityViolationException) {
                return "The event's data breaks a rule of the records it would change";
            }
            if (t instanceof IllegalArgumentException || t instanceof NullPointerException) {
                return "The event's data is incomplete or malformed";
            }
        }
        return "The follow-up failed on this event's data; the server log has the details (search for the event id)";
    }

    /** Whether the failure is the surroundings rather than the event: worth delivering the event again. */
    static boolean mayPass(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof CannotGetJdbcConnectionException || t instanceof QueryTimeoutException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("53")
                    || sql.getSQLState().startsWith("57") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }
}
