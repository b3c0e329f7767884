package cloud.olympus.client.backoffice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** What an import of items did, or for a dry run would do, with each refused row's problem. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportReport(boolean dryRun, boolean applied, int rows, int created, int updated, List<RowProblem> errors) {

    public ImportReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A refused row: its number in the file (the header is row 1), the column at fault if one is, and why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RowProblem(int row, String field, String problem) {
    }
}
