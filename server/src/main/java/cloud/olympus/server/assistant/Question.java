package cloud.olympus.server.assistant;

import java.util.UUID;

/**
 * A question, in a language if the asker says which (en, es, fr or de), about the acting business or
 * one of its locations.
 */
public record Question(String text, String language, UUID locationId) {
}
