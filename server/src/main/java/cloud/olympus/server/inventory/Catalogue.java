package cloud.olympus.server.inventory;

import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.server.inventory.internal.ItemRepository;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.domain.Input;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items of the tenant in context: adding, finding, changing. Prices are kept at the
 * currency's scale; tax classes must be ones the tenant has a rate for.
 */
@Service
public class Catalogue {

    private final ItemRepository items;
    private final StockLedger ledger;
    private final Tenants tenants;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Catalogue(ItemRepository items, StockLedger ledger, Tenants tenants, Clock clock,
              org.springframework.context.ApplicationEventPublisher events) {
        this.items = items;
        this.ledger = ledger;
        this.tenants = tenants;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Item create(NewItem request, UUID actorId) {
        UUID tenant = TenantContext.require();
        TenantSettings settings = tenants.settingsOf(tenant);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Item item = new Item(id, request.sku().trim(), request.name().trim(), Input.trimmedOrNull(request.category()),
                money(request.unitCost(), settings, "unit_cost"), money(request.unitPrice(), settings, "unit_price"), 0, 0,
                request.minStock(), request.maxStock(), Input.trimmedOrNull(request.barcode()), taxClass(request.taxClass(), settings),
                request.active(), request.trackStock(), request.openPrice(), request.modifierGroups(),
                request.locationData() == null ? Map.of() : request.locationData(), imageUrl(request.imageUrl()), now, now);
        check(item, settings);
        Input.whole(request.openingStock(), 0, Amounts.MAX_STOCK_LEVEL, "current_stock");
        if (request.openingStock() > 0 && !request.trackStock()) {
            throw new InvalidInput("an item that is not stock-tracked has no stock").field("current_stock");
        }
        items.ensureCategory(tenant, item.category());
        items.insert(item);
        if (request.openingStock() > 0) {
            ledger.open(id, request.openingStock(), actorId);
        }
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Item> find(UUID id) {
        return items.find(id).map(scaled());
    }

    /** The items an order names, by id; ids that name nothing are simply absent. */
    @Transactional(readOnly = true)
    public Map<UUID, Item> findAll(Collection<UUID> ids) {
        return items.findAll(new HashSet<>(ids)).stream().map(scaled()).collect(Collectors.toMap(Item::id, i -> i));
    }

    @Transactional(readOnly = true)
    public List<Item> page(String query, String category, Boolean active, String afterName, UUID afterId, int limit) {
        return page(query, category, active, null, afterName, afterId, limit);
    }

    /** A page of items by name; {@code lowStock} true: only counted items available at or below their minimum. */
    @Transactional(readOnly = true)
    public List<Item> page(String query, String category, Boolean active, Boolean lowStock, String afterName, UUID afterId,
                           int limit) {
        String q = query == null || query.isBlank() ? null : query.trim();
        return items.page(q, Input.trimmedOrNull(category), active, lowStock, afterName, afterId, limit).stream().map(scaled())
                .toList();
    }

    /**
     * Every item changed since the sync that answered {@code cursor} (all of them without one), by
     * name, with the categories and the cursor for next time. No committed change is ever missed,
     * however late its transaction commits: see {@link ItemRepository#changedSince}.
     */
    @Transactional(readOnly = true)
    public Changes changedSince(String cursor) {
        Long after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Long.parseUnsignedLong(cursor.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInput("cursor is not valid; send the cursor of the last answer, or none").field("cursor");
            }
        }
        String next = Long.toUnsignedString(items.syncPoint());
        return new Changes(next, clock.instant(), items.changedSince(after).stream().map(scaled()).toList(), items.categoryDetails());
    }

    /** What a sync answers: the items, the categories, and where the next sync picks up. */
    public record Changes(String cursor, Instant asOf, List<Item> items, List<Category> categories) {
    }

    /** The categories with their colours, in display order. */
    @Transactional(readOnly = true)
    public List<Category> categoryDetails() {
        return items.categoryDetails();
    }

    /** Sets a category's tile colour (#RRGGBB, or null for the default) and its place in the order. */
    @Transactional
    public Category changeCategory(String name, String colour, Integer sortOrder) {
        checkLook(colour, sortOrder);
        return items.changeCategory(name, colour, sortOrder).orElseThrow(() -> new NotFound("Category"));
    }

    /**
     * Adds a category no item is in yet, with its tile colour (#RRGGBB, or null for the default) and
     * its place in the order (null: 0). A name another category has is a conflict.
     */
    @Transactional
    public Category createCategory(String name, String colour, Integer sortOrder) {
        String wanted = Input.trimmedOrNull(name);
        if (wanted == null || wanted.length() > 100) {
            throw new InvalidInput("name must be 1 to 100 characters").field("name");
        }
        checkLook(colour, sortOrder);
        return items.createCategory(TenantContext.require(), wanted, colour, sortOrder == null ? 0 : sortOrder)
                .orElseThrow(() -> new Conflict("There is already a category " + wanted).field("name"));
    }

    private static void checkLook(String colour, Integer sortOrder) {
        if (colour != null && !colour.matches("#[0-9A-Fa-f]{6}")) {
            throw new InvalidInput("colour must be a colour such as #C0392B").field("colour");
        }
        if (sortOrder != null) {
            Input.whole(sortOrder, 0, 10_000, "sort_order");
        }
    }

    /**
     * Renames a category; its items move with it (the tills see them changed at their next sync).
     * Another category of the new name is a conflict: merge by moving the items instead.
     */
    @Transactional
    public Category renameCategory(String name, String to) {
        String wanted = Input.trimmedOrNull(to);
        if (wanted == null || wanted.length() > 100) {
            throw new InvalidInput("name must be 1 to 100 characters").field("name");
        }
        if (!wanted.equals(name) && items.categoryExists(wanted)) {
            throw new Conflict("There is already a category " + wanted).field("name");
        }
        return items.renameCategory(name, wanted).orElseThrow(() -> new NotFound("Category"));
    }

    /** Removes a category no item is in; one that still has items is a conflict. */
    @Transactional
    public void removeCategory(String name) {
        if (!items.lockCategory(name)) {
            throw new NotFound("Category");
        }
        if (!items.removeEmptyCategory(name)) {
            throw new Conflict(items.itemsIn(name) + " items are still in " + name + ": move them first");
        }
    }

    private static String imageUrl(String value) {
        String url = Input.trimmedOrNull(value);
        if (url != null && !Input.isWebAddress(url)) {
            throw new InvalidInput("image_url must be an http or https address").field("image_url");
        }
        return url;
    }

    @Transactional(readOnly = true)
    public List<String> categories() {
        return items.categories();
    }

    @Transactional
    public Item update(UUID id, ItemChanges c) {
        TenantSettings settings = tenants.settingsOf(TenantContext.require());
        Item current = items.findForUpdate(id).orElseThrow(() -> new ItemNotFound());
        boolean stopsTracking = c.trackStock().isPresent() && !c.trackStock().get() && current.trackStock();
        if (stopsTracking && (current.currentStock() != 0 || current.reservedStock() != 0)) {
            throw new Conflict("Bring the stock of " + current.name() + " to zero before it stops being tracked");
        }
        Item changed = new Item(id, c.sku().map(String::trim).orElse(current.sku()), c.name().map(String::trim).orElse(current.name()),
                c.category().map(Input::trimmedOrNull).orElse(current.category()),
                c.unitCost().map(v -> money(v, settings, "unit_cost")).orElse(current.unitCost()),
                c.unitPrice().map(v -> money(v, settings, "unit_price")).orElse(current.unitPrice()),
                current.currentStock(), current.reservedStock(), c.minStock().orElse(current.minStock()),
                c.maxStock().isPresent() ? c.maxStock().get() : current.maxStock(),
                c.barcode().map(Input::trimmedOrNull).orElse(current.barcode()),
                c.taxClass().map(t -> taxClass(t, settings)).orElse(current.taxClass()),
                c.active().orElse(current.active()), c.trackStock().orElse(current.trackStock()),
                c.openPrice().orElse(current.openPrice()), c.modifierGroups().orElse(current.modifierGroups()),
                c.locationData().orElse(current.locationData()),
                c.imageUrl().isPresent() ? imageUrl(c.imageUrl().get()) : current.imageUrl(), current.createdAt(), clock.instant());
        check(changed, settings);
        if (changed.category() != null && !changed.category().equals(current.category())) {
            items.ensureCategory(TenantContext.require(), changed.category());
        }
        items.update(changed);
        if (changed.unitPrice().compareTo(current.unitPrice()) != 0) {
            var caller = cloud.olympus.server.auth.CurrentCaller.find();
            events.publishEvent(new ItemPriceChanged(TenantContext.require(), id, changed.sku(), changed.name(),
                    current.unitPrice(), changed.unitPrice(), caller.map(cloud.olympus.server.auth.Caller::userId).orElse(null),
                    caller.map(cloud.olympus.server.auth.Caller::deviceId).orElse(null), changed.updatedAt()));
        }
        return find(id).orElseThrow();
    }

    private void check(Item item, TenantSettings settings) {
        item.checkNamed();
        if (items.skuTaken(item.sku(), item.id())) {
            throw new Conflict("Another item already has SKU " + item.sku()).field("sku");
        }
        if (item.barcode() != null && items.barcodeTaken(item.barcode(), item.id())) {
            throw new Conflict("Another item already has barcode " + item.barcode()).field("barcode");
        }
        item.check(settings.scale());
    }

    private static BigDecimal money(BigDecimal amount, TenantSettings settings, String field) {
        if (amount == null && !field.equals("unit_price")) {
            return null;
        }
        return Input.amount(amount, settings.scale(), field, Amounts.Sign.NOT_NEGATIVE);
    }

    private static String taxClass(String requested, TenantSettings settings) {
        String taxClass = requested == null || requested.isBlank() ? "standard" : requested.trim();
        if (settings.taxRates().rateOf(taxClass).isEmpty()) {
            throw new InvalidInput("tax_class must be one of " + settings.taxRates().rates().keySet().stream().sorted().toList())
                    .field("tax_class");
        }
        return taxClass;
    }

    private Function<Item, Item> scaled() {
        int scale = tenants.settingsOf(TenantContext.require()).scale();
        return i -> i.scaled(scale);
    }
}
