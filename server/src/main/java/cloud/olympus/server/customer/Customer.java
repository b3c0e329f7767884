package cloud.olympus.server.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer of one tenant, with their loyalty standing. The standing (points, lifetime spend, tier)
 * changes only with the loyalty ledger, never when the customer's details are stored.
 */
@Table(schema = "customer", name = "profiles")
public final class Customer {

    @Id
    private final UUID id;
    private final String externalId;
    private final String firstName;
    private final String lastName;
    private final String email;
    private final String phone;
    @ReadOnlyProperty
    private final String loyaltyTier;
    @ReadOnlyProperty
    private final long loyaltyPoints;
    @ReadOnlyProperty
    private final BigDecimal lifetimeValue;
    private final Preferences preferences;
    private final List<String> tags;
    private final Instant createdAt;
    private final Instant updatedAt;

    public Customer(UUID id, String externalId, String firstName, String lastName, String email, String phone, String loyaltyTier,
                    long loyaltyPoints, BigDecimal lifetimeValue, Map<String, Object> preferences, List<String> tags,
                    Instant createdAt, Instant updatedAt) {
        this(id, externalId, firstName, lastName, email, phone, loyaltyTier, loyaltyPoints, lifetimeValue,
                new Preferences(preferences), tags, createdAt, updatedAt);
    }

    @PersistenceCreator
    Customer(UUID id, String externalId, String firstName, String lastName, String email, String phone, String loyaltyTier,
             long loyaltyPoints, BigDecimal lifetimeValue, Preferences preferences, List<String> tags, Instant createdAt,
             Instant updatedAt) {
        this.id = id;
        this.externalId = externalId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.phone = phone;
        this.loyaltyTier = loyaltyTier;
        this.loyaltyPoints = loyaltyPoints;
        this.lifetimeValue = lifetimeValue;
        this.preferences = preferences;
        this.tags = tags == null ? List.of() : List.copyOf(tags);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A customer's preferences as they are stored: a JSON object. */
    public record Preferences(@JsonValue Map<String, Object> all) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Preferences {
            all = all == null ? Map.of() : all;
        }
    }

    public UUID id() {
        return id;
    }

    public String externalId() {
        return externalId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String loyaltyTier() {
        return loyaltyTier;
    }

    public long loyaltyPoints() {
        return loyaltyPoints;
    }

    public BigDecimal lifetimeValue() {
        return lifetimeValue;
    }

    public Map<String, Object> preferences() {
        return preferences.all();
    }

    public List<String> tags() {
        return tags;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
