package cloud.olympus.server.inventory.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.Category;
import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.inventory.ItemChanges;
import cloud.olympus.server.inventory.ModifierGroup;
import cloud.olympus.server.inventory.NewItem;
import cloud.olympus.server.inventory.StockAlerts;
import cloud.olympus.server.inventory.StockLedger;
import cloud.olympus.server.inventory.StockMovement;
import cloud.olympus.server.shared.idempotency.IdempotentRequests;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.Page;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory")
@Tag(name = "Inventory", description = "Catalogue items and their stock ledger")
public class InventoryController {

    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final StockAlerts alerts;
    private final IdempotentRequests idempotent;
    private final InventoryEndpoints endpoints;

    InventoryController(Catalogue catalogue, StockLedger ledger, StockAlerts alerts, IdempotentRequests idempotent,
                        InventoryEndpoints endpoints) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.alerts = alerts;
        this.idempotent = idempotent;
        this.endpoints = endpoints;
    }

    @Requires(Permission.CATALOGUE_VIEW)
    @GetMapping("/items")
    @Operation(summary = "List or search items", description = "q matches part of the name, or a whole SKU or barcode; "
            + "low_stock=true keeps the counted items whose available stock is at or below their min_stock. Sorted by name.")
    Page<ItemView> list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                        @RequestParam(required = false) Boolean active,
                        @RequestParam(name = "low_stock", required = false) Boolean lowStock,
                        @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return endpoints.items(q, category, active, lowStock, limit, cursor);
    }

    @Requires(Permission.CATALOGUE_VIEW)
    @GetMapping("/catalogue")
    @Operation(summary = "The whole catalogue at once, for tills to keep offline",
            description = "Every item, active or not, sorted by name, with the categories and their colours; with cursor (the "
                    + "cursor of the last answer), only the items changed since. No change is ever skipped, even one whose "
                    + "transaction commits while a sync runs: an item may come twice, never not at all. (since, an instant, "
                    + "is from earlier tills: it answers the whole catalogue and a cursor.)")
    CatalogueView catalogue(@RequestParam(required = false) String cursor, @RequestParam(required = false) String since) {
        Catalogue.Changes changes = catalogue.changedSince(cursor);
        return new CatalogueView(changes.cursor(), changes.asOf(), changes.items().stream().map(ItemView::of).toList(),
                changes.categories());
    }

    record CatalogueView(String cursor, Instant asOf, List<ItemView> items, List<Category> categories) {
    }

    @Requires(Permission.CATALOGUE_VIEW)
    @GetMapping("/categories")
    @Operation(summary = "Item categories, in display order")
    List<String> categories() {
        return catalogue.categories();
    }

    @Requires(Permission.CATALOGUE_VIEW)
    @GetMapping("/categories/details")
    @Operation(summary = "Item categories with their tile colours, in display order")
    List<Category> categoryDetails() {
        return catalogue.categoryDetails();
    }

    @Requires(Permission.CATALOGUE_EDIT)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping("/categories")
    @Operation(summary = "Add a category", description = "name: 1 to 100 characters; colour: #RRGGBB, or null for the "
            + "till's default; sort_order: 0 to 10,000, smaller first (0 when left out). A name another category has is a 409.")
    ResponseEntity<Category> createCategory(@Valid @RequestBody NewCategoryRequest body) {
        Category created = catalogue.createCategory(body.name(), body.colour(), body.sortOrder());
        // Categories are read all together, in display order: that is where the new one is.
        return ResponseEntity.created(URI.create("/api/v1/inventory/categories/details")).body(created);
    }

    public record NewCategoryRequest(@NotBlank @Size(max = 100) String name, @Size(max = 7) String colour, Integer sortOrder) {
    }

    @Requires(Permission.CATALOGUE_EDIT)
    @PutMapping("/categories/{name}")
    @Operation(summary = "Set a category's tile colour and place",
            description = "colour: #RRGGBB, or null for the till's default; sort_order: 0 to 10,000, smaller first.")
    Category changeCategory(@PathVariable String name, @Valid @RequestBody CategoryRequest body) {
        return catalogue.changeCategory(name, body.colour(), body.sortOrder());
    }

    public record CategoryRequest(@Size(max = 7) String colour, Integer sortOrder) {
    }

    @Requires(Permission.CATALOGUE_EDIT)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping("/categories/{name}/rename")
    @Operation(summary = "Rename a category", description = "Its items move with it. A name another category has is a 409.")
    Category renameCategory(@PathVariable String name, @Valid @RequestBody RenameRequest body) {
        return catalogue.renameCategory(name, body.name());
    }

    public record RenameRequest(@NotBlank @Size(max = 100) String name) {
    }

    @Requires(Permission.CATALOGUE_EDIT)
    @ProblemResponses(ProblemType.CONFLICT)
    @org.springframework.web.bind.annotation.DeleteMapping("/categories/{name}")
    @Operation(summary = "Remove a category no item is in", description = "A category that still has items is a 409.")
    ResponseEntity<Void> removeCategory(@PathVariable String name) {
        catalogue.removeCategory(name);
        return ResponseEntity.noContent().build();
    }

    @Requires(Permission.CATALOGUE_EDIT)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping("/items")
    @Operation(summary = "Add an item", description = "current_stock, if given, is booked as an opening receipt in the ledger.")
    ResponseEntity<ItemView> create(@Valid @RequestBody CreateItemRequest body) {
        Item item = catalogue.create(new NewItem(body.sku(), body.name(), body.category(), body.unitCost(), body.unitPrice(),
                Optional.ofNullable(body.currentStock()).orElse(0), Optional.ofNullable(body.minStock()).orElse(0),
                body.maxStock(), body.barcode(), body.taxClass(), Optional.ofNullable(body.active()).orElse(true),
                Optional.ofNullable(body.trackStock()).orElse(true), Optional.ofNullable(body.openPrice()).orElse(false),
                groups(body.modifierGroups()).orElse(List.of()), body.locationData(), body.imageUrl()), CurrentCaller.get().userId());
        return ResponseEntity.created(URI.create("/api/v1/inventory/items/" + item.id())).body(ItemView.of(item));
    }

    @Requires(Permission.CATALOGUE_VIEW)
    @GetMapping("/items/{id}")
    @Operation(summary = "One item")
    ItemView get(@PathVariable UUID id) {
        return endpoints.item(id);
    }

    @Requires(Permission.CATALOGUE_EDIT)
    @ProblemResponses(ProblemType.CONFLICT)
    @PatchMapping("/items/{id}")
    @Operation(summary = "Change an item", description = "Stock changes only through adjustments and orders.")
    ItemView update(@PathVariable UUID id, @Valid @RequestBody UpdateItemRequest body) {
        return ItemView.of(catalogue.update(id, new ItemChanges(Optional.ofNullable(body.sku()), Optional.ofNullable(body.name()),
                Optional.ofNullable(body.category()), Optional.ofNullable(body.unitCost()), Optional.ofNullable(body.unitPrice()),
                Optional.ofNullable(body.minStock()), Optional.ofNullable(body.maxStock()), Optional.ofNullable(body.barcode()),
                Optional.ofNullable(body.taxClass()), Optional.ofNullable(body.active()), Optional.ofNullable(body.trackStock()),
                Optional.ofNullable(body.openPrice()), groups(body.modifierGroups()),
                Optional.ofNullable(body.locationData()), Optional.ofNullable(body.imageUrl()))));
    }

    @Requires(Permission.STOCK_ADJUST)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping("/items/{id}/adjustments")
    @Operation(summary = "Book a stock change by hand",
            description = "reason is receipt, adjustment or waste with quantity_delta, or count with counted (what is on the "
                    + "shelf now). Only a count sets the quantity; nothing else may leave less than nothing on hand. Send an "
                    + "Idempotency-Key to make retries safe.")
    ResponseEntity<ItemView> adjust(@PathVariable UUID id, @Valid @RequestBody AdjustmentRequest body,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        StockMovement.Kind kind = StockMovement.Kind.fromWireName(body.reason()).filter(StockMovement.Kind::isManual)
                .orElseThrow(() -> ApiProblem.invalid("reason must be one of receipt, adjustment, waste or count").with("field", "reason"));
        var outcome = idempotent.run(key, "POST /inventory/items/" + id + "/adjustments",
                CurrentCaller.get().userId(), body, ItemView.class,
                () -> ItemView.of(ledger.adjust(id, body.quantityDelta(), body.counted(), kind, body.note(),
                        CurrentCaller.get().userId())));
        return ResponseEntity.status(201).header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(outcome.body());
    }

    @Requires(Permission.STOCK_VIEW)
    @GetMapping("/items/{id}/movements")
    @Operation(summary = "An item's stock ledger, newest first")
    Page<MovementView> movements(@PathVariable UUID id, @RequestParam(required = false) Integer limit,
                                 @RequestParam(required = false) String cursor) {
        return endpoints.movements(id, limit, cursor);
    }

    @Requires(Permission.ALERT_VIEW)
    @GetMapping("/alerts")
    @Operation(summary = "Stock alerts, newest first",
            description = "status: open (default: neither acknowledged nor over), acknowledged, or all. An alert is raised "
                    + "once when an item's availability falls to its minimum (stock_low) or to zero or below (stock_depleted), "
                    + "and is over by itself (resolved_at) when stock comes back. suggested_reorder brings it back to max_stock.")
    Page<AlertView> alerts(@RequestParam(required = false) String status, @RequestParam(required = false) Integer limit,
                       @RequestParam(required = false) String cursor) {
        return endpoints.alerts(status, limit, cursor);
    }

    @Requires(Permission.ALERT_ACKNOWLEDGE)
    @PostMapping("/alerts/{id}/acknowledge")
    @Operation(summary = "Acknowledge a stock alert", description = "Managers. Acknowledging again keeps the first acknowledgement.")
    AlertView acknowledge(@PathVariable UUID id) {
        return AlertView.of(alerts.acknowledge(id, CurrentCaller.get().userId()).toAlert());
    }

    private static Optional<List<ModifierGroup>> groups(List<ModifierGroupRequest> requested) {
        return Optional.ofNullable(requested).map(list -> list.stream().map(ModifierGroupRequest::toGroup).toList());
    }

    public record CreateItemRequest(@NotBlank @Size(max = 100) String sku, @NotBlank @Size(max = 255) String name,
                                    @Size(max = 100) String category, BigDecimal unitCost, @NotNull BigDecimal unitPrice,
                                    Integer currentStock, Integer minStock, Integer maxStock, @Size(max = 64) String barcode,
                                    @Size(max = 50) String taxClass, Boolean active, Boolean trackStock, Boolean openPrice,
                                    List<@Valid ModifierGroupRequest> modifierGroups, Map<String, Object> locationData,
                                    @Size(max = 2048) String imageUrl) {
    }

    public record UpdateItemRequest(@Size(min = 1, max = 100) String sku, @Size(min = 1, max = 255) String name,
                                    @Size(max = 100) String category, BigDecimal unitCost, BigDecimal unitPrice, Integer minStock,
                                    Integer maxStock, @Size(max = 64) String barcode, @Size(max = 50) String taxClass,
                                    Boolean active, Boolean trackStock, Boolean openPrice,
                                    List<@Valid ModifierGroupRequest> modifierGroups, Map<String, Object> locationData,
                                    @Size(max = 2048) String imageUrl) {
    }

    public record ModifierGroupRequest(@NotBlank @Size(max = 100) String name, Boolean required, Integer minSelected,
                                       Integer maxSelected, @NotNull List<@Valid OptionRequest> options) {

        /** Absent limits mean "pick one": exactly one when required, at most one otherwise. */
        ModifierGroup toGroup() {
            boolean mandatory = Boolean.TRUE.equals(required);
            return new ModifierGroup(name.trim(), mandatory, Optional.ofNullable(minSelected).orElse(mandatory ? 1 : 0),
                    Optional.ofNullable(maxSelected).orElse(1),
                    options.stream().map(o -> new ModifierGroup.Option(o.name().trim(), o.priceDelta())).toList());
        }
    }

    public record OptionRequest(@NotBlank @Size(max = 100) String name, @NotNull BigDecimal priceDelta) {
    }

    public record AdjustmentRequest(Integer quantityDelta, Integer counted, @NotBlank String reason,
                                    @Size(max = 500) String note) {
    }

    record MovementView(UUID id, String kind, int quantityDelta, int reservedDelta, int stockAfter, UUID orderId,
                        UUID refundId, UUID actorId, String note, Instant occurredAt, Instant createdAt) {
        static MovementView of(StockMovement m) {
            return new MovementView(m.id(), m.kind().wireName(), m.quantityDelta(), m.reservedDelta(), m.stockAfter(),
                    m.orderId(), m.refundId(), m.actorId(), m.note(), m.occurredAt(), m.createdAt());
        }
    }
}
