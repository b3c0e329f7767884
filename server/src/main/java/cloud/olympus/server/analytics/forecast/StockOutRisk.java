package cloud.olympus.server.analytics.forecast;

import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Which stocked items will run out before a day, from each item's demand forecast against what is on
 * hand (current stock less what open orders hold).
 *
 * <p>Demand counts from today (the whole of today's forecast: what sold earlier today has already left
 * the stock, so this errs towards reordering early) to {@code to}. An item runs out on the first day its
 * cumulative expected demand exceeds what is on hand.
 *
 * <p>The reorder quantity covers the expected demand up to {@code to}, taken as the next delivery, plus
 * a safety stock, less what is on hand: {@code ceil(demand + safety - onHand)}, where {@code safety} is
 * the daily intervals' upper half-widths combined as independent errors, {@code sqrt(sum((high - expected)^2))},
 * so the order covers demand up to about the 90th percentile. When the item has a {@code max_stock}
 * the order fills up to it at least ({@code max_stock - onHand}).
 */
@Service
public class StockOutRisk {

    /** How far ahead a question may look. */
    public static final int MAX_DAYS = 31;
    private static final int PAGE = 500;

    /** An item that runs out on {@code runsOutOn}, {@code daysToStockOut} days from today (0: today). */
    public record Risk(UUID itemId, String name, String sku, BigDecimal unitPrice, int onHand, Integer maxStock, BigDecimal expectedDemand,
                       BigDecimal windowDemand, BigDecimal safetyStock, LocalDate runsOutOn, int daysToStockOut,
                       int reorderQuantity, String method) {
    }

    private final Forecasts forecasts;
    private final Catalogue catalogue;

    StockOutRisk(Forecasts forecasts, Catalogue catalogue) {
        this.forecasts = forecasts;
        this.catalogue = catalogue;
    }

    /** This weekend, or the next one: the coming Saturday and Sunday (today when it is one of them). */
    public static LocalDate[] weekendFrom(LocalDate today) {
        LocalDate saturday = today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.minusDays(1)
                : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return new LocalDate[] {saturday, saturday.plusDays(1)};
    }

    /**
     * The tenant's stocked items that run out by {@code to}, soonest first; {@code windowDemand} is the
     * demand expected from {@code from} to {@code to}.
     */
    public List<Risk> forItems(UUID tenant, LocalDate from, LocalDate to) {
        return TenantContext.callAs(tenant, () -> {
            LocalDate today = forecasts.today();
            if (from.isBefore(today) || to.isBefore(from) || to.isAfter(today.plusDays(MAX_DAYS))) {
                throw new InvalidInput("the days must run from today to at most " + MAX_DAYS + " days ahead").field("to");
            }
            int steps = (int) (to.toEpochDay() - today.toEpochDay()) + 1;
            // The forecast's step 1 is the day after its date, so ask from yesterday: step 1 is today.
            Map<UUID, ItemSeries> demand = forecasts.itemsAhead(today.minusDays(1), steps);
            List<Risk> risks = new ArrayList<>();
            for (Item item : stockedItems()) {
                ItemSeries series = demand.get(item.id());
                if (series != null) {
                    risk(item, series.forecast(), today, from, steps).ifPresent(risks::add);
                }
            }
            risks.sort(Comparator.comparing(Risk::runsOutOn).thenComparing(Risk::name));
            return risks;
        });
    }

    private static java.util.Optional<Risk> risk(Item item, SeriesForecast forecast, LocalDate today, LocalDate from, int steps) {
        int onHand = Math.max(0, item.availableStock());
        double cumulative = 0;
        double window = 0;
        double spread = 0;
        LocalDate runsOut = null;
        for (int d = 0; d < steps; d++) {
            double expected = forecast.expected()[d];
            cumulative += expected;
            spread += Math.pow(forecast.high()[d] - expected, 2);
            if (!today.plusDays(d).isBefore(from)) {
                window += expected;
            }
            if (runsOut == null && cumulative > onHand) {
                runsOut = today.plusDays(d);
            }
        }
        if (runsOut == null) {
            return java.util.Optional.empty();
        }
        double safety = Math.sqrt(spread);
        int quantity = (int) Math.ceil(cumulative + safety - onHand);
        if (item.maxStock() != null) {
            quantity = Math.max(quantity, item.maxStock() - onHand);
        }
        return java.util.Optional.of(new Risk(item.id(), item.name(), item.sku(), item.unitPrice(), onHand, item.maxStock(), units(cumulative),
                units(window), units(safety), runsOut, (int) (runsOut.toEpochDay() - today.toEpochDay()), Math.max(0, quantity),
                forecast.method()));
    }

    private List<Item> stockedItems() {
        List<Item> all = new ArrayList<>();
        List<Item> page = catalogue.page(null, null, true, null, null, PAGE);
        while (!page.isEmpty()) {
            page.stream().filter(Item::trackStock).forEach(all::add);
            if (page.size() < PAGE) {
                break;
            }
            Item last = page.get(page.size() - 1);
            page = catalogue.page(null, null, true, last.name(), last.id(), PAGE);
        }
        return all;
    }

    private static BigDecimal units(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
