package cloud.olympus.server.inventory;

import java.util.List;

/**
 * What an import of items did or, for a dry run, would do: how many rows it read, how many items
 * it added and changed, and each refused row's problem. {@code applied} is false for a dry run and
 * when nothing was applied because a row was bad.
 */
public record ItemImportReport(boolean dryRun, boolean applied, int rows, int created, int updated, List<RowProblem> errors) {

    /** Why one row (its line in the file, the header being line 1) was refused, and the column at fault when one is. */
    public record RowProblem(int row, String field, String problem) {
    }
}
