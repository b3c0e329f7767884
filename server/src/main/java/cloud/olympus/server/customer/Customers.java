package cloud.olympus.server.customer;

import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.customer.internal.ProfileRepository;
import cloud.olympus.server.customer.internal.ProfileRepository.LedgerEntry;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.domain.Input;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customers of the tenant in context. */
@Service
public class Customers {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern TAG = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,49}$");

    private final ProfileRepository profiles;
    private final Tenants tenants;
    private final java.time.Clock clock;

    Customers(ProfileRepository profiles, Tenants tenants, java.time.Clock clock) {
        this.clock = clock;
        this.profiles = profiles;
        this.tenants = tenants;
    }

    @Transactional
    public Customer create(CustomerDetails details) {
        UUID id = UUID.randomUUID();
        Customer customer = checked(new Customer(id, details.externalId().orElse(null), details.firstName().orElse(null),
                details.lastName().orElse(null), details.email().orElse(null), details.phone().orElse(null), null, 0,
                BigDecimal.ZERO, details.preferences().orElse(Map.of()), details.tags().orElse(List.of()), clock.instant(),
                clock.instant()));
        profiles.insertAll(List.of(customer));
        return profiles.find(id).map(this::scaled).orElseThrow();
    }

    /** Adds many customers at once (an import), each checked as one added by hand would be. */
    @Transactional
    public List<Customer> importAll(List<CustomerDetails> all, Instant since) {
        List<Customer> customers = all.stream().map(d -> checked(new Customer(UUID.randomUUID(), d.externalId().orElse(null),
                d.firstName().orElse(null), d.lastName().orElse(null), d.email().orElse(null), d.phone().orElse(null), null, 0,
                BigDecimal.ZERO, d.preferences().orElse(Map.of()), d.tags().orElse(List.of()), since, since))).toList();
        long distinctEmails = customers.stream().map(Customer::email).filter(java.util.Objects::nonNull).distinct().count();
        if (distinctEmails != customers.stream().map(Customer::email).filter(java.util.Objects::nonNull).count()) {
            throw new Conflict("The imported customers repeat an email");
        }
        profiles.insertAll(customers);
        return customers;
    }

    @Transactional(readOnly = true)
    public Optional<Customer> find(UUID id) {
        return profiles.find(id).map(this::scaled);
    }

    @Transactional(readOnly = true)
    public List<Customer> page(String query, String tag, String afterKey, UUID afterId, int limit) {
        return profiles.page(query == null || query.isBlank() ? null : query.trim(),
                tag == null || tag.isBlank() ? null : tag.trim().toLowerCase(Locale.ROOT), afterKey, afterId, limit)
                .stream().map(this::scaled).toList();
    }

    @Transactional
    public Customer update(UUID id, CustomerDetails changes) {
        Customer c = profiles.findForUpdate(id).orElseThrow(() -> new CustomerNotFound());
        Customer changed = checked(new Customer(id, changes.externalId().or(() -> Optional.ofNullable(c.externalId())).orElse(null),
                changes.firstName().or(() -> Optional.ofNullable(c.firstName())).orElse(null),
                changes.lastName().or(() -> Optional.ofNullable(c.lastName())).orElse(null),
                changes.email().or(() -> Optional.ofNullable(c.email())).orElse(null),
                changes.phone().or(() -> Optional.ofNullable(c.phone())).orElse(null), c.loyaltyTier(), c.loyaltyPoints(),
                c.lifetimeValue(), changes.preferences().orElse(c.preferences()), changes.tags().orElse(c.tags()),
                c.createdAt(), clock.instant()));
        profiles.updateDetails(changed);
        return profiles.find(id).map(this::scaled).orElseThrow();
    }

    /** A customer's latest changes of points, newest first: a page as long as a page may be. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> loyaltyHistory(UUID id) {
        return loyaltyHistory(id, null, cloud.olympus.server.shared.web.Page.MAX_LIMIT);
    }

    /**
     * A customer's changes of points, newest first, at most {@code limit}; with {@code before} (an
     * entry of their ledger), those older than it. An entry that is not theirs is refused.
     */
    @Transactional(readOnly = true)
    public List<LedgerEntry> loyaltyHistory(UUID id, UUID before, int limit) {
        profiles.find(id).orElseThrow(() -> new CustomerNotFound());
        if (before != null && !profiles.hasLedgerEntry(id, before)) {
            throw new cloud.olympus.server.shared.domain.InvalidInput("before is not an entry of this customer's points history");
        }
        return profiles.ledger(id, before, limit);
    }

    /** Money at the tenant's currency scale. */
    private Customer scaled(Customer c) {
        int scale = tenants.settingsOf(TenantContext.require()).scale();
        return new Customer(c.id(), c.externalId(), c.firstName(), c.lastName(), c.email(), c.phone(), c.loyaltyTier(),
                c.loyaltyPoints(), c.lifetimeValue().setScale(scale, java.math.RoundingMode.HALF_UP), c.preferences(), c.tags(),
                c.createdAt(), c.updatedAt());
    }

    private Customer checked(Customer c) {
        String email = Input.trimmedOrNull(c.email());
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                throw new InvalidInput("email must be an email address").field("email");
            }
            if (profiles.emailTaken(email, c.id())) {
                throw new Conflict("Another customer already has email " + email).field("email");
            }
        }
        String first = Input.trimmedOrNull(c.firstName());
        String last = Input.trimmedOrNull(c.lastName());
        String phone = Input.trimmedOrNull(c.phone());
        if (first == null && last == null && email == null && phone == null) {
            throw new InvalidInput("A customer needs a name, an email or a phone number");
        }
        List<String> tags = c.tags().stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).distinct().toList();
        tags.stream().filter(t -> !TAG.matcher(t).matches()).findFirst().ifPresent(bad -> {
            throw new InvalidInput("tag '" + bad + "' may hold only letters, digits, - and _").field("tags");
        });
        return new Customer(c.id(), Input.trimmedOrNull(c.externalId()), first, last, email, phone, c.loyaltyTier(), c.loyaltyPoints(),
                c.lifetimeValue(), c.preferences(), tags, c.createdAt(), c.updatedAt());
    }
}
