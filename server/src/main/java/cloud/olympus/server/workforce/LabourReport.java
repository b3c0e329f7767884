package cloud.olympus.server.workforce;

import cloud.olympus.server.commerce.SalesByHour;
import cloud.olympus.server.commerce.HourSales;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.internal.LabourRepository.Span;
import cloud.olympus.server.workforce.internal.LabourRepository.WorkedEntry;
import cloud.olympus.server.workforce.internal.Workplace;
import cloud.olympus.server.workforce.internal.Workplaces;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Labour against sales: for each hour of a business day at a place, the revenue and orders (as
 * {@link SalesByHour} counts them), the cost of the time worked (minutes clocked in, less breaks, at
 * each person's hourly rate; an entry still open counts until now) and how many people were clocked in.
 */
@Service
public class LabourReport {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Days far from today have nothing to report; asking for them is a mistake. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final Workplaces workplaces;
    private final SalesByHour sales;
    private final Clock clock;

    LabourReport(Workplaces workplaces, SalesByHour sales, Clock clock) {
        this.workplaces = workplaces;
        this.sales = sales;
        this.clock = clock;
    }

    /** The day at the tenant in context, or at one of its locations. */
    public LabourDay day(LocalDate date, UUID locationId) {
        requireReportable(date);
        Workplace place = workplaces.readable(locationId);
        List<LabourDay.Hour> hours = hours(place, place.dayStart(date), place.dayStart(date.plusDays(1)));
        BigDecimal revenue = sum(hours, LabourDay.Hour::revenue);
        BigDecimal cost = sum(hours, LabourDay.Hour::labourCost);
        long orders = hours.stream().mapToLong(LabourDay.Hour::orders).sum();
        int people = staffOnShift(entries(place, place.dayStart(date), place.dayStart(date.plusDays(1))),
                new Span(place.dayStart(date), place.dayStart(date.plusDays(1))));
        return new LabourDay(date, place.locationId(), place.currency(), place.zone().getId(), hours,
                new LabourDay.Totals(revenue, orders, cost, people, percent(cost, revenue)));
    }

    /** The day's labour alone at the tenant in context, or at one of its locations: no sales are read. */
    public StaffedDay staffing(LocalDate date, UUID locationId) {
        requireReportable(date);
        Workplace place = workplaces.readable(locationId);
        Instant from = place.dayStart(date);
        Instant to = place.dayStart(date.plusDays(1));
        List<WorkedEntry> worked = entries(place, from, to);
        List<StaffedDay.Hour> hours = new ArrayList<>();
        BigDecimal cost = BigDecimal.ZERO;
        for (Instant start = from; start.isBefore(to); start = start.plus(Duration.ofHours(1))) {
            Span hour = new Span(start, start.plus(Duration.ofHours(1)));
            BigDecimal hourCost = labourCost(worked, hour).setScale(place.scale(), RoundingMode.HALF_UP);
            cost = cost.add(hourCost);
            hours.add(new StaffedDay.Hour(start.atZone(place.zone()).toOffsetDateTime(), hourCost, staffOnShift(worked, hour)));
        }
        return new StaffedDay(hours, cost);
    }

    /** From the year 2000 to a year ahead. */
    void requireReportable(LocalDate date) {
        LocalDate latest = LocalDate.now(clock).plusYears(1);
        if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
            throw new InvalidInput("date must be between " + EARLIEST + " and " + latest).field("date");
        }
    }

    /** Each hour of {@code from} up to {@code to} at the place, both whole hours of its clock. */
    List<LabourDay.Hour> hours(Workplace place, Instant from, Instant to) {
        Map<LocalDateTime, HourSales> takings = TenantContext.callAs(place.locationId(),
                () -> sales.between(from, to, place.zone())).stream()
                .collect(Collectors.toMap(HourSales::hour, s -> s, (a, b) -> a));
        List<WorkedEntry> worked = entries(place, from, to);
        List<LabourDay.Hour> hours = new ArrayList<>();
        for (Instant start = from; start.isBefore(to); start = start.plus(Duration.ofHours(1))) {
            Span hour = new Span(start, start.plus(Duration.ofHours(1)));
            HourSales sold = takings.get(LocalDateTime.ofInstant(start, place.zone()));
            BigDecimal revenue = sold == null ? BigDecimal.ZERO.setScale(place.scale()) : sold.revenue().setScale(place.scale(),
                    RoundingMode.HALF_UP);
            BigDecimal cost = labourCost(worked, hour).setScale(place.scale(), RoundingMode.HALF_UP);
            hours.add(new LabourDay.Hour(start.atZone(place.zone()).toOffsetDateTime(), revenue, sold == null ? 0 : sold.orders(),
                    cost, staffOnShift(worked, hour), percent(cost, revenue)));
        }
        return hours;
    }

    private List<WorkedEntry> entries(Workplace place, Instant from, Instant to) {
        Instant now = clock.instant();
        return workplaces.readAcross(place, labour -> labour.worked(place.locationId(), from, to, now));
    }

    /** The worked seconds of each entry within the hour, less its breaks within it, at the person's rate. */
    private static BigDecimal labourCost(List<WorkedEntry> worked, Span hour) {
        BigDecimal cost = BigDecimal.ZERO;
        for (WorkedEntry entry : worked) {
            Span clocked = overlap(entry.clocked(), hour);
            if (clocked == null) {
                continue;
            }
            long seconds = seconds(clocked);
            for (Span pause : entry.breaks()) {
                Span paused = overlap(pause, clocked);
                seconds -= paused == null ? 0 : seconds(paused);
            }
            cost = cost.add(entry.hourlyRate().multiply(BigDecimal.valueOf(Math.max(0, seconds))));
        }
        return cost.divide(SECONDS_PER_HOUR, 6, RoundingMode.HALF_UP);
    }

    /** The distinct people clocked in at some moment of the span. */
    static int staffOnShift(List<WorkedEntry> worked, Span span) {
        Set<UUID> people = new HashSet<>();
        for (WorkedEntry entry : worked) {
            if (overlap(entry.clocked(), span) != null) {
                people.add(entry.staffId());
            }
        }
        return people.size();
    }

    static Span overlap(Span a, Span b) {
        Instant from = a.from().isAfter(b.from()) ? a.from() : b.from();
        Instant to = a.to().isBefore(b.to()) ? a.to() : b.to();
        return from.isBefore(to) ? new Span(from, to) : null;
    }

    private static long seconds(Span span) {
        return Duration.between(span.from(), span.to()).toSeconds();
    }

    private static BigDecimal percent(BigDecimal cost, BigDecimal revenue) {
        return revenue.signum() > 0 ? cost.multiply(HUNDRED).divide(revenue, 1, RoundingMode.HALF_UP) : null;
    }

    private static BigDecimal sum(List<LabourDay.Hour> hours, Function<LabourDay.Hour, BigDecimal> value) {
        return hours.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
