package cloud.olympus.desktop.pos;

import cloud.olympus.desktop.receipt.Paper;
import cloud.olympus.desktop.receipt.PrinterChoice;
import cloud.olympus.desktop.receipt.ReceiptDestination;
import cloud.olympus.desktop.receipt.ReceiptPrinting;
import cloud.olympus.desktop.receipt.ReceiptText;
import cloud.olympus.desktop.receipt.SystemQueuePrinter;
import cloud.olympus.fx.i18n.Messages;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Choosing the terminal's receipt printer: its kind and details, a test page to try them before
 * saving, and the print queues the system offers. Texts come out in the cashier's language.
 */
public final class PrinterSettingsViewModel {

    public static final String DEFAULT_DEVICE = "/dev/usb/lp0";

    private final ReceiptPrinting printing;
    private final Messages messages;
    private final Consumer<PrinterChoice> save;
    private final String business;
    private final String cashier;
    private final ObjectProperty<PrinterChoice.Kind> kind = new SimpleObjectProperty<>();
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty device = new SimpleStringProperty("");
    private final StringProperty queue = new SimpleStringProperty("");
    private final ObjectProperty<SystemQueuePrinter.Format> format = new SimpleObjectProperty<>();
    private final StringProperty folder = new SimpleStringProperty("");
    private final ObservableList<String> queues = FXCollections.observableArrayList();
    private final ObservableList<String> queuesView = FXCollections.unmodifiableObservableList(queues);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /**
     * @param pdfFolder where PDF receipts go unless another folder was chosen
     * @param save      remembers the choice on the terminal
     */
    public PrinterSettingsViewModel(PrinterChoice current, Path pdfFolder, String business, String cashier,
                                    ReceiptPrinting printing, Consumer<PrinterChoice> save) {
        this.printing = printing;
        this.messages = printing.messages();
        this.save = save;
        this.business = business;
        this.cashier = cashier;
        host.set(current.host() == null ? "" : current.host());
        port.set(String.valueOf(current.port()));
        device.set(current.device() == null ? DEFAULT_DEVICE : current.device());
        queue.set(current.queue() == null ? "" : current.queue());
        format.set(current.format());
        folder.set(current.folder() == null ? pdfFolder.toAbsolutePath().toString() : current.folder());
        kind.addListener((obs, old, now) -> kindChanged(now));
        kind.set(current.kind());
    }

    public ObjectProperty<PrinterChoice.Kind> kindProperty() {
        return kind;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty deviceProperty() {
        return device;
    }

    public StringProperty queueProperty() {
        return queue;
    }

    public ObjectProperty<SystemQueuePrinter.Format> formatProperty() {
        return format;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    /** The system's print queues, once listed; empty when it has none. */
    public ObservableList<String> queues() {
        return queuesView;
    }

    /** What the chosen kind of printer is, in a sentence. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** How the last test print or check went; empty when there is nothing to say. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether {@link #statusProperty()} reports a problem. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Whether a test page or the list of queues is on its way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The printer as entered, when every detail its kind needs is there; otherwise the status says what is missing. */
    public Optional<PrinterChoice> choice() {
        PrinterChoice.Kind chosen = kind.get();
        String missing = switch (chosen) {
            case NONE -> null;
            case NETWORK -> host.get().isBlank() ? "host" : portNumber() == 0 ? "port" : null;
            case DEVICE -> validPath(device.get()) ? null : "device";
            case SYSTEM -> queue.get() == null || queue.get().isBlank() ? "queue" : null;
            case PDF_FOLDER -> validPath(folder.get()) ? null : "folder";
        };
        if (missing != null) {
            report(messages.get("printer.invalid." + missing), true);
            return Optional.empty();
        }
        return Optional.of(new PrinterChoice(chosen, host.get().trim(), portNumber(), device.get().trim(),
                queue.get() == null ? null : queue.get().trim(), format.get(), folder.get().trim()));
    }

    /** Remembers the printer; answers false, with the status saying why, when a detail is missing. */
    public boolean save() {
        Optional<PrinterChoice> choice = choice();
        choice.ifPresent(save);
        return choice.isPresent();
    }

    /** Prints a test page on the printer as entered, without saving it. */
    public void testPrint() {
        if (busy.get()) {
            return;
        }
        Optional<ReceiptDestination> destination = choice().flatMap(PrinterChoice::destination);
        if (destination.isEmpty()) {
            return;
        }
        String where = destination.get().where();
        busy.set(true);
        report(messages.get("printer.testing"), false);
        printing.print(destination.get(), Paper.plain(ReceiptText.testPage(business, cashier, where, Instant.now(), messages,
                ZoneId.systemDefault()), "TEST"), outcome -> {
                    busy.set(false);
                    report(outcome.printed() ? messages.get("printer.test_ok", where) : outcome.problem(), !outcome.printed());
                });
    }

    /** Lists the system's print queues again, keeping the chosen one, or choosing the first when none is chosen yet. */
    public void refreshQueues() {
        busy.set(true);
        printing.queues(found -> {
            busy.set(false);
            // A list bound to the new items may drop its choice while they change: keep it here.
            String chosen = queue.get();
            queues.setAll(found);
            if (chosen != null && !chosen.isBlank()) {
                queue.set(chosen);
            } else if (!found.isEmpty()) {
                queue.set(found.get(0));
            }
            if (found.isEmpty()) {
                report(messages.get("printer.no_queues"), true);
            }
        });
    }

    private void kindChanged(PrinterChoice.Kind now) {
        hint.set(messages.get("printer.hint." + now.name().toLowerCase(Locale.ROOT)));
        report("", false);
        if (now == PrinterChoice.Kind.SYSTEM && queues.isEmpty()) {
            refreshQueues();
        }
    }

    private void report(String text, boolean problem) {
        status.set(text);
        failed.set(problem);
    }

    /** The port as a number, or 0 when it is not one from 1 to 65535. */
    private int portNumber() {
        try {
            int number = Integer.parseInt(port.get().trim());
            return number >= 1 && number <= 65535 ? number : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean validPath(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            Path.of(text.trim());
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
