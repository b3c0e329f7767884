package cloud.olympus.fx.manager;

import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.StockItem;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A stock count: items picked from a search or scanned, the quantity found on the shelf entered for
 * each, the difference from the books shown, and the counts booked as stock adjustments (reason
 * {@code count}) in one go. A line already booked stays, marked, until the count is cleared.
 */
public final class StockCountViewModel {

    /** The calls behind the screen; {@link #of(ManagerApi)} makes them over HTTP. */
    public interface Source {
        List<StockItem> find(String query);

        /** Books the count and answers the item as it stands now; {@code key} makes a retry harmless. */
        StockItem count(UUID itemId, int counted, String note, String key);

        static Source of(ManagerApi api) {
            return new Source() {
                @Override
                public List<StockItem> find(String query) {
                    return api.findItems(query);
                }

                @Override
                public StockItem count(UUID itemId, int counted, String note, String key) {
                    return api.count(itemId, counted, note, key);
                }
            };
        }
    }

    /** One item of the count. */
    public static final class Line {
        private final ReadOnlyObjectWrapper<StockItem> item;
        private final ObjectProperty<Integer> counted = new SimpleObjectProperty<>();
        private final ObjectBinding<Integer> variance;
        private final ReadOnlyBooleanWrapper booked = new ReadOnlyBooleanWrapper();
        /** The posting the key was made for (the quantity and note sent), and its idempotency key. */
        private String posted;
        private String key;

        Line(StockItem item) {
            this.item = new ReadOnlyObjectWrapper<>(item);
            this.variance = Bindings.createObjectBinding(() -> counted.get() == null ? null
                    : counted.get() - this.item.get().currentStock(), counted, this.item);
        }

        public ReadOnlyObjectProperty<StockItem> itemProperty() {
            return item.getReadOnlyProperty();
        }

        public StockItem item() {
            return item.get();
        }

        /** What was found on the shelf; null until entered. */
        public ObjectProperty<Integer> countedProperty() {
            return counted;
        }

        /** Found less the books: negative when short; null until counted. */
        public ObjectBinding<Integer> varianceProperty() {
            return variance;
        }

        public ReadOnlyBooleanProperty bookedProperty() {
            return booked.getReadOnlyProperty();
        }

        /**
         * The idempotency key of booking {@code counted} with {@code note}: the same posting sent again
         * after a failure has the same key, so it is booked once; a count (or note) changed since is a
         * posting of its own with a new key, never taken for the one before.
         */
        synchronized String keyFor(int counted, String note) {
            String posting = counted + "\n" + (note == null ? "" : note);
            if (!posting.equals(posted)) {
                posted = posting;
                key = UUID.randomUUID().toString();
            }
            return key;
        }
    }

    private final Source source;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Line> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ObservableList<StockItem> matches = FXCollections.observableArrayList();
    private final ObservableList<StockItem> matchesView = FXCollections.unmodifiableObservableList(matches);
    private final ReadOnlyObjectWrapper<Line> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Phrase> message = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public StockCountViewModel(Source source, Executor background, Executor ui) {
        this.source = source;
        this.background = background;
        this.ui = ui;
    }

    public ObservableList<Line> lines() {
        return linesView;
    }

    /** Items a search found, to pick from, when it did not find exactly one. */
    public ObservableList<StockItem> matches() {
        return matchesView;
    }

    /** The line last added or scanned, to enter its count. */
    public ReadOnlyObjectProperty<Line> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** What happened last: nothing found, counts booked, what went wrong. */
    public ReadOnlyObjectProperty<Phrase> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * A code scanned or a search typed: an item whose barcode or SKU is exactly that, or the only one
     * found, joins the count; several are offered to pick from.
     */
    public void search(String query) {
        if (query == null || query.isBlank()) {
            return;
        }
        String code = query.trim();
        busy.set(true);
        message.set(Phrase.NONE);
        background.execute(() -> {
            try {
                List<StockItem> found = source.find(code);
                List<StockItem> exact = found.stream().filter(i -> code.equalsIgnoreCase(i.barcode())
                        || code.equalsIgnoreCase(i.sku())).toList();
                List<StockItem> counted = (exact.size() == 1 ? exact : found).stream().filter(StockItem::trackStock).toList();
                ui.execute(() -> {
                    busy.set(false);
                    if (counted.size() == 1) {
                        matches.clear();
                        pick(counted.get(0));
                    } else {
                        matches.setAll(counted);
                        message.set(counted.isEmpty() ? Phrase.of("mobile.count.not_found", code) : Phrase.NONE);
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    busy.set(false);
                    message.set(Problems.phrase(e));
                });
            }
        });
    }

    /** Adds an item to the count (or goes back to its line when it is there already). */
    public void pick(StockItem item) {
        matches.clear();
        Line line = lines.stream().filter(l -> l.item().id().equals(item.id()) && !l.booked.get()).findFirst().orElseGet(() -> {
            Line fresh = new Line(item);
            lines.add(0, fresh);
            return fresh;
        });
        current.set(line);
    }

    public void remove(Line line) {
        lines.remove(line);
        if (current.get() == line) {
            current.set(null);
        }
    }

    /** The lines counted whose quantity differs from the books, not booked yet. */
    public List<Line> differences() {
        return lines.stream().filter(l -> !l.booked.get() && l.variance.get() != null && l.variance.get() != 0).toList();
    }

    /** Books every difference as a count with {@code note}; lines that match the books need nothing. */
    public void book(String note) {
        List<Line> due = differences();
        if (due.isEmpty()) {
            message.set(Phrase.of("mobile.count.nothing_to_book"));
            return;
        }
        busy.set(true);
        message.set(Phrase.NONE);
        record Due(Line line, UUID id, int counted) {
        }
        List<Due> work = due.stream().map(l -> new Due(l, l.item().id(), l.counted.get())).toList();
        background.execute(() -> {
            int done = 0;
            RuntimeException failed = null;
            for (Due d : work) {
                try {
                    String said = note == null || note.isBlank() ? null : note.trim();
                    StockItem now = source.count(d.id(), d.counted(), said, d.line().keyFor(d.counted(), said));
                    done++;
                    ui.execute(() -> {
                        d.line().item.set(now);
                        d.line().booked.set(true);
                    });
                } catch (RuntimeException e) {
                    failed = e;
                    break;
                }
            }
            int booked = done;
            RuntimeException problem = failed;
            ui.execute(() -> {
                busy.set(false);
                message.set(problem == null ? Phrase.of("mobile.count.booked", booked) : Problems.phrase(problem));
            });
        });
    }

    /** Starts a new count. */
    public void clear() {
        lines.clear();
        matches.clear();
        current.set(null);
        message.set(Phrase.NONE);
    }

    /** Reads a typed quantity: a whole number from 0, or null for anything else. */
    public static Integer quantity(String typed) {
        if (typed == null || !typed.trim().matches("\\d{1,7}")) {
            return null;
        }
        return Integer.valueOf(typed.trim().toLowerCase(Locale.ROOT));
    }
}
