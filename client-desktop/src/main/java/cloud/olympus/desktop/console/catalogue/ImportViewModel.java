package cloud.olympus.desktop.console.catalogue;

import cloud.olympus.client.Cancellation;
import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.Problem;
import cloud.olympus.client.backoffice.CatalogueAdmin;
import cloud.olympus.client.backoffice.ImportReport;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.model.Csv;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Bringing items in from a CSV file, in steps: choose the file, check it (a dry run on the server:
 * every row checked, nothing applied), see each refused row (and save them as a CSV file to fix),
 * then apply. A file larger than the server takes at once (5,000 rows, 1 MiB) is sent in parts, each
 * with the file's first line: every part is checked before any is applied, a SKU or barcode found in
 * rows of two parts is refused here (the server compares rows within one part), and a refused row is
 * numbered as in the file. Unless {@code partial}, nothing is applied when the check refused any row;
 * the parts are applied one after another, so one refused since the check stops those after it.
 * A check or an apply under way can be cancelled: its call is closed and no further part is sent (a
 * part the server had already received may still be applied; the list shows what is there).
 */
public final class ImportViewModel {

    /** Where the wizard is. */
    public enum Step { CHOOSE, CHECKING, CHECKED, APPLYING, APPLIED }

    /** The largest file taken: some 100,000 items, sent in parts. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    /** The most rows one part holds (the server takes 5,000 at once). */
    static final int PART_ROWS = 2_000;
    /** The most bytes one part holds (the server takes 1 MiB at once, UTF-8). */
    static final int PART_BYTES = 768 * 1024;

    private final CatalogueAdmin admin;
    private final Executor calls;
    private final Executor ui;
    private final int partRows;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE);
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Phrase> status = new ReadOnlyObjectWrapper<>(Phrase.of("console.catalogue.import.choose"));
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ObservableList<ImportReport.RowProblem> rowProblems = FXCollections.observableArrayList();
    private final BooleanProperty partial = new SimpleBooleanProperty(false);
    /** The file's records as written (without line ends): the first names the columns. */
    private List<String> records;
    private List<Part> parts;
    /** Rows refused here before sending (a SKU or barcode of an earlier part's row), left out of the parts. */
    private List<ImportReport.RowProblem> refusedHere = List.of();
    private Cancellation running;
    private int attempt;

    /**
     * The records of the file from {@code first} (its index among the records, the first line being 0) to
     * before {@code end}; {@code rows} are the file's numbers (its first line being 1) of the rows in it,
     * in order, which a row refused before sending leaves out.
     */
    record Part(int first, int end, String csv, List<Integer> rows) {

        Part(int first, int end, String csv) {
            this(first, end, csv, java.util.stream.IntStream.range(first, end).map(i -> i + 1).boxed().toList());
        }

        /** The file's number of the part's row {@code row} as the server numbers it (its first line being 1). */
        int fileRow(int row) {
            return row <= 1 ? row : row - 2 < rows.size() ? rows.get(row - 2) : first + row - 1;
        }
    }

    /** @param calls where the calls to the server run */
    public ImportViewModel(CatalogueAdmin admin, Executor calls, Executor ui) {
        this(admin, calls, ui, PART_ROWS);
    }

    /** @param partRows the most rows a part sent holds */
    ImportViewModel(CatalogueAdmin admin, Executor calls, Executor ui, int partRows) {
        this.admin = admin;
        this.calls = calls;
        this.ui = ui;
        this.partRows = partRows;
    }

    /** Reads the chosen file (UTF-8 text of at most 16 MiB) and checks it on the server. */
    public void choose(Path chosen) {
        String csv;
        try {
            if (Files.size(chosen) > MAX_BYTES) {
                refuse(Phrase.of("console.catalogue.import.too_large", MAX_BYTES / (1024 * 1024)));
                return;
            }
            csv = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(chosen))).toString();
        } catch (CharacterCodingException e) {
            refuse(Phrase.of("console.catalogue.import.not_text"));
            return;
        } catch (IOException e) {
            refuse(Phrase.of("console.catalogue.import.unreadable", String.valueOf(e.getMessage())));
            return;
        }
        records = records(csv);
        parts = parts(records, partRows, PART_BYTES);
        // The server finds a SKU or barcode twice only within one part, and numbers a line it cannot read
        // within its part: across parts the file is checked here, and those rows are refused before anything is sent.
        refusedHere = refusedAcrossParts(records, parts);
        if (!refusedHere.isEmpty()) {
            Set<Integer> left = new HashSet<>();
            refusedHere.forEach(r -> left.add(r.row() - 1));
            parts = parts(records, partRows, PART_BYTES, left);
        }
        file.set(chosen);
        check();
    }

    /**
     * The records of a CSV text as written, without their line ends: a line break inside quotes stays
     * in its record. Blank lines are kept, so a record's index is its line in the file as the server
     * counts them. Only a quote that starts a field opens quotes, as the server reads them: a stray
     * quote elsewhere (12" pizza) keeps its line to itself, to be refused there ({@link #unreadable(String)}).
     */
    static List<String> records(String csv) {
        List<String> records = new ArrayList<>();
        int start = csv.startsWith("\uFEFF") ? 1 : 0;
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = start; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == ',') {
                fieldStart = true;
            } else if (c == '\r' || c == '\n') {
                fieldStart = true;
                records.add(csv.substring(start, i));
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            } else {
                fieldStart = false;
            }
        }
        if (start < csv.length()) {
            records.add(csv.substring(start));
        }
        return records;
    }

    /** The file cut into parts of at most {@code most} rows and about {@code bytes} bytes, each with the first line. */
    static List<Part> parts(List<String> records, int most, int bytes) {
        return parts(records, most, bytes, Set.of());
    }

    /** As {@link #parts(List, int, int)}, leaving out the records at the indexes {@code left}. */
    static List<Part> parts(List<String> records, int most, int bytes, Set<Integer> left) {
        List<Part> parts = new ArrayList<>();
        if (records.size() <= 1) {
            parts.add(new Part(1, records.size(), String.join("\r\n", records)));
            return parts;
        }
        String header = records.get(0);
        int first = -1;
        List<Integer> rows = new ArrayList<>();
        StringBuilder part = new StringBuilder(header).append("\r\n");
        for (int i = 1; i < records.size(); i++) {
            if (left.contains(i)) {
                continue;
            }
            String record = records.get(i);
            if (!rows.isEmpty() && (rows.size() >= most || utf8(part) + utf8(record) + 2 > bytes)) {
                parts.add(new Part(first, rows.get(rows.size() - 1), part.toString(), List.copyOf(rows)));
                rows.clear();
                part = new StringBuilder(header).append("\r\n");
            }
            if (rows.isEmpty()) {
                first = i;
            }
            rows.add(i + 1);
            part.append(record).append("\r\n");
        }
        if (!rows.isEmpty() || parts.isEmpty()) {
            parts.add(new Part(first < 0 ? 1 : first, rows.isEmpty() ? 1 : rows.get(rows.size() - 1), part.toString(), List.copyOf(rows)));
        }
        return parts;
    }

    /**
     * The rows not sent: those not readable as CSV (the server would refuse their whole part, and number
     * them within it), then, for a file sent in parts, those {@link #acrossParts} refuses.
     */
    static List<ImportReport.RowProblem> refusedAcrossParts(List<String> records, List<Part> parts) {
        List<ImportReport.RowProblem> refused = new ArrayList<>();
        Set<Integer> unread = new HashSet<>();
        for (int index = 1; index < records.size(); index++) {
            int row = index + 1;
            unreadable(records.get(index)).ifPresent(problem -> {
                unread.add(row);
                refused.add(new ImportReport.RowProblem(row, null, "CSV record " + row + " " + problem));
            });
        }
        acrossParts(records, parts, unread).forEach(refused::add);
        refused.sort(java.util.Comparator.comparingInt(ImportReport.RowProblem::row));
        return List.copyOf(refused);
    }

    /** What makes one record unreadable as CSV, as the server reads it ({@link Csv#parse}); empty when it is readable. */
    static java.util.Optional<String> unreadable(String record) {
        try {
            Csv.parse(record);
            return java.util.Optional.empty();
        } catch (Csv.Unreadable e) {
            return java.util.Optional.of(e.problem());
        }
    }

    /**
     * For a file sent in parts, the rows whose SKU or barcode an earlier row already has, numbered as in
     * the file: the server compares rows only within one part, so across parts the later row would
     * overwrite the earlier (a SKU) or fail after earlier parts were applied (a barcode). These rows are
     * not sent, so the server does not say it again.
     */
    static List<ImportReport.RowProblem> acrossParts(List<String> records, List<Part> parts, Set<Integer> unread) {
        if (parts.size() <= 1 || records.isEmpty()) {
            return List.of();
        }
        List<String> columns = cells(records.get(0)).stream().map(c -> c.trim().toLowerCase(java.util.Locale.ROOT)).toList();
        List<ImportReport.RowProblem> refused = new ArrayList<>();
        for (String column : List.of("sku", "barcode")) {
            int at = columns.indexOf(column);
            if (at < 0) {
                continue;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int index = 1; index < records.size(); index++) {
                int row = index + 1;
                if (unread.contains(row) || refused.stream().anyMatch(r -> r.row() == row)) {
                    continue;
                }
                List<String> cells = cells(records.get(index));
                String value = at < cells.size() ? cells.get(at).trim() : "";
                Integer earlier = value.isEmpty() ? null : seen.putIfAbsent(value, row);
                if (earlier != null) {
                    refused.add(new ImportReport.RowProblem(row, column, column + " " + value + " was already on line " + earlier));
                }
            }
        }
        refused.sort(java.util.Comparator.comparingInt(ImportReport.RowProblem::row));
        return List.copyOf(refused);
    }

    /** The cells of one CSV record as the server reads them; none when it is not readable CSV. */
    static List<String> cells(String record) {
        try {
            List<List<String>> read = Csv.parse(record);
            return read.isEmpty() ? List.of("") : read.get(0);
        } catch (Csv.Unreadable e) {
            return List.of();
        }
    }

    private static int utf8(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /** Checks the chosen file again (a dry run of every part). */
    public void check() {
        send(true, Step.CHECKING);
    }

    /**
     * Applies the checked file: the good rows with {@code partial}; without it, all of it, or nothing
     * when the check refused a row.
     */
    public void apply() {
        if (step.get() != Step.CHECKED) {
            return;
        }
        ImportReport checked = report.get();
        if (!partial.get() && checked != null && checked.dryRun() && !checked.errors().isEmpty()) {
            // All or nothing, and some rows are refused: nothing is sent, as the server would apply nothing.
            shown(new ImportReport(false, false, checked.rows(), 0, 0, checked.errors()), parts.size());
            return;
        }
        send(false, Step.APPLYING);
    }

    /**
     * Stops the check or apply under way: its call to the server is closed at once and no further
     * part is sent. A check is dropped (choose the file again); a part of an apply the server had
     * already received may still be applied, so the wizard stays applying (Apply off) until the call
     * has ended.
     */
    public void cancel() {
        Step now = step.get();
        if (running == null || (now != Step.CHECKING && now != Step.APPLYING)) {
            return;
        }
        running.cancel();
        if (now == Step.CHECKING) {
            // A check applies nothing: it is dropped at once, and its answer, should one come, is not shown.
            attempt++;
            cancelled(true);
        }
    }

    private void send(boolean dryRun, Step during) {
        if (records == null) {
            return;
        }
        List<Part> sent = parts;
        List<ImportReport.RowProblem> refused = refusedHere;
        boolean onlyGood = partial.get();
        int mine = ++attempt;
        Cancellation cancellation = new Cancellation();
        running = cancellation;
        step.set(during);
        progress.set(0);
        status.set(saying(dryRun, 1, sent.size()));
        calls.execute(() -> {
            int rows = 0;
            int created = 0;
            int updated = 0;
            boolean applied = !dryRun;
            List<ImportReport.RowProblem> errors = new ArrayList<>(refused);
            rows += refused.size();
            int done = 0;
            try {
                for (Part part : sent) {
                    if (cancellation.isCancelled()) {
                        throw new CancellationException();
                    }
                    int index = done;
                    ui.execute(() -> {
                        if (mine == attempt) {
                            status.set(saying(dryRun, index + 1, sent.size()));
                        }
                    });
                    ImportReport answer;
                    try {
                        answer = admin.importCsv(part.csv(), dryRun, onlyGood, cancellation);
                    } catch (OlympusApiException notRead) {
                        // The server could not read this part: said with the line at fault in the file's numbers.
                        throw inFile(part, notRead);
                    }
                    rows += answer.rows();
                    if (dryRun || answer.applied()) {
                        created += answer.created();
                        updated += answer.updated();
                    }
                    for (ImportReport.RowProblem p : answer.errors()) {
                        ImportReport.RowProblem inFile = new ImportReport.RowProblem(part.fileRow(p.row()), p.field(), p.problem());
                        // The first line goes with every part: what is wrong with it is said once.
                        if (p.row() > 1 || !errors.contains(inFile)) {
                            errors.add(inFile);
                        }
                    }
                    done++;
                    double share = (double) done / sent.size();
                    ui.execute(() -> {
                        if (mine == attempt) {
                            progress.set(share);
                        }
                    });
                    if (!dryRun && !answer.applied()) {
                        // Refused since the check (changed meanwhile): what follows is not sent either.
                        applied = false;
                        break;
                    }
                }
                ImportReport total = new ImportReport(dryRun, applied, rows, created, updated, errors);
                int partsDone = done;
                ui.execute(() -> {
                    if (mine == attempt) {
                        shown(total, partsDone);
                    }
                });
            } catch (CancellationException e) {
                ui.execute(() -> {
                    if (mine == attempt) {
                        cancelled(dryRun);
                    }
                });
            } catch (RuntimeException e) {
                int partsDone = done;
                ui.execute(() -> {
                    if (mine == attempt) {
                        running = null;
                        step.set(dryRun ? Step.CHOOSE : Step.CHECKED);
                        status.set(!dryRun && partsDone > 0
                                ? Phrase.of("console.catalogue.import.part_failed", partsDone + 1, sent.size(), Problems.phrase(e))
                                : Problems.phrase(e));
                    }
                });
            }
        });
    }

    private Phrase saying(boolean dryRun, int part, int of) {
        String key = dryRun ? "console.catalogue.import.checking" : "console.catalogue.import.applying";
        return of > 1 ? Phrase.of(key + "_part", part, of) : Phrase.of(key);
    }

    private void cancelled(boolean dryRun) {
        running = null;
        if (dryRun) {
            report.set(null);
            rowProblems.clear();
            step.set(Step.CHOOSE);
            status.set(Phrase.of("console.catalogue.import.cancelled"));
        } else {
            step.set(Step.CHECKED);
            status.set(Phrase.of("console.catalogue.import.cancelled_apply"));
        }
    }

    private void shown(ImportReport answer, int partsDone) {
        running = null;
        report.set(answer);
        rowProblems.setAll(answer.errors());
        if (answer.dryRun()) {
            step.set(Step.CHECKED);
            status.set(answer.errors().isEmpty()
                    ? Phrase.of("console.catalogue.import.ready", answer.created(), answer.updated())
                    : Phrase.of("console.catalogue.import.bad_rows", answer.errors().size(), answer.rows()));
        } else if (answer.applied()) {
            step.set(Step.APPLIED);
            status.set(Phrase.of("console.catalogue.import.done", answer.created(), answer.updated()));
        } else if (answer.created() + answer.updated() > 0) {
            // Earlier parts were applied, then one was refused: said as it is.
            step.set(Step.CHECKED);
            status.set(Phrase.of("console.catalogue.import.stopped", answer.created(), answer.updated(), partsDone, parts.size()));
        } else {
            step.set(Step.CHECKED);
            status.set(Phrase.of("console.catalogue.import.nothing_applied", answer.errors().size()));
        }
    }

    /**
     * The server's refusal of a whole part at one of its rows (a line it cannot read as CSV), said with
     * that row's line in the file; any other refusal, the first line's included, as it is.
     */
    static OlympusApiException inFile(Part part, OlympusApiException refused) {
        Problem problem = refused.problem();
        Object row = problem.extra() == null ? null : problem.extra().get("row");
        if (refused.status() != 400 || !(row instanceof Number number) || number.intValue() <= 1) {
            return refused;
        }
        int inPart = number.intValue();
        int inFile = part.fileRow(inPart);
        Map<String, Object> extra = new HashMap<>(problem.extra());
        extra.put("row", inFile);
        String said = problem.detail() == null ? null
                : problem.detail().replaceFirst("^CSV record " + inPart + "\\b", "CSV record " + inFile);
        return new OlympusApiException(new Problem(problem.type(), problem.title(), problem.status(), said, problem.errors(),
                Map.copyOf(extra)), refused.retryAfter().orElse(null));
    }

    private void refuse(Phrase why) {
        records = null;
        parts = null;
        refusedHere = List.of();
        step.set(Step.CHOOSE);
        status.set(why);
    }

    /**
     * Writes the refused rows to {@code file} as CSV, to fix them: each row's number in the file, the
     * column at fault, why, and the row as the file has it. Answers false when there are none.
     */
    public boolean saveRefused(Path target) throws IOException {
        if (rowProblems.isEmpty()) {
            return false;
        }
        StringBuilder csv = new StringBuilder(Csv.line(List.of("row", "column", "problem", "record")));
        for (ImportReport.RowProblem problem : rowProblems) {
            String record = records != null && problem.row() >= 1 && problem.row() <= records.size()
                    ? records.get(problem.row() - 1) : "";
            csv.append(Csv.line(Arrays.asList(problem.row(), problem.field(), problem.problem(), record)));
        }
        cloud.olympus.client.files.DurableFiles.write(target, csv.toString().getBytes(StandardCharsets.UTF_8));
        return true;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrase> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** How far the check or apply under way is, 0 to 1, by the parts answered. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** How many parts the chosen file is sent in. */
    public int parts() {
        return parts == null ? 0 : parts.size();
    }

    /** The parts the chosen file is sent in. */
    List<Part> partList() {
        return parts == null ? List.of() : List.copyOf(parts);
    }

    public ObservableList<ImportReport.RowProblem> rowProblems() {
        return rowProblems;
    }

    /** Apply the good rows and leave out the bad ones, rather than nothing at all. */
    public BooleanProperty partialProperty() {
        return partial;
    }
}
