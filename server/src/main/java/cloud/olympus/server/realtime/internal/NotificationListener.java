package cloud.olympus.server.realtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's ear on PostgreSQL: one connection that LISTENs on the journal's channel and tells
 * the {@link Fanout} which businesses have new events, whichever instance wrote them. A lost
 * connection is opened again, with growing pauses, and every business followed here then catches up
 * on what it missed meanwhile.
 */
@Component
class NotificationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);
    private static final int WAIT_MILLIS = 250;
    /** A quiet connection is asked a question now and then, so that a dead one is noticed. */
    private static final Duration PROBE_AFTER = Duration.ofSeconds(15);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final Fanout fanout;
    private volatile boolean running;
    private Thread thread;

    NotificationListener(DataSource dataSource, Fanout fanout) {
        this.dataSource = dataSource;
        this.fanout = fanout;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "realtime-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        Thread listener;
        synchronized (this) {
            running = false;
            listener = thread;
        }
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration pause = Duration.ofMillis(200);
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + EventJournal.CHANNEL);
                }
                pause = Duration.ofMillis(200);
                fanout.catchUpAll();
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Live events: lost the notification connection ({}); trying again in {} ms", e.getMessage(),
                            pause.toMillis());
                }
            }
            if (running) {
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                lastHeard = System.nanoTime();
                newest(notifications).forEach(fanout::notified);
            } else if (System.nanoTime() - lastHeard > PROBE_AFTER.toNanos()) {
                try (Statement probe = connection.createStatement()) {
                    probe.execute("SELECT 1");
                }
                lastHeard = System.nanoTime();
            }
            fanout.retryBehind();
        }
    }

    /** The highest number announced for each business. */
    private static Map<UUID, Long> newest(PGNotification[] notifications) {
        Map<UUID, Long> newest = new HashMap<>();
        for (PGNotification notification : notifications) {
            String payload = notification.getParameter();
            int colon = payload.indexOf(':');
            try {
                newest.merge(UUID.fromString(payload.substring(0, colon)), Long.parseLong(payload.substring(colon + 1)), Math::max);
            } catch (RuntimeException e) {
                log.warn("Live events: ignored a notification that is not ours: {}", payload);
            }
        }
        return newest;
    }
}
