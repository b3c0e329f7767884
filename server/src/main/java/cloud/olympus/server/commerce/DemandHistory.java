package cloud.olympus.server.commerce;

import cloud.olympus.server.commerce.internal.DemandRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the orders of the tenant in context say about demand, per business day: the units of each item
 * sold, and how often each customer comes and what they spend. Counts completed orders only, net of
 * the units and money refunded, as {@link DailySales} counts a day.
 */
@Service
public class DemandHistory {

    /** Units of an item sold on a business day. */
    public record ItemDay(UUID itemId, LocalDate date, long units) {
    }

    /**
     * A customer's visits since a day: the business days they bought something on, the first and
     * last of those days, and what they spent (net of refunds).
     */
    public record CustomerVisits(UUID customerId, int visits, LocalDate firstVisit, LocalDate lastVisit, BigDecimal spend) {
    }

    private final DemandRepository repository;

    DemandHistory(DemandRepository repository) {
        this.repository = repository;
    }

    /** Every item's units per business day from {@code from} to {@code to}, both included; days without sales are left out. */
    @Transactional(readOnly = true)
    public List<ItemDay> unitsPerDay(LocalDate from, LocalDate to) {
        return repository.unitsPerDay(null, from, to);
    }

    /** One item's units per business day from {@code from} to {@code to}, both included; days without sales are left out. */
    @Transactional(readOnly = true)
    public List<ItemDay> unitsPerDay(UUID itemId, LocalDate from, LocalDate to) {
        return repository.unitsPerDay(itemId, from, to);
    }

    /** Each customer who bought something from {@code since} on, with their visits over that time. */
    @Transactional(readOnly = true)
    public List<CustomerVisits> customerVisits(LocalDate since) {
        return repository.customerVisits(since);
    }
}
