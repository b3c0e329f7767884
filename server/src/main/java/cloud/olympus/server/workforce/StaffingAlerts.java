package cloud.olympus.server.workforce;

import cloud.olympus.model.alerts.Alert;
import cloud.olympus.server.commerce.SalesByHour;
import cloud.olympus.server.commerce.HourSales;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.internal.LabourRepository.PlannedShift;
import cloud.olympus.server.workforce.internal.LabourRepository.Span;
import cloud.olympus.server.workforce.internal.StaffingAlertRepository;
import cloud.olympus.server.workforce.internal.StaffingAlertRepository.Row;
import cloud.olympus.server.workforce.internal.Workplace;
import cloud.olympus.server.workforce.internal.Workplaces;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staffing alerts: hours at a place where the orders per person on shift exceed the business's
 * {@code orders_per_staff_hour} (or there were orders and nobody on shift). Hours that closed are
 * checked against the orders and the time clock ({@code understaffed}); the hours of the next seven
 * days against the orders expected and the people planned on shifts ({@code understaffed_planned}).
 * The orders expected in an hour are, until a sales forecast exists, the average of the same weekday
 * and hour over the last four weeks. Checking again is harmless: an hour has one alert of each kind,
 * its figures follow the latest check, and it is over when the hour is no longer short.
 */
@Service
public class StaffingAlerts {

    /** The threshold of a business that has not set its workforce rules (the settings table's default). */
    public static final BigDecimal DEFAULT_ORDERS_PER_STAFF_HOUR = new BigDecimal("12");
    static final int BASELINE_WEEKS = 4;
    static final int PLANNED_DAYS = 7;
    private static final Duration HOUR = Duration.ofHours(1);

    private final StaffingAlertRepository alerts;
    private final Workplaces workplaces;
    private final LabourReport labour;
    private final SalesByHour sales;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    StaffingAlerts(StaffingAlertRepository alerts, Workplaces workplaces, LabourReport labour, SalesByHour sales,
                   ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.alerts = alerts;
        this.workplaces = workplaces;
        this.labour = labour;
        this.sales = sales;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** The tenant in context's alerts, newest first; {@code before} and {@code beforeId} continue a previous page. */
    @Transactional(readOnly = true)
    public List<StaffingAlert> page(StaffingAlert.Status status, Instant before, UUID beforeId, int limit) {
        return withPlaces(alerts.page(status.wireName(), before, beforeId, limit));
    }

    @Transactional(readOnly = true)
    public Optional<StaffingAlert> find(UUID id) {
        return alerts.find(id).map(row -> withPlaces(List.of(row)).get(0));
    }

    /** Someone has seen to it. Acknowledging twice keeps the first acknowledgement. */
    @Transactional
    public StaffingAlert acknowledge(UUID id, UUID by) {
        alerts.find(id).orElseThrow(() -> new NotFound("Alert"));
        if (alerts.acknowledge(id, by, clock.instant())) {
            events.publishEvent(new StaffingAlertAcknowledged(TenantContext.require(), id, by));
        }
        return find(id).orElseThrow();
    }

    /**
     * Checks a business day at the tenant in context or one of its locations, on demand: its closed hours
     * against what happened, its hours to come (within the planning window) against the plan. Answers
     * the day's alerts of both kinds.
     */
    public List<StaffingAlert> checkDay(UUID locationId, LocalDate date) {
        labour.requireReportable(date);
        Workplace place = workplaces.visible(locationId);
        Instant dayStart = place.dayStart(date);
        Instant dayEnd = place.dayStart(date.plusDays(1));
        Instant current = currentHour(place);
        check(place, dayStart, min(dayEnd, current), min(dayEnd, current.plus(Duration.ofDays(PLANNED_DAYS)).plus(HOUR)));
        return TenantContext.callAs(place.locationId(), () -> tx.execute(status -> {
            List<Row> rows = new ArrayList<>();
            for (StaffingAlert.Kind kind : StaffingAlert.Kind.values()) {
                rows.addAll(alerts.within(place.locationId(), kind.wireName(), dayStart, dayEnd));
            }
            rows.sort(java.util.Comparator.comparing(Row::hourStart).thenComparing(Row::kind));
            return withPlaces(rows);
        }));
    }

    /** What the regular check does for a place: the {@code closedHours} just closed, and the planning window. */
    public void checkRecent(UUID locationId, int closedHours) {
        Workplace place = workplaces.of(locationId);
        Instant current = currentHour(place);
        check(place, current.minus(HOUR.multipliedBy(closedHours)), current,
                current.plus(Duration.ofDays(PLANNED_DAYS)).plus(HOUR));
    }

    /** Closed hours are from {@code from} up to the current hour, planned ones the hours after the current one up to {@code plannedTo}. */
    private void check(Workplace place, Instant from, Instant closedTo, Instant plannedTo) {
        BigDecimal threshold = threshold(place);
        if (from.isBefore(closedTo)) {
            Map<Instant, Figures> happened = new HashMap<>();
            for (LabourDay.Hour hour : labour.hours(place, from, closedTo)) {
                happened.put(hour.hour().toInstant(), new Figures(BigDecimal.valueOf(hour.orders()), hour.staffOnShift()));
            }
            settle(place, StaffingAlert.Kind.UNDERSTAFFED, from, closedTo, happened, threshold);
        }
        Instant plannedFrom = max(from, currentHour(place).plus(HOUR));
        if (plannedFrom.isBefore(plannedTo)) {
            settle(place, StaffingAlert.Kind.UNDERSTAFFED_PLANNED, plannedFrom, plannedTo, planned(place, plannedFrom, plannedTo),
                    threshold);
        }
    }

    /** Expected orders (the baseline) against the people planned, for each hour of {@code from} up to {@code to}. */
    private Map<Instant, Figures> planned(Workplace place, Instant from, Instant to) {
        Duration weeks = Duration.ofDays(7L * BASELINE_WEEKS);
        Map<LocalDateTime, Long> past = TenantContext.callAs(place.locationId(),
                        () -> sales.between(from.minus(weeks), to.minus(Duration.ofDays(7)), place.zone())).stream()
                .collect(Collectors.toMap(HourSales::hour, HourSales::orders, Long::sum));
        List<PlannedShift> shifts = workplaces.readAcross(place, labour -> labour.planned(place.locationId(), from, to));
        Map<Instant, Figures> figures = new HashMap<>();
        for (Instant start = from; start.isBefore(to); start = start.plus(HOUR)) {
            LocalDateTime local = LocalDateTime.ofInstant(start, place.zone());
            long orders = 0;
            for (int week = 1; week <= BASELINE_WEEKS; week++) {
                orders += past.getOrDefault(local.minusWeeks(week), 0L);
            }
            Span hour = new Span(start, start.plus(HOUR));
            Set<UUID> people = new HashSet<>();
            for (PlannedShift shift : shifts) {
                if (LabourReport.overlap(shift.planned(), hour) != null) {
                    people.add(shift.staffId());
                }
            }
            figures.put(start, new Figures(BigDecimal.valueOf(orders).divide(BigDecimal.valueOf(BASELINE_WEEKS), 2,
                    RoundingMode.HALF_UP), people.size()));
        }
        return figures;
    }

    /** Raises, updates or ends the alerts of a kind for the hours of {@code from} up to {@code to}, as the place. */
    private void settle(Workplace place, StaffingAlert.Kind kind, Instant from, Instant to, Map<Instant, Figures> figures,
                        BigDecimal threshold) {
        UUID location = place.locationId();
        TenantContext.runAs(location, () -> tx.executeWithoutResult(status -> {
            Map<Instant, Row> existing = alerts.within(location, kind.wireName(), from, to).stream()
                    .collect(Collectors.toMap(Row::hourStart, Function.identity()));
            for (Instant hour = from; hour.isBefore(to); hour = hour.plus(HOUR)) {
                Figures seen = figures.getOrDefault(hour, Figures.NONE);
                Optional<Alert.Severity> severity = StaffingAlert.severity(seen.orders(), seen.staff(), threshold);
                Row row = existing.get(hour);
                if (severity.isPresent()) {
                    String level = severity.get().wireName();
                    if (row == null) {
                        alerts.raise(kind.wireName(), level, location, hour, seen.orders(), seen.staff(), threshold)
                                .ifPresent(id -> events.publishEvent(new StaffingAlertRaised(location, id)));
                    } else if (row.resolvedAt() != null || !seen.same(row, level, threshold)) {
                        if (alerts.refresh(row.id(), level, seen.orders(), seen.staff(), threshold)) {
                            events.publishEvent(new StaffingAlertRaised(location, row.id()));
                        }
                    }
                } else if (row != null && row.resolvedAt() == null) {
                    alerts.resolve(row.id(), clock.instant());
                }
            }
        }));
    }

    /** The place's own rule, else its business's, else the default. */
    private BigDecimal threshold(Workplace place) {
        return workplaces.readAcross(place, labour -> labour.ordersPerStaffHour().map(List::of).orElse(List.of())).stream()
                .findFirst().orElse(DEFAULT_ORDERS_PER_STAFF_HOUR);
    }

    private Instant currentHour(Workplace place) {
        return clock.instant().atZone(place.zone()).truncatedTo(ChronoUnit.HOURS).toInstant();
    }

    private List<StaffingAlert> withPlaces(List<Row> rows) {
        Map<UUID, Workplace> places = new HashMap<>();
        return rows.stream().map(row -> {
            Workplace place = places.computeIfAbsent(row.locationId(), workplaces::of);
            return new StaffingAlert(row.id(), StaffingAlert.Kind.fromWireName(row.kind()).orElseThrow(),
                    Alert.Severity.valueOf(row.severity().toUpperCase(java.util.Locale.ROOT)), row.locationId(), place.name(),
                    place.zone(), row.hourStart(), row.orders(), row.staffOnShift(), row.threshold(), row.raisedAt(),
                    row.acknowledgedAt(), row.acknowledgedBy(), row.resolvedAt());
        }).toList();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** An hour's orders (or expected orders) and people on shift (or planned). */
    private record Figures(BigDecimal orders, int staff) {
        static final Figures NONE = new Figures(BigDecimal.ZERO, 0);

        boolean same(Row row, String severity, BigDecimal threshold) {
            return row.severity().equals(severity) && row.orders().compareTo(orders) == 0 && row.staffOnShift() == staff
                    && row.threshold().compareTo(threshold) == 0;
        }
    }
}
