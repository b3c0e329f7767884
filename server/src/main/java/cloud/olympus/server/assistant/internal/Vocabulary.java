package cloud.olympus.server.assistant.internal;

import java.util.List;
import java.util.UUID;

/** The names a question may mention: the business's products, categories and locations. */
public record Vocabulary(List<Name> products, List<Name> categories, List<Name> locations) {

    /** A name and what it names; categories are known by name alone, so their id is null. */
    public record Name(UUID id, String name) {
    }

    public static final Vocabulary NONE = new Vocabulary(List.of(), List.of(), List.of());

    public Vocabulary {
        products = List.copyOf(products);
        categories = List.copyOf(categories);
        locations = List.copyOf(locations);
    }
}
