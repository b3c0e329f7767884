package cloud.olympus.server.customer;

import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.commerce.CustomerAccounts;
import cloud.olympus.server.customer.internal.ProfileRepository;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Points in and out. Every change is booked in the loyalty ledger under its source (order,
 * payment, refund); a source booked twice changes nothing the second time, which is what makes
 * the order events' at-least-once delivery safe.
 */
@Service
public class Loyalty implements CustomerAccounts {

    private final ProfileRepository profiles;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;

    Loyalty(ProfileRepository profiles, Tenants tenants, ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.tenants = tenants;
        this.events = events;
    }

    public LoyaltyRules rules() {
        return LoyaltyRules.from(tenants.settingsOf(TenantContext.require()).section("loyalty"));
    }

    /**
     * A completed order's money spend earns points (when the business has the loyalty feature) and adds
     * to lifetime spend; answers false if it had already.
     */
    @Transactional
    public boolean accrue(UUID customerId, UUID orderId, BigDecimal total) {
        UUID tenant = TenantContext.require();
        Customer customer = profiles.findForUpdate(customerId).orElse(null);
        if (customer == null || profiles.erasedAt(customerId).isPresent()) {
            return false;
        }
        LoyaltyRules rules = rules();
        // Without the loyalty feature the spend still counts (tiers follow it), but it earns no points.
        long points = tenants.settingsOf(tenant).has("loyalty") ? rules.pointsFor(total) : 0;
        if (!profiles.book(tenant, customerId, "accrual", orderId, points, total)) {
            return false;
        }
        BigDecimal lifetime = customer.lifetimeValue().add(total);
        String tier = rules.tierFor(lifetime).orElse(customer.loyaltyTier());
        profiles.changeStanding(customerId, points, total, tier);
        if (!Objects.equals(tier, customer.loyaltyTier())) {
            events.publishEvent(new LoyaltyTierChanged(tenant, customerId, customer.loyaltyTier(), tier));
        }
        return true;
    }

    /**
     * A refund of {@code amount} of the order {@code orderId} takes back that share of the points the
     * order's accrual booked, rounded down (so refunding an order in many small parts never takes more
     * than it earned, and an order that earned none takes none), never below zero; and the spend. The
     * tier stays. An erased customer has nothing left to take back.
     */
    @Transactional
    public boolean reverse(UUID customerId, UUID orderId, UUID refundId, BigDecimal amount) {
        UUID tenant = TenantContext.require();
        Customer customer = profiles.findForUpdate(customerId).orElse(null);
        if (customer == null || profiles.erasedAt(customerId).isPresent()) {
            return false;
        }
        long points = Math.min(customer.loyaltyPoints(), profiles.booking("accrual", orderId)
                .map(accrual -> share(accrual.points(), amount, accrual.amount())).orElse(0L));
        if (!profiles.book(tenant, customerId, "reversal", refundId, -points, amount.negate())) {
            return false;
        }
        profiles.changeStanding(customerId, -points, amount.negate(), customer.loyaltyTier());
        return true;
    }

    /** The part of {@code points} that {@code part} of {@code whole} stands for, rounded down; none of nothing. */
    private static long share(long points, BigDecimal part, BigDecimal whole) {
        if (points <= 0 || whole.signum() <= 0 || part.signum() <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(points).multiply(part.min(whole))
                .divide(whole, 0, java.math.RoundingMode.DOWN).longValueExact();
    }

    /**
     * Money refunded to a points payment gives back the share of that payment's points: as many as
     * were redeemed for the refunded part, rounded down, so refunding a payment in many small parts
     * never gives back more than it cost. The spend and tier stay; an erased customer gets none.
     */
    @Transactional
    public boolean restore(UUID customerId, UUID refundId, UUID paymentId, BigDecimal amount, BigDecimal paymentAmount) {
        UUID tenant = TenantContext.require();
        Customer customer = profiles.findForUpdate(customerId).orElse(null);
        if (customer == null || profiles.erasedAt(customerId).isPresent()) {
            return false;
        }
        long points = share(-profiles.bookedPoints("redemption", paymentId), amount, paymentAmount);
        if (points <= 0 || !profiles.book(tenant, customerId, "restoration", refundId, points, amount)) {
            return false;
        }
        profiles.changeStanding(customerId, points, BigDecimal.ZERO, customer.loyaltyTier());
        return true;
    }

    /** Money a customer spent on an order in the past, for importing history. */
    public record Earning(UUID customerId, UUID orderId, BigDecimal spent, java.time.Instant at) {
    }

    /**
     * Books the points of past orders, once per order like live ones, and brings each customer's
     * points, lifetime spend and tier up to date.
     */
    @Transactional
    public void importEarnings(java.util.List<Earning> earnings) {
        UUID tenant = TenantContext.require();
        LoyaltyRules rules = rules();
        java.util.Set<UUID> booked = profiles.alreadyBooked("accrual", earnings.stream().map(Earning::orderId).toList());
        var bookings = earnings.stream().filter(e -> !booked.contains(e.orderId()))
                .map(e -> new ProfileRepository.Booking(e.customerId(), "accrual", e.orderId(), rules.pointsFor(e.spent()),
                        e.spent(), e.at())).toList();
        profiles.bookAll(tenant, bookings);
        java.util.Map<UUID, Long> points = new java.util.HashMap<>();
        java.util.Map<UUID, BigDecimal> spent = new java.util.HashMap<>();
        for (var b : bookings) {
            points.merge(b.customerId(), b.points(), Long::sum);
            spent.merge(b.customerId(), b.amount(), BigDecimal::add);
        }
        for (var entry : spent.entrySet()) {
            Customer customer = profiles.findForUpdate(entry.getKey()).orElseThrow();
            BigDecimal lifetime = customer.lifetimeValue().add(entry.getValue());
            profiles.changeStanding(entry.getKey(), points.get(entry.getKey()), entry.getValue(),
                    rules.tierFor(lifetime).orElse(customer.loyaltyTier()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(UUID customerId) {
        return profiles.exists(customerId) && profiles.erasedAt(customerId).isEmpty();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long redeemWhatIsThere(UUID customerId, UUID paymentId, BigDecimal amount) {
        Customer customer = profiles.findForUpdate(customerId).orElse(null);
        long wanted = rules().pointsToPay(amount);
        if (customer == null) {
            return wanted;
        }
        long taken = Math.min(wanted, customer.loyaltyPoints());
        if (taken > 0) {
            profiles.book(TenantContext.require(), customerId, "redemption", paymentId, -taken, amount.negate());
            profiles.changeStanding(customerId, -taken, BigDecimal.ZERO, customer.loyaltyTier());
        }
        return wanted - taken;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long redeem(UUID customerId, UUID paymentId, BigDecimal amount) {
        Customer customer = profiles.findForUpdate(customerId).orElseThrow(() ->
                new InvalidInput("The order's customer no longer exists"));
        long points = rules().pointsToPay(amount);
        if (points > customer.loyaltyPoints()) {
            throw new Conflict("Not enough loyalty points: " + customer.loyaltyPoints() + " available, " + points + " needed")
                    .with("available_points", customer.loyaltyPoints()).with("required_points", points);
        }
        profiles.book(TenantContext.require(), customerId, "redemption", paymentId, -points, amount.negate());
        profiles.changeStanding(customerId, -points, BigDecimal.ZERO, customer.loyaltyTier());
        return points;
    }
}
