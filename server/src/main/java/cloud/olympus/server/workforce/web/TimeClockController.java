package cloud.olympus.server.workforce.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.workforce.TimeClock;
import cloud.olympus.server.workforce.TimeEntry;
import cloud.olympus.server.workforce.Timesheets;
import cloud.olympus.server.workforce.WorkforceRules;
import cloud.olympus.server.workforce.WorkforceSettings;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workforce")
public class TimeClockController {

    /** The client a clock-in came from: till, watch, tablet or console (the default). */
    public static final String CLIENT_HEADER = "X-Olympus-Client";

    private final TimeClock timeClock;
    private final Timesheets timesheets;
    private final WorkforceRules rules;

    TimeClockController(TimeClock timeClock, Timesheets timesheets, WorkforceRules rules) {
        this.timeClock = timeClock;
        this.timesheets = timesheets;
        this.rules = rules;
    }

    @Requires(Permission.TIME_CLOCK)
    @ProblemResponses(ProblemType.CONFLICT)
    @GetMapping("/time-entries/current")
    @Operation(summary = "The caller's clock now: off, working or on_break, with the open entry")
    StatusView current() {
        return StatusView.of(timeClock.current(CurrentCaller.get()));
    }

    @Requires(Permission.TIME_CLOCK)
    @ProblemResponses({ProblemType.CONFLICT, ProblemType.FORBIDDEN})
    @PostMapping("/time-entries/clock-in")
    @Operation(summary = "Clock in", description = "At location_id (default: the place of the caller's shift now, else their "
            + "only place). 403 (reason not_your_location) outside their places, 409 (reason no_staff_profile) without an "
            + "active staff profile, 409 when clocked in already.")
    ResponseEntity<StatusView> clockIn(@Valid @RequestBody(required = false) ClockInRequest body,
                                       @RequestHeader(name = CLIENT_HEADER, required = false) String client) {
        Caller caller = CurrentCaller.get();
        TimeClock.Status status = timeClock.clockIn(caller, body == null ? null : body.locationId(), client, caller.deviceId());
        return ResponseEntity.status(201).body(StatusView.of(status));
    }

    @Requires(Permission.TIME_CLOCK)
    @ProblemResponses({ProblemType.CONFLICT, ProblemType.FORBIDDEN})
    @PostMapping("/time-entries/break")
    @Operation(summary = "Start or end a break", description = "action: start or end.")
    StatusView takeBreak(@Valid @RequestBody BreakRequest body) {
        return StatusView.of(timeClock.takeBreak(CurrentCaller.get(), body.action()));
    }

    @Requires(Permission.TIME_CLOCK)
    @ProblemResponses({ProblemType.CONFLICT, ProblemType.FORBIDDEN})
    @PostMapping("/time-entries/clock-out")
    @Operation(summary = "Clock out", description = "Ends a break the caller is on.")
    StatusView clockOut() {
        return StatusView.of(timeClock.clockOut(CurrentCaller.get()));
    }

    @Requires(Permission.TIME_CLOCK)
    @ProblemResponses({ProblemType.FORBIDDEN, ProblemType.NOT_FOUND})
    @GetMapping("/time-entries")
    @Operation(summary = "Time entries clocked in from..to", description = "Defaults: the last 7 days; at most 93 days. "
            + "Anyone's with time_correct (staff_id narrows), else the caller's own.")
    Map<String, List<EntryView>> list(@RequestParam(name = "staff_id", required = false) String staffId,
                                      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Instant end = Params.instant(to, "to", Instant.now().plusSeconds(1));
        Instant start = Params.instant(from, "from", end.minus(Duration.ofDays(7)));
        return Map.of("data", timeClock.list(CurrentCaller.get(), Params.id(staffId, "staff_id"), start, end).stream()
                .map(EntryView::of).toList());
    }

    @Requires(Permission.TIME_CORRECT)
    @ProblemResponses({ProblemType.FORBIDDEN, ProblemType.CONFLICT})
    @PatchMapping("/time-entries/{id}")
    @Operation(summary = "Correct a time entry", description = "clock_in and/or clock_out, with a reason (required). "
            + "Nobody corrects their own entry (403).")
    EntryView correct(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest body) {
        return EntryView.of(timeClock.correct(CurrentCaller.get(), id, body.clockIn(), body.clockOut(), body.reason()));
    }

    @Requires(Permission.TIME_CORRECT)
    @ProblemResponses(ProblemType.NOT_ACCEPTABLE)
    @GetMapping(value = "/timesheets", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(summary = "The timesheet of a pay period", description = "period_start: the first day of a pay period "
            + "(default: the current one). As CSV with Accept: text/csv or format=csv.")
    ResponseEntity<?> timesheet(@RequestParam(name = "period_start", required = false) String periodStart,
                                @RequestParam(required = false) String format,
                                @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        LocalDate start = Params.date(periodStart, "period_start");
        boolean csv = "csv".equals(format) || (format == null && accept != null && accept.toLowerCase().startsWith("text/csv"));
        Timesheets.Sheet sheet = timesheets.of(start);
        if (csv) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"timesheet-" + sheet.periodStart() + ".csv\"")
                    .body(Timesheets.csv(sheet));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(SheetView.of(sheet));
    }

    @Requires(Permission.TIMESHEET_APPROVE)
    @ProblemResponses({ProblemType.FORBIDDEN, ProblemType.NOT_FOUND})
    @PostMapping("/timesheets/approve")
    @Operation(summary = "Approve a person's time entries of a run of days", description = "staff_id, from and to (dates on "
            + "the business's clock, to included, at most 93 days). Closed entries are approved; open ones are counted and "
            + "left. With entry_ids (at most 1000), only those entries are approved: the ones the manager saw; the closed "
            + "entries left unapproved are counted (left_entries). An approved entry is not corrected (409, reason approved) until the approval is withdrawn. Nobody "
            + "approves their own time (403).")
    ApprovalView approve(@Valid @RequestBody ApprovalRequest body) {
        return approval(body, true);
    }

    @Requires(Permission.TIMESHEET_APPROVE)
    @ProblemResponses({ProblemType.FORBIDDEN, ProblemType.NOT_FOUND})
    @PostMapping("/timesheets/unapprove")
    @Operation(summary = "Withdraw the approval of a person's time entries of a run of days", description = "As approve; the "
            + "entries may be corrected again.")
    ApprovalView unapprove(@Valid @RequestBody ApprovalRequest body) {
        return approval(body, false);
    }

    private ApprovalView approval(ApprovalRequest body, boolean approve) {
        UUID staffId = Params.id(body.staffId(), "staff_id");
        LocalDate from = Params.date(body.from(), "from");
        LocalDate to = Params.date(body.to(), "to");
        if (staffId == null) {
            throw ApiProblem.invalid("staff_id is required").with("field", "staff_id");
        }
        if (from == null || to == null) {
            throw ApiProblem.invalid("from and to are required").with("field", from == null ? "from" : "to");
        }
        Set<UUID> only = null;
        if (body.entryIds() != null) {
            only = new LinkedHashSet<>();
            for (String id : body.entryIds()) {
                UUID entry = Params.id(id, "entry_ids");
                if (entry == null) {
                    throw ApiProblem.invalid("entry_ids must be ids").with("field", "entry_ids");
                }
                only.add(entry);
            }
        }
        return ApprovalView.of(timeClock.approve(CurrentCaller.get(), staffId, from, to, approve, only));
    }

    @Requires(Permission.STAFF_VIEW)
    @GetMapping("/settings")
    @Operation(summary = "The business's workforce settings")
    SettingsView settings() {
        return SettingsView.of(rules.get());
    }

    @Requires(Permission.STAFF_ADMIN)
    @PatchMapping("/settings")
    @Operation(summary = "Change workforce settings", description = "Fields left out stay as they are.")
    SettingsView changeSettings(@Valid @RequestBody SettingsRequest body) {
        return SettingsView.of(rules.change(new WorkforceSettings(body.overtimeDailyHours(), body.overtimeWeeklyHours(),
                body.payPeriod(), Params.date(body.payPeriodAnchor(), "pay_period_anchor"), body.ordersPerStaffHour())));
    }

    public record ClockInRequest(UUID locationId) {
    }

    public record BreakRequest(@Size(max = 10) String action) {
    }

    /** {@code entryIds}: the entries to change, those the manager saw (null: every closed entry of the days). */
    public record ApprovalRequest(@Size(max = 40) String staffId, @Size(max = 10) String from, @Size(max = 10) String to,
                                  @Size(max = MAX_APPROVED_ENTRIES) List<@Size(max = 40) String> entryIds) {

        public ApprovalRequest(String staffId, String from, String to) {
            this(staffId, from, to, null);
        }
    }

    /** The most entries one approval names: 93 days of one person's entries, several a day. */
    static final int MAX_APPROVED_ENTRIES = 1000;

    record ApprovalView(UUID staffId, LocalDate from, LocalDate to, boolean approved, int changedEntries, int openEntries,
                        int leftEntries, UUID by, Instant at) {
        static ApprovalView of(TimeClock.Approval a) {
            return new ApprovalView(a.staffId(), a.from(), a.to(), a.approved(), a.changedEntries(), a.openEntries(),
                    a.leftEntries(), a.by(), a.at());
        }
    }

    public record CorrectionRequest(Instant clockIn, Instant clockOut, @Size(max = 500) String reason) {
    }

    public record SettingsRequest(BigDecimal overtimeDailyHours, BigDecimal overtimeWeeklyHours, @Size(max = 20) String payPeriod,
                                  @Size(max = 10) String payPeriodAnchor, BigDecimal ordersPerStaffHour) {
    }

    record BreakView(Instant startedAt, Instant endedAt) {
    }

    record EntryView(UUID id, UUID staffId, UUID locationId, UUID shiftId, Instant clockIn, Instant clockOut, List<BreakView> breaks,
                     long workedMinutes, long breakMinutes, long overtimeMinutes, boolean overtime, boolean corrected, String source,
                     UUID deviceId, boolean approved, Instant approvedAt, UUID approvedBy) {
        static EntryView of(TimeClock.Counted c) {
            return of(c.entry(), c.workedMinutes(), c.breakMinutes(), c.overtimeMinutes());
        }

        static EntryView of(TimeEntry e, long worked, long breaks, long overtime) {
            return new EntryView(e.id(), e.staffId(), e.locationId(), e.shiftId(), e.clockIn(), e.clockOut(),
                    e.breaks().stream().map(b -> new BreakView(b.startedAt(), b.endedAt())).toList(), worked, breaks, overtime,
                    overtime > 0, e.corrected(), e.source(), e.deviceId(), e.approved(), e.approvedAt(), e.approvedBy());
        }
    }

    record StatusView(String state, EntryView entry, long workedMinutes, long breakMinutes) {
        static StatusView of(TimeClock.Status s) {
            return new StatusView(s.state(), s.entry() == null ? null
                    : EntryView.of(s.entry(), s.workedMinutes(), s.breakMinutes(), s.overtimeMinutes()), s.workedMinutes(),
                    s.breakMinutes());
        }
    }

    record SheetView(LocalDate periodStart, LocalDate periodEnd, String payPeriod, BigDecimal overtimeMultiplier,
                     List<Timesheets.Line> lines, BigDecimal totalGrossPay) {
        static SheetView of(Timesheets.Sheet s) {
            return new SheetView(s.periodStart(), s.periodEnd(), s.payPeriod(), WorkforceSettings.OVERTIME_MULTIPLIER, s.lines(),
                    s.totalGrossPay());
        }
    }

    record SettingsView(BigDecimal overtimeDailyHours, BigDecimal overtimeWeeklyHours, String payPeriod, LocalDate payPeriodAnchor,
                        BigDecimal ordersPerStaffHour) {
        static SettingsView of(WorkforceSettings s) {
            return new SettingsView(s.overtimeDailyHours(), s.overtimeWeeklyHours(), s.payPeriod(), s.payPeriodAnchor(),
                    s.ordersPerStaffHour());
        }
    }
}
