package cloud.olympus.server.demo;

import cloud.olympus.model.auth.Role;
import cloud.olympus.model.tenant.Industry;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.NewUser;
import cloud.olympus.server.auth.User;
import cloud.olympus.server.auth.UserAccounts;
import cloud.olympus.server.commerce.Order;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.workforce.Schedule;
import cloud.olympus.server.workforce.Shift;
import cloud.olympus.server.workforce.StaffDetails;
import cloud.olympus.server.workforce.StaffDirectory;
import cloud.olympus.server.workforce.StaffMember;
import cloud.olympus.server.workforce.StaffingAlerts;
import cloud.olympus.server.workforce.TimeClock;
import cloud.olympus.server.workforce.WorkforceHistory;
import cloud.olympus.server.workforce.WorkforceRules;
import cloud.olympus.server.workforce.WorkforceSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The staff of a demo business and their past and planned work, matching its past orders: staff
 * profiles (with colleagues made up to fill the rota), the staffing rule, the schedule and time
 * clock of the past written in batches, two manager corrections and a few open shifts through the
 * workforce's services, so they are checked and audited like any other.
 */
@Component
class DemoWorkforce {

    private final UserAccounts users;
    private final StaffDirectory directory;
    private final WorkforceRules rules;
    private final WorkforceHistory history;
    private final TimeClock timeClock;
    private final Schedule schedule;
    private final StaffingAlerts alerts;
    private final Clock clock;
    private final int historyDays;

    DemoWorkforce(UserAccounts users, StaffDirectory directory, WorkforceRules rules, WorkforceHistory history, TimeClock timeClock,
                  Schedule schedule, StaffingAlerts alerts, Clock clock, @Value("${olympus.demo-history-days:90}") int historyDays) {
        this.users = users;
        this.directory = directory;
        this.rules = rules;
        this.history = history;
        this.timeClock = timeClock;
        this.schedule = schedule;
        this.alerts = alerts;
        this.clock = clock;
        this.historyDays = historyDays;
    }

    /**
     * Staffs the business in context and writes its work of the past and the week ahead; runs in
     * the transaction that wrote its orders. {@code firstName} picks where its made-up colleagues'
     * names start. Answers the hours left short on purpose.
     */
    DemoSchedule.Result fill(UUID tenantId, String slug, Industry industry, boolean location, TenantSettings settings,
                             List<Order> orders, LocalDate today, long seed, int firstName) {
        rules.change(new WorkforceSettings(null, null, null, null, DemoStaff.ordersPerStaffHour(industry)));
        List<DemoSchedule.Person> people = new ArrayList<>();
        StaffMember manager = null;
        for (DemoStaff.Hire hire : DemoStaff.of(industry, location, firstName)) {
            String email = hire.localPart() + "@" + slug + ".example";
            // Made-up colleagues have no password: nobody logs in as them.
            User user = users.findByEmail(email).orElseGet(() -> users.create(new NewUser(email, null, null, hire.displayName(),
                    Set.of(hire.access()), Map.of())));
            StaffMember member = directory.ofUser(user.id()).orElseGet(() -> directory.create(new StaffDetails(user.id(),
                    hire.staffRole(), hire.hourlyRate().setScale(settings.scale()), List.of(tenantId), hire.skills(), true)));
            people.add(new DemoSchedule.Person(member.id(), member.staffRole()));
            if (hire.localPart().equals("manager")) {
                manager = member;
            }
        }
        DemoSchedule.Result planned = new DemoSchedule(industry, settings.zone(), tenantId, people, seed)
                .generate(orders, today, historyDays, clock.instant());
        history.importSchedule(planned.shifts(), planned.entries());
        if (manager != null) {
            Caller corrector = new Caller(manager.userId(), tenantId, tenantId, Set.of(Role.MANAGER));
            for (DemoSchedule.Correction fix : DemoSchedule.corrections(planned, manager.id())) {
                timeClock.correct(corrector, fix.entryId(), fix.clockIn(), fix.clockOut(), fix.reason());
            }
        }
        for (Shift open : planned.openShifts()) {
            schedule.create(open);
        }
        return planned;
    }

    /** The staffing check over the whole past and the week ahead, so its alerts are there on the first start. */
    void checkStaffing(UUID tenantId) {
        alerts.checkRecent(tenantId, (historyDays + 1) * 24);
    }
}
