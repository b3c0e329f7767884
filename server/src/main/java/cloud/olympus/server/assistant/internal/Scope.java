package cloud.olympus.server.assistant.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an answer covers: the place, the days (both included), how many rows to list, and the
 * product or category the question narrowed it to; with the phrases to say it in.
 */
public record Scope(Place place, LocalDate from, LocalDate to, int limit, Vocabulary.Name product, String category,
                    Phrases say) {

    String period() {
        return say.period(from, to, place.today());
    }

    /** The filters of the declarative query. */
    Map<String, Object> filters() {
        Map<String, Object> filters = new LinkedHashMap<>();
        if (place.locations().isEmpty()) {
            filters.put("location_id", place.tenantId().toString());
        }
        if (product != null) {
            filters.put("item_id", product.id().toString());
        }
        if (category != null) {
            filters.put("category", category);
        }
        return filters;
    }
}
