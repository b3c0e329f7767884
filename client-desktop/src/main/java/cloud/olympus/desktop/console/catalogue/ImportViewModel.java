package cloud.olympus.desktop.console.catalogue;

import cloud.olympus.client.Cancellation;
import cloud.olympus.client.backoffice.CatalogueAdmin;
import cloud.olympus.client.backoffice.ImportReport;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Bringing items in from a CSV file, in steps: choose the file, check it (a dry run on the server:
 * every row checked, nothing applied), see each refused row, then apply. The server applies all or
 * nothing unless {@code partial}. A check or an apply under way can be cancelled: its call is closed
 * (an apply the server had already received may still be applied; the list shows what is there).
 */
public final class ImportViewModel {

    /** Where the wizard is. */
    public enum Step { CHOOSE, CHECKING, CHECKED, APPLYING, APPLIED }

    /** The largest file the server takes. */
    static final long MAX_BYTES = 1_048_576;

    private final CatalogueAdmin admin;
    private final Executor calls;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE);
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Phrase> status = new ReadOnlyObjectWrapper<>(Phrase.of("console.catalogue.import.choose"));
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ImportReport.RowProblem> rowProblems = FXCollections.observableArrayList();
    private final BooleanProperty partial = new SimpleBooleanProperty(false);
    private String csv;
    private Cancellation running;
    private int attempt;

    /** @param calls where the calls to the server run */
    public ImportViewModel(CatalogueAdmin admin, Executor calls, Executor ui) {
        this.admin = admin;
        this.calls = calls;
        this.ui = ui;
    }

    /** Reads the chosen file (UTF-8 text of at most 1 MiB) and checks it on the server. */
    public void choose(Path chosen) {
        try {
            if (Files.size(chosen) > MAX_BYTES) {
                refuse(Phrase.of("console.catalogue.import.too_big"));
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
        file.set(chosen);
        check();
    }

    /** Checks the chosen file again (a dry run). */
    public void check() {
        send(true, Step.CHECKING, Phrase.of("console.catalogue.import.checking"));
    }

    /** Applies the checked file: all or nothing, or with {@code partial} the good rows. */
    public void apply() {
        if (step.get() == Step.CHECKED) {
            send(false, Step.APPLYING, Phrase.of("console.catalogue.import.applying"));
        }
    }

    /**
     * Stops the check or apply under way: its call to the server is closed at once. A check is
     * dropped (choose the file again); an apply the server had already received may still be
     * applied, so the wizard stays applying (Apply off) until the call has ended.
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

    private void send(boolean dryRun, Step during, Phrase saying) {
        if (csv == null) {
            return;
        }
        String text = csv;
        boolean onlyGood = partial.get();
        int mine = ++attempt;
        Cancellation cancellation = new Cancellation();
        running = cancellation;
        step.set(during);
        status.set(saying);
        calls.execute(() -> {
            try {
                ImportReport answer = admin.importCsv(text, dryRun, onlyGood, cancellation);
                ui.execute(() -> {
                    if (mine == attempt) {
                        shown(answer);
                    }
                });
            } catch (CancellationException e) {
                ui.execute(() -> {
                    if (mine == attempt) {
                        cancelled(dryRun);
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    if (mine == attempt) {
                        running = null;
                        step.set(dryRun ? Step.CHOOSE : Step.CHECKED);
                        status.set(Problems.phrase(e));
                    }
                });
            }
        });
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

    private void shown(ImportReport answer) {
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
        } else {
            step.set(Step.CHECKED);
            status.set(Phrase.of("console.catalogue.import.nothing_applied", answer.errors().size()));
        }
    }

    private void refuse(Phrase why) {
        csv = null;
        step.set(Step.CHOOSE);
        status.set(why);
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

    public ObservableList<ImportReport.RowProblem> rowProblems() {
        return rowProblems;
    }

    /** Apply the good rows and leave out the bad ones, rather than nothing at all. */
    public BooleanProperty partialProperty() {
        return partial;
    }
}
