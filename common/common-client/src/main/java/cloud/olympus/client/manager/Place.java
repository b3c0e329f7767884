package cloud.olympus.client.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** One of the organisation's locations, to pick figures by. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Place(UUID id, String slug, String name) {
}
