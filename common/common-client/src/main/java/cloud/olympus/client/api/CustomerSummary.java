package cloud.olympus.client.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.UUID;

/** A customer as the till shows them when attaching them to a sale. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerSummary(UUID id, String firstName, String lastName, String email, String phone, String loyaltyTier,
                              int loyaltyPoints, BigDecimal lifetimeValue) {

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? (email != null ? email : phone) : name;
    }
}
