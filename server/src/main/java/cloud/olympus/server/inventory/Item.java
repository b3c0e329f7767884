package cloud.olympus.server.inventory;

import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.domain.InvalidInput;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A thing the business sells, which keeps its own shape: a SKU and a name, stock limits that make
 * sense, modifier groups whose choices can be made. {@code currentStock} is on hand,
 * {@code reservedStock} promised to open orders; both change only through the stock ledger, never
 * when the item is stored. Untracked items (a coffee, a haircut) are sold without counting.
 */
@Table(schema = "inventory", name = "items")
public final class Item {

    @Id
    private final UUID id;
    private final String sku;
    private final String name;
    private final String category;
    private final BigDecimal unitCost;
    private final BigDecimal unitPrice;
    @ReadOnlyProperty
    private final int currentStock;
    @ReadOnlyProperty
    private final int reservedStock;
    private final int minStock;
    private final Integer maxStock;
    private final String barcode;
    private final String taxClass;
    private final boolean active;
    private final boolean trackStock;
    private final boolean openPrice;
    private final ModifierGroups modifierGroups;
    private final LocationData locationData;
    private final String imageUrl;
    private final Instant createdAt;
    private final Instant updatedAt;

    public Item(UUID id, String sku, String name, String category, BigDecimal unitCost, BigDecimal unitPrice, int currentStock,
                int reservedStock, int minStock, Integer maxStock, String barcode, String taxClass, boolean active,
                boolean trackStock, boolean openPrice, List<ModifierGroup> modifierGroups, Map<String, Object> locationData,
                String imageUrl, Instant createdAt, Instant updatedAt) {
        this(id, sku, name, category, unitCost, unitPrice, currentStock, reservedStock, minStock, maxStock, barcode, taxClass, active,
                trackStock, openPrice, new ModifierGroups(modifierGroups), new LocationData(locationData), imageUrl, createdAt,
                updatedAt);
    }

    @PersistenceCreator
    Item(UUID id, String sku, String name, String category, BigDecimal unitCost, BigDecimal unitPrice, int currentStock,
         int reservedStock, int minStock, Integer maxStock, String barcode, String taxClass, boolean active, boolean trackStock,
         boolean openPrice, ModifierGroups modifierGroups, LocationData locationData, String imageUrl, Instant createdAt,
         Instant updatedAt) {
        this.id = id;
        this.sku = sku;
        this.name = name;
        this.category = category;
        this.unitCost = unitCost;
        this.unitPrice = unitPrice;
        this.currentStock = currentStock;
        this.reservedStock = reservedStock;
        this.minStock = minStock;
        this.maxStock = maxStock;
        this.barcode = barcode;
        this.taxClass = taxClass;
        this.active = active;
        this.trackStock = trackStock;
        this.openPrice = openPrice;
        this.modifierGroups = modifierGroups;
        this.locationData = locationData;
        this.imageUrl = imageUrl;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The modifier groups as they are stored: a JSON array. */
    public record ModifierGroups(@JsonValue List<ModifierGroup> all) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public ModifierGroups {
            all = all == null ? List.of() : List.copyOf(all);
        }
    }

    /** Where the item is kept, per location, as stored: a JSON object. */
    public record LocationData(@JsonValue Map<String, Object> all) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public LocationData {
            all = all == null ? Map.of() : all;
        }
    }

    public int availableStock() {
        return currentStock - reservedStock;
    }

    /** An item has a SKU and a name. */
    void checkNamed() {
        if (sku.isEmpty() || name.isEmpty()) {
            throw new InvalidInput("sku and name must not be blank");
        }
    }

    /**
     * Whether the item keeps the rest of its rules: stock limits within bounds with the maximum at
     * least the minimum, modifier groups with distinct names whose limits can be met, and options
     * with distinct names and price changes in the currency's {@code scale}.
     */
    void check(int scale) {
        Input.whole(minStock, 0, Amounts.MAX_STOCK_LEVEL, "min_stock");
        if (maxStock != null) {
            Input.whole(maxStock, 0, Amounts.MAX_STOCK_LEVEL, "max_stock");
        }
        if (maxStock != null && maxStock < minStock) {
            throw new InvalidInput("min_stock must be 0 or more, and max_stock at least min_stock").field("max_stock");
        }
        Set<String> names = new HashSet<>();
        for (ModifierGroup group : modifierGroups()) {
            String where = "modifier_groups." + group.name();
            if (group.name() == null || group.name().isBlank() || !names.add(group.name().toLowerCase(Locale.ROOT))) {
                throw new InvalidInput("modifier groups need distinct, non-blank names").field("modifier_groups");
            }
            if (group.options().isEmpty() || group.minSelected() < 0 || group.maxSelected() < Math.max(1, group.minSelected())
                    || group.maxSelected() > group.options().size() || group.required() && group.minSelected() < 1) {
                throw new InvalidInput(where + ": choose between min_selected and max_selected of at least one option; "
                        + "a required group needs min_selected of 1 or more").field(where);
            }
            Set<String> options = new HashSet<>();
            for (ModifierGroup.Option option : group.options()) {
                if (option.name() == null || option.name().isBlank() || !options.add(option.name().toLowerCase(Locale.ROOT))) {
                    throw new InvalidInput(where + ": options need distinct, non-blank names").field(where);
                }
                Input.amount(option.priceDelta(), scale, where + "." + option.name() + ".price_delta", Amounts.Sign.ANY);
            }
        }
    }

    /** The same item with its prices at the currency's {@code scale}. */
    Item scaled(int scale) {
        return new Item(id, sku, name, category, scale(unitCost, scale), scale(unitPrice, scale), currentStock, reservedStock,
                minStock, maxStock, barcode, taxClass, active, trackStock, openPrice, modifierGroups, locationData, imageUrl, createdAt,
                updatedAt);
    }

    private static BigDecimal scale(BigDecimal amount, int scale) {
        return amount == null ? null : amount.setScale(scale, RoundingMode.HALF_UP);
    }

    public UUID id() {
        return id;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public BigDecimal unitCost() {
        return unitCost;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public int currentStock() {
        return currentStock;
    }

    public int reservedStock() {
        return reservedStock;
    }

    public int minStock() {
        return minStock;
    }

    public Integer maxStock() {
        return maxStock;
    }

    public String barcode() {
        return barcode;
    }

    public String taxClass() {
        return taxClass;
    }

    public boolean active() {
        return active;
    }

    public boolean trackStock() {
        return trackStock;
    }

    public boolean openPrice() {
        return openPrice;
    }

    public List<ModifierGroup> modifierGroups() {
        return modifierGroups.all();
    }

    public Map<String, Object> locationData() {
        return locationData.all();
    }

    public String imageUrl() {
        return imageUrl;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
