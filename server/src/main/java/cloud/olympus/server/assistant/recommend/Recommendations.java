package cloud.olympus.server.assistant.recommend;

import cloud.olympus.model.alerts.Alert;
import cloud.olympus.server.analytics.forecast.Forecasts;
import cloud.olympus.server.analytics.forecast.StockOutRisk;
import cloud.olympus.server.assistant.recommend.Recommendation.Action;
import cloud.olympus.server.assistant.recommend.Recommendation.Figure;
import cloud.olympus.server.assistant.recommend.Recommendation.Kind;
import cloud.olympus.server.assistant.recommend.Recommendation.Priority;
import cloud.olympus.server.customer.LapsedCustomers;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.Shift;
import cloud.olympus.server.workforce.StaffingAlert;
import cloud.olympus.server.workforce.StaffingAlerts;
import cloud.olympus.server.workforce.Schedule;
import cloud.olympus.server.workforce.WorkforceRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Recommendations for a place, each computed from its data and showing its numbers:
 * <ul>
 * <li>{@code reorder}: the items {@link StockOutRisk} sees running out within {@link #DAYS_AHEAD} days,
 * soonest first; high priority when out today or tomorrow, medium within {@link #MEDIUM_DAYS} days.</li>
 * <li>{@code add_staff}: per day of the coming week that has a plan, its busiest hour whose forecast
 * orders exceed what the people planned can take, by workforce's own rule ({@link StaffingAlert#severity}
 * against the business's {@code orders_per_staff_hour}); high priority when that rule calls it critical.
 * Days with no planned shift at all are left out: a business that does not plan in Olympus has nothing to add to.</li>
 * <li>{@code win_back}: the regular customers who stopped coming ({@link LapsedCustomers}), their
 * monthly spend while they came as the expected impact.</li>
 * </ul>
 */
@Service
public class Recommendations {

    static final int DAYS_AHEAD = 7;
    static final int MEDIUM_DAYS = 3;
    static final int WIN_BACK_LISTED = 50;

    private final Forecasts forecasts;
    private final StockOutRisk stock;
    private final Schedule schedule;
    private final WorkforceRules rules;
    private final LapsedCustomers lapsed;
    private final Tenants tenants;

    Recommendations(Forecasts forecasts, StockOutRisk stock, Schedule schedule, WorkforceRules rules, LapsedCustomers lapsed,
                    Tenants tenants) {
        this.forecasts = forecasts;
        this.stock = stock;
        this.schedule = schedule;
        this.rules = rules;
        this.lapsed = lapsed;
        this.tenants = tenants;
    }

    /** For the tenant in context (null) or one of its locations, the most urgent first within each kind. */
    public List<Recommendation> forPlace(UUID locationId) {
        UUID caller = TenantContext.require();
        UUID place = forecasts.place(locationId);
        return TenantContext.callAs(place, () -> {
            TenantSettings settings = tenants.settingsOf(place);
            LocalDate today = forecasts.today();
            List<Recommendation> all = new ArrayList<>();
            all.addAll(reorders(place, today, settings));
            all.addAll(staffing(caller, place, today, settings));
            winBack(today, settings).ifPresent(all::add);
            return all;
        });
    }

    private List<Recommendation> reorders(UUID place, LocalDate today, TenantSettings settings) {
        String currency = settings.currency().getCurrencyCode();
        List<Recommendation> out = new ArrayList<>();
        for (StockOutRisk.Risk risk : stock.forItems(place, today, today.plusDays(DAYS_AHEAD - 1))) {
            Priority priority = risk.daysToStockOut() <= 1 ? Priority.HIGH
                    : risk.daysToStockOut() <= MEDIUM_DAYS ? Priority.MEDIUM : Priority.LOW;
            BigDecimal shortUnits = risk.expectedDemand().subtract(BigDecimal.valueOf(risk.onHand())).max(BigDecimal.ZERO);
            BigDecimal sales = risk.unitPrice() == null ? null
                    : shortUnits.multiply(risk.unitPrice()).setScale(settings.scale(), RoundingMode.HALF_UP);
            out.add(new Recommendation(Kind.REORDER, priority, "Reorder " + risk.name(),
                    risk.onHand() + " on hand against " + risk.expectedDemand() + " expected to sell in the next " + DAYS_AHEAD
                            + " days: runs out " + (risk.daysToStockOut() == 0 ? "today" : "on " + risk.runsOutOn()) + ". "
                            + risk.reorderQuantity() + " covers the week with " + risk.safetyStock() + " safety stock"
                            + (risk.maxStock() == null ? "." : " and fills up to the maximum of " + risk.maxStock() + "."),
                    sales == null ? shortUnits + " units of demand met"
                            : shortUnits + " units of demand met, about " + sales.toPlainString() + " " + currency + " of sales",
                    List.of(new Figure("on_hand", risk.onHand(), "units"),
                            new Figure("expected_demand", risk.expectedDemand(), "units"),
                            new Figure("runs_out_on", risk.runsOutOn(), "date"),
                            new Figure("days_to_stock_out", risk.daysToStockOut(), "days"),
                            new Figure("safety_stock", risk.safetyStock(), "units"),
                            new Figure("reorder_quantity", risk.reorderQuantity(), "units")),
                    new Action("reorder", risk.itemId(), risk.reorderQuantity(), null, null, null)));
        }
        return out;
    }

    private List<Recommendation> staffing(UUID caller, UUID place, LocalDate today, TenantSettings settings) {
        BigDecimal threshold = Optional.ofNullable(rules.get().ordersPerStaffHour()).orElse(StaffingAlerts.DEFAULT_ORDERS_PER_STAFF_HOUR);
        List<Recommendation> out = new ArrayList<>();
        for (Forecasts.HourlyOrders day : forecasts.hourlyOrders(today.minusDays(1), DAYS_AHEAD)) {
            Instant start = day.date().atTime(settings.businessDayStart()).atZone(settings.zone()).toInstant();
            List<Shift> shifts = planned(caller, place, start, start.plusSeconds(24 * 3600));
            if (shifts.isEmpty()) {
                continue;
            }
            Peak worst = null;
            int shortHours = 0;
            for (int offset = 0; offset < 24; offset++) {
                Instant hourStart = start.plusSeconds(3600L * offset);
                int hour = hourStart.atZone(settings.zone()).getHour();
                BigDecimal expected = BigDecimal.valueOf(day.expected()[hour]).setScale(1, RoundingMode.HALF_UP);
                int staff = staffIn(shifts, hourStart);
                Optional<Alert.Severity> severity = StaffingAlert.severity(expected, staff, threshold);
                if (severity.isPresent()) {
                    shortHours++;
                    int needed = expected.divide(threshold, 0, RoundingMode.CEILING).intValue() - staff;
                    if (worst == null || needed > worst.needed()) {
                        worst = new Peak(hour, expected, staff, Math.max(1, needed), severity.get());
                    }
                }
            }
            if (worst != null) {
                out.add(addStaff(day.date(), worst, shortHours, threshold));
            }
        }
        return out;
    }

    private static Recommendation addStaff(LocalDate date, Peak peak, int shortHours, BigDecimal threshold) {
        return new Recommendation(Kind.ADD_STAFF, peak.severity() == Alert.Severity.CRITICAL ? Priority.HIGH : Priority.MEDIUM,
                "Add " + peak.needed() + " staff on " + date + " at " + String.format("%02d:00", peak.hour()),
                peak.expected() + " orders expected at " + String.format("%02d:00", peak.hour()) + " for " + peak.staff()
                        + " planned; one person takes " + threshold.stripTrailingZeros().toPlainString() + " orders an hour. "
                        + shortHours + (shortHours == 1 ? " hour" : " hours") + " of that day are short.",
                "about " + peak.needed() * threshold.intValue() + " more orders an hour handled at the peak",
                List.of(new Figure("expected_orders", peak.expected(), "orders"),
                        new Figure("planned_staff", peak.staff(), "people"),
                        new Figure("orders_per_staff_hour", threshold, "orders"),
                        new Figure("short_hours", shortHours, "hours"),
                        new Figure("staff_to_add", peak.needed(), "people")),
                new Action("add_shift", null, peak.needed(), date, peak.hour(), null));
    }

    private Optional<Recommendation> winBack(LocalDate today, TenantSettings settings) {
        List<LapsedCustomers.Lapsed> away = lapsed.asOf(today);
        if (away.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal monthly = away.stream().map(LapsedCustomers.Lapsed::monthlySpend).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(settings.scale(), RoundingMode.HALF_UP);
        String currency = settings.currency().getCurrencyCode();
        double typicalAway = away.stream().mapToLong(LapsedCustomers.Lapsed::daysAway).sorted().skip(away.size() / 2).findFirst().orElse(0);
        Priority priority = away.size() >= 10 ? Priority.HIGH : away.size() >= 3 ? Priority.MEDIUM : Priority.LOW;
        return Optional.of(new Recommendation(Kind.WIN_BACK, priority,
                "Win back " + away.size() + (away.size() == 1 ? " regular customer" : " regular customers"),
                away.size() + (away.size() == 1 ? " customer who came " : " customers who came ") + "at least "
                        + LapsedCustomers.MIN_VISITS + " times has stayed away more than twice their usual interval (typically "
                        + (long) typicalAway + " days now).",
                monthly.toPlainString() + " " + currency + " a month, what they spent while they came",
                List.of(new Figure("customers", away.size(), "customers"),
                        new Figure("monthly_spend", monthly, currency),
                        new Figure("typical_days_away", (long) typicalAway, "days")),
                new Action("contact_customers", null, null, null, null,
                        away.stream().limit(WIN_BACK_LISTED).map(LapsedCustomers.Lapsed::customerId).toList())));
    }

    /** The shifts at the place with someone on them, kept by the business acting or the place itself. */
    private List<Shift> planned(UUID caller, UUID place, Instant from, Instant to) {
        Map<UUID, Shift> shifts = new HashMap<>();
        for (UUID owner : caller.equals(place) ? List.of(place) : List.of(caller, place)) {
            TenantContext.callAs(owner, () -> schedule.list(from, to, place, null, false))
                    .stream().filter(s -> !s.isOpen()).forEach(s -> shifts.put(s.id(), s));
        }
        return List.copyOf(shifts.values());
    }

    private static int staffIn(List<Shift> shifts, Instant hourStart) {
        Instant hourEnd = hourStart.plusSeconds(3600);
        return (int) shifts.stream().filter(s -> s.startsAt().isBefore(hourEnd) && s.endsAt().isAfter(hourStart))
                .map(Shift::staffId).distinct().count();
    }

    private record Peak(int hour, BigDecimal expected, int staff, int needed, Alert.Severity severity) {
    }
}
