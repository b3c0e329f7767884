package cloud.olympus.server.customer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Contact details and preferences to create a customer with, or to change (empty: unchanged). */
public record CustomerDetails(Optional<String> externalId, Optional<String> firstName, Optional<String> lastName,
                              Optional<String> email, Optional<String> phone, Optional<Map<String, Object>> preferences,
                              Optional<List<String>> tags) {
}
