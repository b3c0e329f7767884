package cloud.olympus.server.analytics.internal;

import cloud.olympus.server.analytics.RollupRebuilds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the server is ready, the rollups of every business that never had them rebuilt are rebuilt,
 * one business at a time, on a thread of their own: start-up and the health check never wait for it,
 * and sales keep being rolled up meanwhile. Every instance does it; a rebuild locks out the others
 * of the same business, and a business rebuilt by one is no longer on the list of the next.
 */
@Component
class StartupBackfill {

    private static final Logger log = LoggerFactory.getLogger(StartupBackfill.class);

    private final RollupRebuilds rebuilds;
    private final boolean enabled;

    StartupBackfill(RollupRebuilds rebuilds, @Value("${olympus.analytics.backfill-on-start:true}") boolean enabled) {
        this.rebuilds = rebuilds;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (enabled) {
            start();
        }
    }

    /** Starts the backfill on its own thread and returns. */
    void start() {
        Thread thread = new Thread(this::run, "rollup-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long started = System.nanoTime();
        try {
            int rebuilt = rebuilds.backfill();
            if (rebuilt > 0) {
                log.info("Sales rollups rebuilt for {} businesses that never had them in {} ms", rebuilt,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            log.warn("The sales rollups backfill stopped: {}", e.getMessage());
        }
    }
}
