package cloud.olympus.server.customer;

import cloud.olympus.server.commerce.DemandHistory;
import cloud.olympus.server.commerce.DemandHistory.CustomerVisits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Regular customers of the tenant in context who have stopped coming: at least {@link #MIN_VISITS}
 * visits (business days with a purchase) in the last {@link #LOOKBACK_DAYS} days, and now twice their
 * usual interval (the days between their first and last visit over the gaps between visits), and at
 * least {@link #MIN_ABSENCE_DAYS}, since the last one. What they spent a month while they came is what
 * winning them back is worth.
 */
@Service
public class LapsedCustomers {

    public static final int LOOKBACK_DAYS = 180;
    public static final int MIN_VISITS = 3;
    public static final int MIN_ABSENCE_DAYS = 14;
    private static final BigDecimal MONTH_DAYS = new BigDecimal("30");

    /** A customer at risk: their visits, usual interval, days away and monthly spend while they came. */
    public record Lapsed(UUID customerId, int visits, LocalDate lastVisit, double usualIntervalDays, long daysAway,
                         BigDecimal monthlySpend) {
    }

    private final DemandHistory demand;

    LapsedCustomers(DemandHistory demand) {
        this.demand = demand;
    }

    /** As of {@code today}, the most valuable first. */
    public List<Lapsed> asOf(LocalDate today) {
        return demand.customerVisits(today.minusDays(LOOKBACK_DAYS)).stream()
                .filter(v -> v.visits() >= MIN_VISITS)
                .map(v -> lapsed(v, today))
                .filter(l -> l.daysAway() >= MIN_ABSENCE_DAYS && l.daysAway() > 2 * l.usualIntervalDays())
                .sorted(Comparator.comparing(Lapsed::monthlySpend).reversed().thenComparing(Lapsed::customerId))
                .toList();
    }

    private static Lapsed lapsed(CustomerVisits visits, LocalDate today) {
        long span = visits.lastVisit().toEpochDay() - visits.firstVisit().toEpochDay();
        double interval = (double) span / (visits.visits() - 1);
        // The time they were a customer: first visit to one usual interval after the last.
        BigDecimal active = BigDecimal.valueOf(Math.max(1, span + interval));
        BigDecimal monthly = visits.spend().multiply(MONTH_DAYS).divide(active, 2, RoundingMode.HALF_UP);
        return new Lapsed(visits.customerId(), visits.visits(), visits.lastVisit(), interval,
                today.toEpochDay() - visits.lastVisit().toEpochDay(), monthly);
    }
}
