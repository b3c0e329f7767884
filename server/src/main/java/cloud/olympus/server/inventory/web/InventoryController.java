package cloud.olympus.server.inventory.web;

import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.inventory.ItemChanges;
import cloud.olympus.server.inventory.ModifierGroup;
import cloud.olympus.server.inventory.NewItem;
import cloud.olympus.server.inventory.StockLedger;
import cloud.olympus.server.inventory.StockMovement;
import cloud.olympus.server.shared.idempotency.IdempotentRequests;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.Page;
import cloud.olympus.server.shared.web.json.InputBounds;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory")
@Tag(name = "Inventory", description = "Catalogue items and their stock ledger")
class InventoryController {

    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final IdempotentRequests idempotent;

    InventoryController(Catalogue catalogue, StockLedger ledger, IdempotentRequests idempotent) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.idempotent = idempotent;
    }

    @GetMapping("/items")
    @Operation(summary = "List or search items", description = "q matches part of the name, or a whole SKU or barcode. Sorted by name.")
    Page<ItemView> list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                        @RequestParam(required = false) Boolean active, @RequestParam(required = false) Integer limit,
                        @RequestParam(required = false) String cursor) {
        int size = Page.limit(limit);
        String[] after = Page.decode(cursor).map(c -> c.split("\n", 2)).orElse(null);
        if (after != null && after.length != 2) {
            throw ApiProblem.invalid("cursor is not valid");
        }
        List<Item> rows = catalogue.page(q, category, active, after == null ? null : after[0],
                after == null ? null : parseId(after[1]), size + 1);
        return Page.of(rows, size, i -> i.name() + "\n" + i.id(), ItemView::of);
    }

    @GetMapping("/catalogue")
    @Operation(summary = "The whole catalogue at once, for tills to keep offline",
            description = "Every item, active or not, sorted by name; with since (an instant), only those changed after it. "
                    + "The answer's as_of is the since to send next time.")
    CatalogueView catalogue(@RequestParam(required = false) Instant since) {
        if (since != null) {
            InputBounds.instantProblem(since).ifPresent(problem -> {
                throw ApiProblem.invalid("since " + problem).with("field", "since");
            });
        }
        Instant asOf = Instant.now();
        return new CatalogueView(asOf, catalogue.changedSince(since).stream().map(ItemView::of).toList());
    }

    record CatalogueView(Instant asOf, List<ItemView> items) {
    }

    @GetMapping("/categories")
    @Operation(summary = "Item categories, in display order")
    List<String> categories() {
        return catalogue.categories();
    }

    @PostMapping("/items")
    @PreAuthorize("hasAnyRole('owner', 'admin', 'manager')")
    @Operation(summary = "Add an item", description = "current_stock, if given, is booked as an opening receipt in the ledger.")
    ResponseEntity<ItemView> create(@Valid @RequestBody CreateItemRequest body) {
        Item item = catalogue.create(new NewItem(body.sku(), body.name(), body.category(), body.unitCost(), body.unitPrice(),
                Optional.ofNullable(body.currentStock()).orElse(0), Optional.ofNullable(body.minStock()).orElse(0),
                body.maxStock(), body.barcode(), body.taxClass(), Optional.ofNullable(body.active()).orElse(true),
                Optional.ofNullable(body.trackStock()).orElse(true), Optional.ofNullable(body.openPrice()).orElse(false),
                groups(body.modifierGroups()).orElse(List.of()), body.locationData()), CurrentCaller.get().userId());
        return ResponseEntity.created(URI.create("/api/v1/inventory/items/" + item.id())).body(ItemView.of(item));
    }

    @GetMapping("/items/{id}")
    @Operation(summary = "One item")
    ItemView get(@PathVariable UUID id) {
        return catalogue.find(id).map(ItemView::of).orElseThrow(() -> ApiProblem.notFound("Item"));
    }

    @PatchMapping("/items/{id}")
    @PreAuthorize("hasAnyRole('owner', 'admin', 'manager')")
    @Operation(summary = "Change an item", description = "Stock changes only through adjustments and orders.")
    ItemView update(@PathVariable UUID id, @Valid @RequestBody UpdateItemRequest body) {
        return ItemView.of(catalogue.update(id, new ItemChanges(Optional.ofNullable(body.sku()), Optional.ofNullable(body.name()),
                Optional.ofNullable(body.category()), Optional.ofNullable(body.unitCost()), Optional.ofNullable(body.unitPrice()),
                Optional.ofNullable(body.minStock()), Optional.ofNullable(body.maxStock()), Optional.ofNullable(body.barcode()),
                Optional.ofNullable(body.taxClass()), Optional.ofNullable(body.active()), Optional.ofNullable(body.trackStock()),
                Optional.ofNullable(body.openPrice()), groups(body.modifierGroups()),
                Optional.ofNullable(body.locationData()))));
    }

    @PostMapping("/items/{id}/adjustments")
    @PreAuthorize("hasAnyRole('owner', 'admin', 'manager')")
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

    @GetMapping("/items/{id}/movements")
    @PreAuthorize("hasAnyRole('owner', 'admin', 'manager')")
    @Operation(summary = "An item's stock ledger, newest first")
    Page<MovementView> movements(@PathVariable UUID id, @RequestParam(required = false) Integer limit,
                                 @RequestParam(required = false) String cursor) {
        catalogue.find(id).orElseThrow(() -> ApiProblem.notFound("Item"));
        int size = Page.limit(limit);
        String[] before = Page.decode(cursor).map(c -> c.split("\n", 2)).orElse(null);
        List<StockMovement> rows;
        try {
            rows = ledger.movements(id, before == null ? null : Instant.parse(before[0]),
                    before == null ? null : UUID.fromString(before[1]), size + 1);
        } catch (RuntimeException e) {
            throw ApiProblem.invalid("cursor is not valid");
        }
        return Page.of(rows, size, m -> m.createdAt() + "\n" + m.id(), MovementView::of);
    }

    private static Optional<List<ModifierGroup>> groups(List<ModifierGroupRequest> requested) {
        return Optional.ofNullable(requested).map(list -> list.stream().map(ModifierGroupRequest::toGroup).toList());
    }

    private static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor is not valid");
        }
    }

    record CreateItemRequest(@NotBlank @Size(max = 100) String sku, @NotBlank @Size(max = 255) String name,
                             @Size(max = 100) String category, BigDecimal unitCost, @NotNull BigDecimal unitPrice,
                             Integer currentStock, Integer minStock, Integer maxStock, @Size(max = 64) String barcode,
                             @Size(max = 50) String taxClass, Boolean active, Boolean trackStock, Boolean openPrice,
                             List<@Valid ModifierGroupRequest> modifierGroups, Map<String, Object> locationData) {
    }

    record UpdateItemRequest(@Size(min = 1, max = 100) String sku, @Size(min = 1, max = 255) String name,
                             @Size(max = 100) String category, BigDecimal unitCost, BigDecimal unitPrice, Integer minStock,
                             Integer maxStock, @Size(max = 64) String barcode, @Size(max = 50) String taxClass, Boolean active,
                             Boolean trackStock, Boolean openPrice, List<@Valid ModifierGroupRequest> modifierGroups,
                             Map<String, Object> locationData) {
    }

    record ModifierGroupRequest(@NotBlank @Size(max = 100) String name, Boolean required, Integer minSelected,
                                Integer maxSelected, @NotNull List<@Valid OptionRequest> options) {

        /** Absent limits mean "pick one": exactly one when required, at most one otherwise. */
        ModifierGroup toGroup() {
            boolean mandatory = Boolean.TRUE.equals(required);
            return new ModifierGroup(name.trim(), mandatory, Optional.ofNullable(minSelected).orElse(mandatory ? 1 : 0),
                    Optional.ofNullable(maxSelected).orElse(1),
                    options.stream().map(o -> new ModifierGroup.Option(o.name().trim(), o.priceDelta())).toList());
        }
    }

    record OptionRequest(@NotBlank @Size(max = 100) String name, @NotNull BigDecimal priceDelta) {
    }

    record AdjustmentRequest(Integer quantityDelta, Integer counted, @NotBlank String reason, @Size(max = 500) String note) {
    }

    record MovementView(UUID id, String kind, int quantityDelta, int reservedDelta, int stockAfter, UUID orderId,
                        UUID actorId, String note, Instant createdAt) {
        static MovementView of(StockMovement m) {
            return new MovementView(m.id(), m.kind().wireName(), m.quantityDelta(), m.reservedDelta(), m.stockAfter(),
                    m.orderId(), m.actorId(), m.note(), m.createdAt());
        }
    }
}
