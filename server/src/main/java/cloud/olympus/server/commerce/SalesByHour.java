package cloud.olympus.server.commerce;

import cloud.olympus.server.commerce.internal.HourlySalesRepository;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The takings of the tenant in context hour by hour, counted as {@link DailySales} counts a day:
 * completed orders and what they came to, and what has been refunded of the hour's orders. An order
 * belongs to the hour it happened in (rung on the till, or placed), on the business's clock.
 */
@Service
public class SalesByHour {

    private final HourlySalesRepository repository;

    SalesByHour(HourlySalesRepository repository) {
        this.repository = repository;
    }

    /** The hours of {@code from} up to {@code to} that had orders, each starting at a whole hour of {@code zone}; in order. */
    @Transactional(readOnly = true)
    public List<HourSales> between(Instant from, Instant to, ZoneId zone) {
        return repository.between(from, to, zone);
    }
}
