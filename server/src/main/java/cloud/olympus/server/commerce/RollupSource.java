package cloud.olympus.server.commerce;

import cloud.olympus.server.commerce.internal.RollupSourceRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the tenant in context has sold, summed as reports roll it up, for rebuilding those
 * rollups from the orders: an order belongs to the hour it happened in (rung on the till, or placed)
 * on the business's clock, a refund to its order's hour. Sales are the completed orders; refunds
 * count whatever their order's status, as {@link SalesByHour} counts them. Read the methods in one
 * repeatable-read transaction for one consistent picture.
 */
@Service
public class RollupSource {

    private final RollupSourceRepository repository;

    RollupSource(RollupSourceRepository repository) {
        this.repository = repository;
    }

    /** Per hour and item: units sold less units refunded, line totals less refunded line amounts. */
    public record ProductHour(LocalDateTime hour, UUID productId, long quantity, BigDecimal revenue) {
    }

    /** Per hour and method: what was paid that way on completed orders less what was refunded that way, and the payments. */
    public record PaymentHour(LocalDateTime hour, String method, BigDecimal amount, long payments) {
    }

    /** A customer's completed orders on one day of the business's clock and what they came to. */
    public record CustomerDay(UUID customerId, LocalDate day, long orders, BigDecimal spent) {
    }

    /** The completed orders and the refunds these figures count. */
    public record Counted(List<UUID> completedOrders, List<UUID> refunds) {
    }

    @Transactional(readOnly = true)
    public List<ProductHour> products(ZoneId zone) {
        return repository.products(zone);
    }

    @Transactional(readOnly = true)
    public List<PaymentHour> payments(ZoneId zone) {
        return repository.payments(zone);
    }

    @Transactional(readOnly = true)
    public List<CustomerDay> customerDays(ZoneId zone) {
        return repository.customerDays(zone);
    }

    @Transactional(readOnly = true)
    public Counted counted() {
        return new Counted(repository.completedOrders(), repository.refunds());
    }
}
