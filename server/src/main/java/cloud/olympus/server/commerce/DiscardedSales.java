package cloud.olympus.server.commerce;

import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales a till set aside and a manager discarded: each is reported once, kept, and announced for
 * the audit trail. A report sent again (an answer lost on the way) changes nothing and answers the
 * first.
 */
@Service
public class DiscardedSales {

    private static final int MAX_REASON = 500;
    private static final int MAX_NAME = 255;
    private static final int MAX_PROBLEM = 100;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DiscardedSales(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What a till reports of one discarded sale. */
    public record Report(UUID saleId, UUID terminalId, Instant rungAt, BigDecimal total, String reason, String decidedBy,
                         Instant decidedAt, String problem) {
    }

    /** A discarded sale as kept. */
    public record Discarded(UUID saleId, UUID terminalId, Instant rungAt, BigDecimal total, String reason, String decidedBy,
                            Instant decidedAt, String problem, UUID reportedBy, Instant reportedAt) {
    }

    /** Keeps the report; answers the sale as kept and whether it was new. */
    @Transactional
    public Outcome report(Report report, Caller caller) {
        check(report);
        UUID tenant = TenantContext.require();
        int added = jdbc.sql("""
                        INSERT INTO commerce.discarded_sales (tenant_id, sale_id, terminal_id, rung_at, total, reason, decided_by,
                                                              decided_at, problem, reported_by)
                        VALUES (:tenant, :sale, :terminal, :rungAt, :total, :reason, :decidedBy, :decidedAt, :problem, :reportedBy)
                        ON CONFLICT (tenant_id, sale_id) DO NOTHING
                        """)
                .param("tenant", tenant).param("sale", report.saleId()).param("terminal", report.terminalId())
                .param("rungAt", timestamp(report.rungAt())).param("total", report.total())
                .param("reason", report.reason().trim()).param("decidedBy", blankToNull(report.decidedBy()))
                .param("decidedAt", timestamp(report.decidedAt())).param("problem", blankToNull(report.problem()))
                .param("reportedBy", caller.userId())
                .update();
        if (added == 1) {
            events.publishEvent(new SaleDiscarded(tenant, report.saleId(), report.terminalId(), report.rungAt(), report.total(),
                    report.reason().trim(), blankToNull(report.decidedBy()), report.decidedAt(), blankToNull(report.problem()),
                    caller.userId(), caller.deviceId()));
        }
        return new Outcome(find(report.saleId()).orElseThrow(), added == 1);
    }

    /** The sale as kept, and whether this report was the first. */
    public record Outcome(Discarded sale, boolean created) {
    }

    public Optional<Discarded> find(UUID saleId) {
        return jdbc.sql("""
                        SELECT sale_id, terminal_id, rung_at, total, reason, decided_by, decided_at, problem, reported_by, reported_at
                        FROM commerce.discarded_sales WHERE sale_id = :sale
                        """)
                .param("sale", saleId)
                .query((rs, n) -> new Discarded(rs.getObject("sale_id", UUID.class), rs.getObject("terminal_id", UUID.class),
                        instant(rs.getTimestamp("rung_at")), rs.getBigDecimal("total"), rs.getString("reason"),
                        rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), rs.getString("problem"),
                        rs.getObject("reported_by", UUID.class), instant(rs.getTimestamp("reported_at"))))
                .optional();
    }

    private static void check(Report report) {
        if (report.saleId() == null) {
            throw new InvalidInput("sale_id is required").field("sale_id");
        }
        if (report.reason() == null || report.reason().isBlank() || report.reason().trim().length() > MAX_REASON) {
            throw new InvalidInput("reason must be 1 to " + MAX_REASON + " characters").field("reason");
        }
        if (report.decidedAt() == null) {
            throw new InvalidInput("decided_at is required").field("decided_at");
        }
        if (report.decidedBy() != null && report.decidedBy().length() > MAX_NAME) {
            throw new InvalidInput("decided_by is at most " + MAX_NAME + " characters").field("decided_by");
        }
        if (report.problem() != null && report.problem().length() > MAX_PROBLEM) {
            throw new InvalidInput("problem is at most " + MAX_PROBLEM + " characters").field("problem");
        }
        if (report.total() != null && (report.total().scale() > 2 || !Amounts.storable(report.total()))) {
            throw new InvalidInput("total must have at most 2 decimals and stay below " + Amounts.MAX_TOTAL.toPlainString())
                    .field("total");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static java.sql.Timestamp timestamp(Instant at) {
        return at == null ? null : java.sql.Timestamp.from(at);
    }

    private static Instant instant(java.sql.Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
