package cloud.olympus.client.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Something worth doing, as {@code GET /api/v1/assistant/recommendations} answers it: its kind
 * ({@code reorder}, {@code add_staff}, {@code win_back}), priority ({@code high}, {@code medium},
 * {@code low}), why, what it is expected to bring, the figures behind it and the action to offer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Recommendation(String kind, String priority, String title, String reason, String expectedImpact,
                             List<Answer.Figure> figures, Action action) {

    public Recommendation {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** What a client may do about it; only the fields its {@code type} needs are set. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String type, UUID itemId, Integer quantity, LocalDate date, Integer hour, List<UUID> customerIds) {
    }
}
