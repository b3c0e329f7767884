package cloud.olympus.server.workforce.internal;

import cloud.olympus.server.shared.PeriodicTask;
import cloud.olympus.server.workforce.StaffingAlerts;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The regular staffing check: every interval, for every place of every business where someone works,
 * the hours just closed and the planning window. Every instance does it; the alerts' unique key keeps
 * two runs from raising one hour twice, and a run that finds what the last one found changes nothing.
 */
@Component
class StaffingWatch extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(StaffingWatch.class);

    private final StaffingAlerts alerts;
    private final LabourRepository labour;
    private final TransactionTemplate tx;
    private final Duration interval;
    private final int closedHours;

    StaffingWatch(StaffingAlerts alerts, LabourRepository labour, TransactionTemplate tx,
                  @Value("${olympus.workforce.staffing-check-interval:5m}") Duration interval,
                  @Value("${olympus.workforce.staffing-check-closed-hours:3}") int closedHours) {
        super("staffing-watch");
        this.alerts = alerts;
        this.labour = labour;
        this.tx = tx;
        this.interval = interval;
        this.closedHours = closedHours;
    }

    /** Checks every staffed place; answers how many were checked. A place that fails does not stop the others. */
    int checkAll() {
        List<UUID> places = tx.execute(status -> labour.staffedLocations());
        int checked = 0;
        for (UUID place : places == null ? List.<UUID>of() : places) {
            try {
                alerts.checkRecent(place, closedHours);
                checked++;
            } catch (RuntimeException e) {
                log.warn("Could not check staffing at {}: {}", place, e.getMessage());
            }
        }
        return checked;
    }

    @Override
    protected void runOnce() {
        checkAll();
    }

    @Override
    protected Duration interval() {
        return interval;
    }
}
