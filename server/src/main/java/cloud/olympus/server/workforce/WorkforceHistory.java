package cloud.olympus.server.workforce;

import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.internal.HistoryRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a schedule and time clock that already happened elsewhere (a previous system, or demo
 * history) as they were, in batches: shifts first, then the entries worked against them with their
 * breaks. Publishes no events: nothing about them is new. Corrections go through {@link TimeClock}.
 */
@Service
public class WorkforceHistory {

    private final HistoryRepository history;
    private final StaffRoles roles;

    WorkforceHistory(HistoryRepository history, StaffRoles roles) {
        this.history = history;
        this.roles = roles;
    }

    @Transactional
    public void importSchedule(List<Shift> shifts, List<TimeEntry> entries) {
        roles.ensureDefaults();
        history.insertShifts(TenantContext.require(), shifts);
        history.insertEntries(TenantContext.require(), entries);
    }
}
