package cloud.olympus.server.customer;

import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.commerce.CustomerOrders;
import cloud.olympus.server.customer.internal.ProfileRepository;
import cloud.olympus.server.customer.internal.ProfileRepository.LedgerEntry;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person may ask of the business about the data it holds on them: a copy of all of it, and
 * its erasure. Erasing keeps the orders and their totals (the business's books) but takes the person
 * and the notes typed on them off them, leaves nothing personal in their profile, clears their points
 * with an entry in the ledger and leaves the ledger's other entries without what they were for or
 * how much; the sales rollups forget the days they bought (see {@link CustomerErased}). Erasing twice
 * is harmless: the second time finds nothing left to erase.
 */
@Service
public class CustomerPrivacy {

    private final ProfileRepository profiles;
    private final Customers customers;
    private final CustomerOrders orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerPrivacy(ProfileRepository profiles, Customers customers, CustomerOrders orders, ApplicationEventPublisher events,
                    Clock clock) {
        this.profiles = profiles;
        this.customers = customers;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    /** Everything held about one customer, as handed to them. */
    public record CustomerData(Customer profile, Instant erasedAt, List<LedgerEntry> loyaltyLedger,
                               List<CustomerOrders.Summary> orders, Instant exportedAt) {
    }

    /** What an erasure did: {@code erasedNow} is false when the customer had been erased before. */
    public record Erasure(UUID customerId, boolean erasedNow, Instant erasedAt, int ordersUnlinked, long pointsCleared) {
    }

    /** Everything held about the customer, handed to {@code actorId} (audited). */
    @Transactional
    public CustomerData export(UUID customerId, UUID actorId) {
        Customer profile = customers.find(customerId).orElseThrow(CustomerNotFound::new);
        Instant now = clock.instant();
        CustomerData data = new CustomerData(profile, profiles.erasedAt(customerId).orElse(null),
                profiles.wholeLedger(customerId), orders.of(customerId), now);
        Optional<Caller> caller = CurrentCaller.find();
        events.publishEvent(new CustomerExported(TenantContext.require(), customerId, actorId,
                caller.map(Caller::deviceId).orElse(null), now));
        return data;
    }

    /** Erases the customer's personal data at their request, by {@code actorId} (audited); a second time does nothing. */
    @Transactional
    public Erasure erase(UUID customerId, UUID actorId) {
        Customer customer = profiles.findForUpdate(customerId).orElseThrow(CustomerNotFound::new);
        Optional<Instant> before = profiles.erasedAt(customerId);
        if (before.isPresent()) {
            return new Erasure(customerId, false, before.get(), 0, 0);
        }
        Instant now = clock.instant();
        UUID tenant = TenantContext.require();
        long points = customer.loyaltyPoints();
        if (points != 0) {
            profiles.book(tenant, customerId, "erasure", customerId, -points, BigDecimal.ZERO);
            profiles.changeStanding(customerId, -points, BigDecimal.ZERO, null);
        }
        int unlinked = orders.forget(customerId);
        profiles.erase(customerId, now);
        Optional<Caller> caller = CurrentCaller.find();
        events.publishEvent(new CustomerErased(tenant, customerId, unlinked, points, actorId,
                caller.map(Caller::deviceId).orElse(null), now));
        return new Erasure(customerId, true, now, unlinked, points);
    }
}
