package cloud.olympus.desktop.console.reports;

import java.util.List;

/**
 * A report as it is shown and saved: a title, a line saying what it covers, and sections of rows
 * already written for a person (money in the business's currency, dates in their language). The
 * screen shows each section as a table; the PDF prints the same.
 */
public record ReportDocument(String title, String subtitle, List<Section> sections) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }

    /**
     * One table of the report; every row has as many cells as there are columns. The first
     * {@code labels} columns are words (names, days), the rest figures, which line up on the right.
     */
    public record Section(String id, String title, List<String> columns, List<List<String>> rows, int labels) {

        /** A table whose first column names its rows and the others are figures. */
        public Section(String id, String title, List<String> columns, List<List<String>> rows) {
            this(id, title, columns, rows, 1);
        }

        public Section {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row of " + id + " has " + row.size() + " cells for " + columns.size()
                            + " columns");
                }
            }
            if (labels < 0 || labels > columns.size()) {
                throw new IllegalArgumentException(id + " has " + columns.size() + " columns, not " + labels + " of words");
            }
        }

        /** Whether the column at {@code index} holds figures. */
        public boolean figures(int index) {
            return index >= labels;
        }
    }
}
