package cloud.olympus.client.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An item as the till sees it: what to show, what it costs, how it is taxed and modified. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogueItem(UUID id, String sku, String name, String category, BigDecimal unitPrice, String taxClass,
                            String barcode, boolean active, boolean trackStock, int availableStock, boolean openPrice,
                            List<ModifierGroup> modifierGroups, String imageUrl) {

    public CatalogueItem {
        modifierGroups = modifierGroups == null ? List.of() : List.copyOf(modifierGroups);
    }

    public boolean hasModifiers() {
        return !modifierGroups.isEmpty();
    }

    /** Out of stock for the till: counted and nothing available. */
    public boolean soldOut() {
        return trackStock && availableStock <= 0;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ModifierGroup(String name, boolean required, int minSelected, int maxSelected, List<Option> options) {
        public ModifierGroup {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Option(String name, BigDecimal priceDelta) {
    }

    /** A category as the till shows it: its tile colour (null: the till picks one) and its place. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(String name, String colour, int sortOrder) {
    }
}
