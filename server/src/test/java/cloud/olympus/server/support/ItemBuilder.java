package cloud.olympus.server.support;

import static cloud.olympus.server.support.OrderRequests.amount;

import cloud.olympus.server.inventory.web.InventoryController.CreateItemRequest;
import cloud.olympus.server.inventory.web.InventoryController.ModifierGroupRequest;
import cloud.olympus.server.inventory.web.InventoryController.OptionRequest;
import cloud.olympus.server.inventory.web.InventoryController.UpdateItemRequest;
import java.util.List;

/**
 * A catalogue item for the inventory API's request records, a field at a time: what a test does
 * not name stays null, which the API reads as not given (its default for a new item, no change for
 * an existing one).
 */
public final class ItemBuilder {

    private String sku;
    private String name;
    private String category;
    private String unitCost;
    private String unitPrice;
    private Integer currentStock;
    private Integer minStock;
    private Integer maxStock;
    private String barcode;
    private String taxClass;
    private Boolean active;
    private Boolean trackStock;
    private Boolean openPrice;
    private List<ModifierGroupRequest> modifierGroups;
    private String imageUrl;

    private ItemBuilder() {
    }

    /** A new item, named "Item SKU" unless named otherwise; build it with {@link #create()}. */
    public static ItemBuilder item(String sku, String unitPrice) {
        ItemBuilder item = new ItemBuilder();
        item.sku = sku;
        item.name = "Item " + sku;
        item.unitPrice = unitPrice;
        return item;
    }

    /** Changes to an existing item, only those named; build them with {@link #update()}. */
    public static ItemBuilder changes() {
        return new ItemBuilder();
    }

    /** A new price for an existing item, nothing else changed. */
    public static UpdateItemRequest newPrice(String unitPrice) {
        return changes().unitPrice(unitPrice).update();
    }

    public static OptionRequest option(String name, String priceDelta) {
        return new OptionRequest(name, amount(priceDelta));
    }

    /** A modifier group whose limits are left to the API: pick exactly one when required, at most one otherwise. */
    public static ModifierGroupRequest group(String name, boolean required, OptionRequest... options) {
        return new ModifierGroupRequest(name, required, null, null, List.of(options));
    }

    public ItemBuilder name(String name) {
        this.name = name;
        return this;
    }

    public ItemBuilder category(String category) {
        this.category = category;
        return this;
    }

    public ItemBuilder unitCost(String unitCost) {
        this.unitCost = unitCost;
        return this;
    }

    public ItemBuilder unitPrice(String unitPrice) {
        this.unitPrice = unitPrice;
        return this;
    }

    /** Opening stock of a new item, booked as a receipt. */
    public ItemBuilder stock(int currentStock) {
        this.currentStock = currentStock;
        return this;
    }

    public ItemBuilder minStock(int minStock) {
        this.minStock = minStock;
        return this;
    }

    public ItemBuilder maxStock(int maxStock) {
        this.maxStock = maxStock;
        return this;
    }

    public ItemBuilder barcode(String barcode) {
        this.barcode = barcode;
        return this;
    }

    public ItemBuilder taxClass(String taxClass) {
        this.taxClass = taxClass;
        return this;
    }

    public ItemBuilder active(boolean active) {
        this.active = active;
        return this;
    }

    public ItemBuilder trackStock(boolean trackStock) {
        this.trackStock = trackStock;
        return this;
    }

    /** Priced by the till at each sale. */
    public ItemBuilder openPrice() {
        this.openPrice = true;
        return this;
    }

    public ItemBuilder modifierGroups(ModifierGroupRequest... groups) {
        this.modifierGroups = List.of(groups);
        return this;
    }

    public ItemBuilder imageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
        return this;
    }

    public CreateItemRequest create() {
        return new CreateItemRequest(sku, name, category, amount(unitCost), amount(unitPrice), currentStock, minStock, maxStock,
                barcode, taxClass, active, trackStock, openPrice, modifierGroups, null, imageUrl);
    }

    /** The changes; an item's stock changes only through the ledger, so opening stock is not among them. */
    public UpdateItemRequest update() {
        if (currentStock != null) {
            throw new IllegalStateException("stock changes through adjustments, not item changes");
        }
        return new UpdateItemRequest(sku, name, category, amount(unitCost), amount(unitPrice), minStock, maxStock, barcode,
                taxClass, active, trackStock, openPrice, modifierGroups, null, imageUrl);
    }
}
