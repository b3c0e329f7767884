package cloud.olympus.server.assistant.recommend;

import cloud.olympus.model.alerts.Alert;
import cloud.olympus.server.analytics.forecast.Forecasts;
import cloud.olympus.server.analytics.forecast.StockOutRisk;
import cloud.olympus.server.assistant.internal.Language;
import cloud.olympus.server.assistant.internal.Phrases;
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

    /**
     * For the tenant in context (null) or one of its locations, the most urgent first within each kind,
     * worded in {@code language}.
     */
    public List<Recommendation> forPlace(UUID locationId, Language language) {
        UUID caller = TenantContext.require();
        UUID place = forecasts.place(locationId);
        return TenantContext.callAs(place, () -> {
            TenantSettings settings = tenants.settingsOf(place);
            LocalDate today = forecasts.today();
            RecommendationWriter write = new RecommendationWriter(new Phrases(language, settings.currency(), settings.scale()), today,
                    settings.scale(), settings.currency().getCurrencyCode());
            List<Recommendation> all = new ArrayList<>();
            all.addAll(reorders(place, today, write));
            all.addAll(staffing(caller, place, today, settings, write));
            winBack(today, write).ifPresent(all::add);
            return all;
        });
    }

    private List<Recommendation> reorders(UUID place, LocalDate today, RecommendationWriter write) {
        return stock.forItems(place, today, today.plusDays(DAYS_AHEAD - 1)).stream()
                .map(risk -> write.reorder(risk, DAYS_AHEAD, MEDIUM_DAYS)).toList();
    }

    private List<Recommendation> staffing(UUID caller, UUID place, LocalDate today, TenantSettings settings,
                                          RecommendationWriter write) {
        BigDecimal threshold = Optional.ofNullable(rules.get().ordersPerStaffHour()).orElse(StaffingAlerts.DEFAULT_ORDERS_PER_STAFF_HOUR);
        List<Recommendation> out = new ArrayList<>();
        for (Forecasts.HourlyOrders day : forecasts.hourlyOrders(today.minusDays(1), DAYS_AHEAD)) {
            Instant start = day.date().atTime(settings.businessDayStart()).atZone(settings.zone()).toInstant();
            List<Shift> shifts = planned(caller, place, start, start.plusSeconds(24 * 3600));
            if (shifts.isEmpty()) {
                continue;
            }
            RecommendationWriter.Peak worst = null;
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
                        worst = new RecommendationWriter.Peak(hour, expected, staff, Math.max(1, needed), severity.get());
                    }
                }
            }
            if (worst != null) {
                out.add(write.addStaff(day.date(), worst, shortHours, threshold));
            }
        }
        return out;
    }

    private Optional<Recommendation> winBack(LocalDate today, RecommendationWriter write) {
        List<LapsedCustomers.Lapsed> away = lapsed.asOf(today);
        return away.isEmpty() ? Optional.empty() : Optional.of(write.winBack(away, WIN_BACK_LISTED));
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
}
