package cloud.olympus.client.backoffice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A customer as the back office sees them: details, tags, and their loyalty standing. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerProfile(UUID id, String externalId, String firstName, String lastName, String email, String phone,
                              String loyaltyTier, long loyaltyPoints, BigDecimal lifetimeValue, Map<String, Object> preferences,
                              List<String> tags, Instant createdAt) {

    public CustomerProfile {
        tags = tags == null ? List.of() : List.copyOf(tags);
        preferences = preferences == null ? Map.of() : Map.copyOf(preferences);
    }

    /** The name to show: first and last name, else the email or phone; empty for an erased customer. */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        if (!name.isEmpty()) {
            return name;
        }
        return email != null ? email : phone != null ? phone : "";
    }
}
