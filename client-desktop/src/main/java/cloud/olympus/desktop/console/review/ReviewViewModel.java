package cloud.olympus.desktop.console.review;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.OrderBook;
import cloud.olympus.client.manager.Place;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.fx.manager.DiscrepancyWords;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What waits for a manager's eye: till sales whose amounts differ from the catalogue, each with its
 * differences in words, cleared with a note of what was checked; and the requests for approval
 * that are over, with who asked, who decided, when and for how much. The sales are those of the
 * location picked in the console's header (the business's own with none picked), read again when
 * another is picked; the approvals are the business's.
 */
public final class ReviewViewModel {

    private final OlympusApi api;
    private final ManagerApi manager;
    private final OrderBook book;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<OrderSummary> sales = FXCollections.observableArrayList();
    private final ObjectProperty<OrderSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<Approval> approvals = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<String> currency = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ObjectProperty<Place> place;
    /** Counts the locations picked: an answer asked for at the one before is dropped. */
    private long epoch;
    private int reads;

    public ReviewViewModel(OlympusApi api, Executor background, Executor ui) {
        this(api, background, ui, new SimpleObjectProperty<>());
    }

    /** @param place the location shown (null: the business's own sales), shared with the console's header */
    public ReviewViewModel(OlympusApi api, Executor background, Executor ui, ObjectProperty<Place> place) {
        this.api = api;
        this.place = place;
        this.manager = new ManagerApi(api);
        this.book = new OrderBook(api);
        this.background = background;
        this.ui = ui;
        selected.addListener((o, was, now) -> note.set(""));
        place.addListener((o, was, now) -> {
            // What was being read or cleared for the location before is not shown for this one.
            epoch++;
            reads = 0;
            busy.set(false);
            selected.set(null);
            sales.clear();
            load();
        });
    }

    private UUID locationId() {
        Place picked = place.get();
        return picked == null ? null : picked.id();
    }

    /** Sales waiting for review, newest first. */
    public ObservableList<OrderSummary> sales() {
        return sales;
    }

    /** The sale being looked at; null for none. */
    public ObjectProperty<OrderSummary> selectedProperty() {
        return selected;
    }

    /** What the manager checked, kept with the review. */
    public StringProperty noteProperty() {
        return note;
    }

    /** Requests for approval that were approved, declined or ran out, newest first. */
    public ObservableList<Approval> approvals() {
        return approvals;
    }

    /** The business's currency, which the approvals' amounts are in; null before the first load. */
    public ReadOnlyObjectProperty<String> currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What went wrong, or what is missing; {@link Phrase#NONE} when nothing. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** How {@code sale} differs from the catalogue, a phrase per difference, amounts as {@code money} writes them. */
    public static List<Phrase> differences(OrderSummary sale, Function<BigDecimal, String> money) {
        return sale.discrepancies().stream().map(d -> DiscrepancyWords.of(d, money)).toList();
    }

    /** Reads the sales to review and the approvals decided. */
    public void load() {
        String known = currency.get();
        UUID location = locationId();
        run(() -> new Loaded(manager.salesToReview(location), book.decidedApprovals(), known != null ? known : api.tenant().currency()),
                loaded -> {
                    currency.set(loaded.currency());
                    OrderSummary was = selected.get();
                    sales.setAll(loaded.sales());
                    approvals.setAll(loaded.approvals());
                    selected.set(was == null ? null : loaded.sales().stream().filter(s -> s.id().equals(was.id())).findFirst()
                            .orElse(null));
                });
    }

    private record Loaded(List<OrderSummary> sales, List<Approval> approvals, String currency) {
    }

    /** Clears the chosen sale's review with the note; it leaves the list. */
    public void markReviewed() {
        OrderSummary sale = selected.get();
        if (sale == null) {
            problem.set(Phrase.of("console.review.choose"));
            return;
        }
        String said = note.get() == null ? "" : note.get().trim();
        if (said.isEmpty()) {
            problem.set(Phrase.of("console.review.note_needed"));
            return;
        }
        UUID location = locationId();
        run(() -> manager.markReviewed(sale.id(), said, location), done -> {
            sales.removeIf(s -> s.id().equals(sale.id()));
            selected.set(null);
            problem.set(Phrase.of("console.review.done", done.orderNumber()));
        });
    }

    private <T> void run(Supplier<T> call, Consumer<T> then) {
        long begun = epoch;
        reads++;
        busy.set(true);
        problem.set(Phrase.NONE);
        background.execute(() -> {
            try {
                T result = call.get();
                ui.execute(() -> {
                    if (begun != epoch) {
                        return;
                    }
                    busy.set(--reads > 0);
                    then.accept(result);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    if (begun != epoch) {
                        return;
                    }
                    busy.set(--reads > 0);
                    problem.set(Problems.phrase(e));
                });
            }
        });
    }
}
