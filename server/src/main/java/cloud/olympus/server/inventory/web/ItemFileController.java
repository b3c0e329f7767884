package cloud.olympus.server.inventory.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.inventory.ItemImportReport;
import cloud.olympus.server.inventory.ItemImports;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.Csv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue's items as a CSV file, out and in. */
@RestController
@RequestMapping("/api/v1/inventory/items")
@Tag(name = "Inventory", description = "Catalogue items and their stock ledger")
public class ItemFileController {

    private static final int PAGE = 500;

    private final Catalogue catalogue;
    private final ItemImports imports;

    ItemFileController(Catalogue catalogue, ItemImports imports) {
        this.catalogue = catalogue;
        this.imports = imports;
    }

    @Requires(Permission.CATALOGUE_VIEW)
    @GetMapping("/export")
    @Operation(summary = "Every item as CSV", description = "RFC 4180, sorted by name, with the columns an import reads; "
            + "a text a spreadsheet would take for a formula is written with a leading apostrophe.")
    ResponseEntity<String> export() {
        StringBuilder csv = new StringBuilder();
        csv.append(cloud.olympus.model.Csv.line(ItemImports.COLUMNS));
        String afterName = null;
        UUID afterId = null;
        while (true) {
            List<Item> page = catalogue.page(null, null, null, afterName, afterId, PAGE);
            for (Item i : page) {
                csv.append(cloud.olympus.model.Csv.line(java.util.Arrays.asList(i.sku(), i.name(), i.category(), i.unitPrice(),
                        i.unitCost(), i.barcode(), i.taxClass(), i.minStock(), i.maxStock(), i.currentStock(), i.active(),
                        i.trackStock(), i.openPrice())));
            }
            if (page.size() < PAGE) {
                break;
            }
            afterName = page.get(page.size() - 1).name();
            afterId = page.get(page.size() - 1).id();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"items.csv\"").body(csv.toString());
    }

    @Requires(Permission.CATALOGUE_EDIT)
    @PostMapping("/import")
    @Operation(summary = "Add and change items from CSV",
            description = "The body is CSV (RFC 4180) whose first line names the columns (any of " + "sku, name, category, "
                    + "unit_price, unit_cost, barcode, tax_class, min_stock, max_stock, current_stock, active, track_stock, "
                    + "open_price; sku is required), at most 5,000 rows and 1 MiB. Rows are matched by SKU: a new SKU adds an "
                    + "item, a known one changes the columns given (an empty cell leaves a value as it is); current_stock is "
                    + "the opening stock of new items only. dry_run=true checks every row and applies nothing. Unless "
                    + "partial=true nothing is applied when any row is bad. Answers what was (or would be) done, with each "
                    + "bad row's line, column and problem.")
    ItemImportReport importItems(@RequestBody(required = false) String body,
                                 @RequestParam(name = "dry_run", required = false) Boolean dryRun,
                                 @RequestParam(required = false) Boolean partial) {
        List<ItemImports.Row> rows = rows(body == null ? "" : body);
        return imports.run(rows, Boolean.TRUE.equals(dryRun), Boolean.TRUE.equals(partial), CurrentCaller.get().userId());
    }

    private static List<ItemImports.Row> rows(String body) {
        List<List<String>> records = Csv.parse(body);
        if (records.isEmpty()) {
            throw ApiProblem.invalid("The file is empty: its first line must name the columns, sku among them");
        }
        if (records.size() - 1 > ItemImports.MAX_ROWS) {
            throw ApiProblem.invalid("The file has " + (records.size() - 1) + " rows; at most " + ItemImports.MAX_ROWS
                    + " may be imported at once");
        }
        List<String> header = records.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        for (String column : header) {
            if (!ItemImports.COLUMNS.contains(column)) {
                String shown = column.length() > 40 ? column.substring(0, 40) + "…" : column;
                throw ApiProblem.invalid("Column '" + cloud.olympus.server.shared.domain.InputBounds.textProblem(shown)
                        .map(p -> "?").orElse(shown) + "' is not one an import reads; the columns are "
                        + String.join(", ", ItemImports.COLUMNS)).with("row", 1);
            }
        }
        if (!header.contains("sku")) {
            throw ApiProblem.invalid("The first line must name the columns, sku among them").with("row", 1);
        }
        if (header.stream().distinct().count() != header.size()) {
            throw ApiProblem.invalid("The first line names a column twice").with("row", 1);
        }
        List<ItemImports.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < header.size() && c < record.size(); c++) {
                cells.put(header.get(c), record.get(c));
            }
            rows.add(new ItemImports.Row(i + 1, cells, record.size() > header.size()
                    ? "The row has " + record.size() + " fields but the first line names " + header.size() + " columns" : null));
        }
        return rows;
    }
}
