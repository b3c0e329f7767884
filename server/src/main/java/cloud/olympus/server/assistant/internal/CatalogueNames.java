package cloud.olympus.server.assistant.internal;

import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.platform.Tenant;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.util.List;
import org.springframework.stereotype.Component;

/** The names a question may use at a place: its catalogue's items and categories, and the business's locations. */
@Component
public class CatalogueNames {

    private final Catalogue catalogue;

    CatalogueNames(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Vocabulary of(java.util.UUID place, List<Tenant> locations) {
        return TenantContext.callAs(place, () -> {
            List<Item> items = CatalogueItems.all(catalogue);
            List<Vocabulary.Name> products = items.stream().map(i -> new Vocabulary.Name(i.id(), i.name())).toList();
            List<Vocabulary.Name> categories = catalogue.categories().stream().map(c -> new Vocabulary.Name(null, c)).toList();
            List<Vocabulary.Name> places = locations.stream().map(t -> new Vocabulary.Name(t.id(), t.name())).toList();
            return new Vocabulary(products, categories, places);
        });
    }
}
