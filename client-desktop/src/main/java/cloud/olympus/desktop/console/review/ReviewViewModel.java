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
import java.time.LocalDate;
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
 * another is picked; the approvals are the business's, asked between the dates chosen. Both lists come
 * a page at a time, the next on asking for more.
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
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper moreSales = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper moreApprovals = new ReadOnlyBooleanWrapper();
    private final int pageSize;
    private String salesCursor;
    private String approvalsCursor;
    /** The dates of the approvals listed, which their further pages keep. */
    private LocalDate approvalsFrom;
    private LocalDate approvalsTo;
    /** Counts the readings of the first page: a further page asked for before is dropped. */
    private int salesGeneration;
    private int approvalsGeneration;
    /** Counts the locations picked: an answer asked for at the one before is dropped. */
    private long epoch;
    private int reads;

    public ReviewViewModel(OlympusApi api, Executor background, Executor ui) {
        this(api, background, ui, new SimpleObjectProperty<>());
    }

    /** @param place the location shown (null: the business's own sales), shared with the console's header */
    public ReviewViewModel(OlympusApi api, Executor background, Executor ui, ObjectProperty<Place> place) {
        this(api, background, ui, place, PAGE);
    }

    /** @param pageSize how many sales, and how many approvals, a page holds */
    public ReviewViewModel(OlympusApi api, Executor background, Executor ui, ObjectProperty<Place> place, int pageSize) {
        this.api = api;
        this.pageSize = pageSize;
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
            salesCursor = null;
            moreSales.set(false);
            load();
        });
    }

    private UUID locationId() {
        Place picked = place.get();
        return picked == null ? null : picked.id();
    }

    /** How many sales, and how many approvals, a page holds unless told otherwise. */
    public static final int PAGE = 50;

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

    /** The first business day of the approvals shown; null: no bound. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last business day of the approvals shown; null: no bound. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Whether more sales wait than the pages read. */
    public ReadOnlyBooleanProperty moreSalesProperty() {
        return moreSales.getReadOnlyProperty();
    }

    /** Whether more approvals were asked between the dates than the pages read. */
    public ReadOnlyBooleanProperty moreApprovalsProperty() {
        return moreApprovals.getReadOnlyProperty();
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

    /** Reads the first page of the sales to review and of the approvals decided. */
    public void load() {
        String known = currency.get();
        UUID location = locationId();
        int mine = ++salesGeneration;
        run(() -> new Loaded(book.page(OrderBook.OrderQuery.NEEDS_REVIEW.at(location), null, pageSize),
                        known != null ? known : api.tenant().currency()),
                loaded -> {
                    if (mine != salesGeneration) {
                        return;
                    }
                    currency.set(loaded.currency());
                    OrderSummary was = selected.get();
                    sales.setAll(loaded.sales().orders());
                    salesCursor = loaded.sales().nextCursor();
                    moreSales.set(salesCursor != null);
                    selected.set(was == null ? null : sales.stream().filter(s -> s.id().equals(was.id())).findFirst()
                            .orElse(null));
                });
        loadApprovals();
    }

    private record Loaded(ManagerApi.OrderPage sales, String currency) {
    }

    /** Adds the next page of sales to review. */
    public void moreSales() {
        String cursor = salesCursor;
        if (cursor == null) {
            return;
        }
        salesCursor = null;
        UUID location = locationId();
        int mine = salesGeneration;
        run(() -> book.page(OrderBook.OrderQuery.NEEDS_REVIEW.at(location), cursor, pageSize), page -> {
            if (mine != salesGeneration) {
                return;
            }
            sales.addAll(page.orders());
            salesCursor = page.nextCursor();
            moreSales.set(salesCursor != null);
        });
    }

    /** Reads the first page of the approvals decided, asked between the dates chosen. */
    public void loadApprovals() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first != null && last != null && last.isBefore(first)) {
            problem.set(Phrase.of("console.review.dates_reversed"));
            return;
        }
        int mine = ++approvalsGeneration;
        approvalsFrom = first;
        approvalsTo = last;
        run(() -> book.decidedApprovals(first, last, null, pageSize), page -> {
            if (mine == approvalsGeneration) {
                approvals.setAll(page.approvals());
                approvalsCursor = page.nextCursor();
                moreApprovals.set(approvalsCursor != null);
            }
        });
    }

    /** Adds the next page of approvals decided between the same dates. */
    public void moreApprovals() {
        String cursor = approvalsCursor;
        if (cursor == null) {
            return;
        }
        approvalsCursor = null;
        LocalDate first = approvalsFrom;
        LocalDate last = approvalsTo;
        int mine = approvalsGeneration;
        run(() -> book.decidedApprovals(first, last, cursor, pageSize), page -> {
            if (mine == approvalsGeneration) {
                approvals.addAll(page.approvals());
                approvalsCursor = page.nextCursor();
                moreApprovals.set(approvalsCursor != null);
            }
        });
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
