package cloud.olympus.server.inventory;

import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.inventory.internal.ItemRepository;
import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.domain.InputBounds;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.postgresql.util.PSQLException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Items brought in from a file, matched by SKU: a SKU the catalogue does not know adds an item, a
 * known one changes the columns the file has (an empty cell leaves the value as it is). Each row is
 * checked as an item added or changed by hand would be. Stock is read only for new items, as their
 * opening stock: stock already held changes only through adjustments, so sending the same file again
 * changes nothing.
 *
 * <p>The whole file is one transaction: unless {@code partial}, nothing is applied when any row is
 * bad; with {@code partial}, the good rows are applied and the bad ones reported. A dry run checks
 * every row the same way and applies nothing.
 */
@Service
public class ItemImports {

    /** The columns a file may have, in the order an export writes them. */
    public static final List<String> COLUMNS = List.of("sku", "name", "category", "unit_price", "unit_cost", "barcode",
            "tax_class", "min_stock", "max_stock", "current_stock", "active", "track_stock", "open_price");
    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 5_000;

    private final Catalogue catalogue;
    private final ItemRepository items;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate whole;
    private final TransactionTemplate eachRow;

    ItemImports(Catalogue catalogue, ItemRepository items, ApplicationEventPublisher events, Clock clock,
                PlatformTransactionManager transactions) {
        this.catalogue = catalogue;
        this.items = items;
        this.events = events;
        this.clock = clock;
        this.whole = new TransactionTemplate(transactions);
        this.eachRow = new TransactionTemplate(transactions);
        this.eachRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * One row of a file: its number (the header is row 1) and its cells by column, or what makes it
     * unreadable ({@code problem}, null when it can be read).
     */
    public record Row(int line, Map<String, String> cells, String problem) {
    }

    public ItemImportReport run(List<Row> rows, boolean dryRun, boolean partial, UUID actorId) {
        return whole.execute(status -> {
            List<ItemImportReport.RowProblem> errors = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            int created = 0;
            int updated = 0;
            for (Row row : rows) {
                if (row.problem() != null) {
                    errors.add(new ItemImportReport.RowProblem(row.line(), null, row.problem()));
                    continue;
                }
                String sku = cellOf(row, "sku");
                if (sku != null && seen.containsKey(sku)) {
                    errors.add(new ItemImportReport.RowProblem(row.line(), "sku",
                            "sku " + sku + " was already on line " + seen.get(sku)));
                    continue;
                }
                if (sku != null) {
                    seen.put(sku, row.line());
                }
                try {
                    boolean added = Boolean.TRUE.equals(eachRow.execute(s -> apply(row, actorId)));
                    if (added) {
                        created++;
                    } else {
                        updated++;
                    }
                } catch (DomainException e) {
                    errors.add(new ItemImportReport.RowProblem(row.line(), (String) e.details().get("field"), e.getMessage()));
                } catch (DataIntegrityViolationException e) {
                    errors.add(takenMeanwhile(row, e));
                }
            }
            boolean applied = !dryRun && (partial || errors.isEmpty());
            if (!applied) {
                status.setRollbackOnly();
            } else if (created + updated > 0) {
                Optional<Caller> caller = CurrentCaller.find();
                events.publishEvent(new ItemsImported(TenantContext.require(), created, updated, errors.size(), actorId,
                        caller.map(Caller::deviceId).orElse(null), clock.instant()));
            }
            return new ItemImportReport(dryRun, applied, rows.size(), created, updated, List.copyOf(errors));
        });
    }

    /**
     * A row refused by the database although it passed the checks: another item took its SKU or
     * barcode at the same moment. Only that row is left out (its savepoint is rolled back).
     */
    private static ItemImportReport.RowProblem takenMeanwhile(Row row, DataIntegrityViolationException e) {
        String constraint = e.getMostSpecificCause() instanceof PSQLException sql && sql.getServerErrorMessage() != null
                ? String.valueOf(sql.getServerErrorMessage().getConstraint()) : "";
        String field = constraint.contains("barcode") ? "barcode" : constraint.contains("sku") ? "sku" : null;
        String problem = field == null
                ? "the row clashed with a change made at the same time: send it again"
                : "another item took " + field + " " + cellOf(row, field) + " at the same time";
        return new ItemImportReport.RowProblem(row.line(), field, problem);
    }

    /** Adds or changes the row's item; answers whether it was added. */
    private boolean apply(Row row, UUID actorId) {
        String sku = required(row, "sku");
        Optional<UUID> known = items.idOfSku(sku);
        if (known.isEmpty()) {
            catalogue.create(new NewItem(sku, required(row, "name"), text(row, "category"), money(row, "unit_cost"),
                    requiredMoney(row, "unit_price"), Optional.ofNullable(whole(row, "current_stock", 0, Amounts.MAX_STOCK_LEVEL)).orElse(0),
                    Optional.ofNullable(whole(row, "min_stock", 0, Amounts.MAX_STOCK_LEVEL)).orElse(0),
                    whole(row, "max_stock", 0, Amounts.MAX_STOCK_LEVEL), text(row, "barcode"), text(row, "tax_class"),
                    Optional.ofNullable(yesNo(row, "active")).orElse(true), Optional.ofNullable(yesNo(row, "track_stock")).orElse(true),
                    Optional.ofNullable(yesNo(row, "open_price")).orElse(false), List.of(), null, null), actorId);
            return true;
        }
        whole(row, "current_stock", 0, Amounts.MAX_STOCK_LEVEL);
        catalogue.update(known.get(), new ItemChanges(Optional.empty(), Optional.ofNullable(text(row, "name")),
                Optional.ofNullable(text(row, "category")), Optional.ofNullable(money(row, "unit_cost")),
                Optional.ofNullable(money(row, "unit_price")), Optional.ofNullable(whole(row, "min_stock", 0, Amounts.MAX_STOCK_LEVEL)),
                Optional.ofNullable(whole(row, "max_stock", 0, Amounts.MAX_STOCK_LEVEL)), Optional.ofNullable(text(row, "barcode")),
                Optional.ofNullable(text(row, "tax_class")), Optional.ofNullable(yesNo(row, "active")),
                Optional.ofNullable(yesNo(row, "track_stock")), Optional.ofNullable(yesNo(row, "open_price")), Optional.empty(),
                Optional.empty(), Optional.empty()));
        return false;
    }

    /**
     * A text cell, or null when empty. A leading apostrophe before a formula character is the
     * export's guard and is taken off; a cell that would still run as a formula is refused.
     */
    private static String text(Row row, String column) {
        String value = cellOf(row, column);
        if (value == null) {
            return null;
        }
        InputBounds.textProblem(value).ifPresent(problem -> {
            throw invalid(column, column + " " + problem);
        });
        if (value.startsWith("'") && value.length() > 1 && "=+-@".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        if ("=+-@".indexOf(value.charAt(0)) >= 0) {
            throw invalid(column, column + " must not start with " + value.charAt(0)
                    + ": a spreadsheet would run it as a formula (write it with a leading apostrophe)");
        }
        return value;
    }

    private static String required(Row row, String column) {
        String value = text(row, column);
        if (value == null) {
            throw invalid(column, column + " is required for a new item");
        }
        return value;
    }

    private static BigDecimal requiredMoney(Row row, String column) {
        BigDecimal value = money(row, column);
        if (value == null) {
            throw invalid(column, column + " is required for a new item");
        }
        return value;
    }

    /** An amount; its bounds and decimals are the catalogue's to check, with the tenant's currency. */
    private static BigDecimal money(Row row, String column) {
        String value = plainCell(row, column);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            InputBounds.decimalProblem(amount).ifPresent(problem -> {
                throw invalid(column, column + " " + problem);
            });
            return amount;
        } catch (NumberFormatException e) {
            throw invalid(column, column + " must be an amount such as 12.50");
        }
    }

    private static Integer whole(Row row, String column, int min, int max) {
        String value = plainCell(row, column);
        if (value == null) {
            return null;
        }
        if (!value.matches("-?\\d{1,10}")) {
            throw invalid(column, column + " must be a whole number from " + min + " to " + max);
        }
        long number = Long.parseLong(value);
        if (number < min || number > max) {
            throw invalid(column, column + " must be a whole number from " + min + " to " + max);
        }
        return (int) number;
    }

    private static final Set<String> YES = Set.of("true", "yes", "1");
    private static final Set<String> NO = Set.of("false", "no", "0");

    private static Boolean yesNo(Row row, String column) {
        String value = plainCell(row, column);
        if (value == null) {
            return null;
        }
        String lowered = value.toLowerCase(Locale.ROOT);
        if (YES.contains(lowered)) {
            return true;
        }
        if (NO.contains(lowered)) {
            return false;
        }
        throw invalid(column, column + " must be true or false");
    }

    /** A number or yes/no cell: no control characters, no formula guard to take off. */
    private static String plainCell(Row row, String column) {
        String value = cellOf(row, column);
        if (value == null) {
            return null;
        }
        InputBounds.textProblem(value).ifPresent(problem -> {
            throw invalid(column, column + " " + problem);
        });
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static String cellOf(Row row, String column) {
        String value = row.cells().get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static DomainException invalid(String field, String problem) {
        return new cloud.olympus.server.shared.domain.InvalidInput(problem).field(field);
    }
}
