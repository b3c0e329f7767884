package cloud.olympus.server.shared.database;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether a commit the server answers is on disk: PostgreSQL's {@code fsync} and
 * {@code full_page_writes}, and {@code synchronous_commit} as the application role sees it. Any of
 * them off is said loudly: a warning at start and {@code NOT_DURABLE} in {@code /health} (still
 * HTTP 200, so orchestrators keep routing; people and monitors see it).
 */
class Durability implements HealthIndicator {

    static final Status NOT_DURABLE = new Status("NOT_DURABLE", "Committed data may be lost in a crash");
    private static final Logger log = LoggerFactory.getLogger(Durability.class);
    private static final Duration RECHECK = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private volatile Reading last;

    Durability(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Reads the settings and warns when commits are not durable. */
    void report() {
        Reading reading = read();
        if (!reading.risks().isEmpty()) {
            log.warn("PostgreSQL is NOT durable: {}. Orders and payments answered as saved can be lost in a crash or "
                    + "power cut. Turn these settings on for anything but a throwaway database.", String.join(", ", reading.risks()));
        }
    }

    @Override
    public Health health() {
        Reading reading = last;
        if (reading == null || reading.at().plus(RECHECK).isBefore(Instant.now())) {
            reading = read();
        }
        return reading.risks().isEmpty() ? Health.up().build()
                : Health.status(NOT_DURABLE).withDetail("risks", reading.risks()).build();
    }

    private Reading read() {
        Reading reading = jdbc.sql("""
                        SELECT current_setting('fsync') AS fsync, current_setting('full_page_writes') AS full_page_writes,
                               current_setting('synchronous_commit') AS synchronous_commit
                        """)
                .query((rs, n) -> {
                    List<String> risks = new ArrayList<>();
                    if (!"on".equals(rs.getString("fsync"))) {
                        risks.add("fsync is off");
                    }
                    if (!"on".equals(rs.getString("full_page_writes"))) {
                        risks.add("full_page_writes is off");
                    }
                    // Every other value (on, local, remote_*) waits for the local disk at least.
                    if ("off".equals(rs.getString("synchronous_commit"))) {
                        risks.add("synchronous_commit is off");
                    }
                    return new Reading(List.copyOf(risks), Instant.now());
                })
                .single();
        last = reading;
        return reading;
    }

    private record Reading(List<String> risks, Instant at) {
    }
}
