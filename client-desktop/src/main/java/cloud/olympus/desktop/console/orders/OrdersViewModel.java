package cloud.olympus.desktop.console.orders;

import cloud.olympus.client.api.CustomerSummary;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.api.TenantProfile;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.OrderBook;
import cloud.olympus.client.manager.Place;
import cloud.olympus.desktop.refund.RefundViewModel;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.model.Csv;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The back office's orders: a filtered list read a page at a time from the server, newest first;
 * one order opened in full with its audit entries (for those who may see the audit trail); a
 * refund of it made as the till makes one ({@link RefundViewModel}); the list as CSV; and a copy
 * of all the business's data. The orders are those of the location picked in the console's header,
 * or the business's own with none picked; picking another reads the list again.
 */
public final class OrdersViewModel {

    /** The columns of the CSV of a list. */
    public static final List<String> CSV_COLUMNS = List.of("number", "reference", "happened_at", "status", "source", "currency",
            "subtotal", "discount_total", "tax", "total", "payment_status", "paid_total", "tip_total", "refunded_total",
            "needs_review", "customer_id", "items", "id");

    /** An audit entry as the detail shows it: who did what, when. */
    public record AuditRow(OrderBook.AuditLine entry, String actor) {
    }

    private final OrderBook book;
    private final OlympusApi api;
    private final Session session;
    private final Executor background;
    private final Executor ui;
    private final int pageSize;
    private final StringProperty number = new SimpleStringProperty("");
    private final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<OrderSource> source = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty needsReview = new SimpleBooleanProperty();
    private final StringProperty customerQuery = new SimpleStringProperty("");
    private final ObservableList<CustomerSummary> customerMatches = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerSummary> customer = new SimpleObjectProperty<>();
    private final ObservableList<OrderSummary> orders = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper listLoading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper detailLoading = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Place> place;
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyObjectWrapper<Phrase> scopeNote = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private ObservableList<Place> locations = FXCollections.observableArrayList();
    private String organisation;
    private final ReadOnlyObjectWrapper<OrderSummary> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AuditRow> audit = FXCollections.observableArrayList();
    private final FileExport csvExport;
    private final BusinessDataExport everything;
    private final Clock clock;
    private volatile TenantProfile tenant;
    private RefundViewModel refund;
    private OrderBook.OrderQuery shown = OrderBook.OrderQuery.ALL;
    private String cursor;
    /** Counts the lists asked for: an answer to an older one is dropped. */
    private int generation;
    /** Whether the next page is on its way: one at a time. */
    private boolean paging;
    /** The order opened last: answers for orders clicked before it are dropped. */
    private UUID opening;
    private volatile Map<UUID, String> people;
    /** How many of the list's and of the detail's readings are under way. */
    private final int[] listReads = {0};
    private final int[] detailReads = {0};
    /** Counts the locations picked: an answer asked for at the one before is dropped. */
    private long epoch;
    /** The customer query the customer shown was found for. */
    private String customerFoundFor = "";

    /**
     * @param tenant the business, when known already (read with the first order opened otherwise)
     * @param files  where exports run: a thread of their own, so a long one does not hold up the screens
     */
    public OrdersViewModel(OlympusApi api, TenantProfile tenant, Session session, Clock clock, Executor background, Executor ui,
                           Executor files, int pageSize) {
        this(api, tenant, session, clock, background, ui, files, pageSize, new SimpleObjectProperty<>());
    }

    /**
     * @param place the location shown (null: the business's own orders), shared with the console's header
     */
    public OrdersViewModel(OlympusApi api, TenantProfile tenant, Session session, Clock clock, Executor background, Executor ui,
                           Executor files, int pageSize, ObjectProperty<Place> place) {
        this.api = api;
        this.place = place;
        this.book = new OrderBook(api);
        this.session = session;
        this.background = background;
        this.ui = ui;
        this.pageSize = pageSize;
        this.csvExport = new FileExport(files, ui);
        this.everything = new BusinessDataExport(book, session, files, ui);
        this.clock = clock;
        this.tenant = tenant;
        place.addListener((obs, was, now) -> placeChanged());
        place.addListener((obs, was, now) -> noteScope());
    }

    /**
     * The organisation's locations, as the console's header offers them, and the organisation's name
     * (null when not known). Each location is a business of its own whose orders the server keeps
     * apart, so with none picked the list holds the organisation's own orders only: the
     * {@link #scopeNoteProperty() note} says so while there are locations to pick.
     */
    public void locationsAre(ObservableList<Place> offered, String organisationName) {
        this.locations = offered;
        this.organisation = organisationName;
        offered.addListener((javafx.collections.ListChangeListener<Place>) c -> noteScope());
        noteScope();
    }

    /** What the list holds when that is not plain: the organisation's own orders while it has locations. */
    public ReadOnlyObjectProperty<Phrase> scopeNoteProperty() {
        return scopeNote.getReadOnlyProperty();
    }

    private void noteScope() {
        if (place.get() != null || locations.isEmpty()) {
            scopeNote.set(Phrase.NONE);
        } else if (organisation == null || organisation.isBlank()) {
            scopeNote.set(Phrase.of("console.orders.own_only_unnamed"));
        } else {
            scopeNote.set(Phrase.of("console.orders.own_only", organisation));
        }
    }

    /**
     * Another location was picked: what was being read for the one before is dropped, the order
     * opened there is closed, and the new location's list is read. Customers are found among the
     * business's own, so at a location the list is anyone's.
     */
    private void placeChanged() {
        if (place.get() != null) {
            customerFoundFor = "";
            customerQuery.set("");
            customerMatches.clear();
            customer.set(null);
        }
        epoch++;
        listReads[0] = 0;
        detailReads[0] = 0;
        listLoading.set(false);
        detailLoading.set(false);
        opening = null;
        selected.set(null);
        audit.clear();
        paging = false;
        search();
    }

    /** The location whose orders are shown; null for the business's own. */
    public UUID locationId() {
        Place picked = place.get();
        return picked == null ? null : picked.id();
    }

    /** An order number, or the reference printed on a receipt. */
    public StringProperty numberProperty() {
        return number;
    }

    /** One status, or null for any. */
    public ObjectProperty<OrderStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<OrderSource> sourceProperty() {
        return source;
    }

    /** The first business day shown; null for no limit. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last business day shown; null for no limit. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Only sales waiting for a manager's review. */
    public BooleanProperty needsReviewProperty() {
        return needsReview;
    }

    /** A customer's name, email or phone, as typed to find them. */
    public StringProperty customerQueryProperty() {
        return customerQuery;
    }

    /** The customers the query found. */
    public ObservableList<CustomerSummary> customerMatches() {
        return customerMatches;
    }

    /** Whether a customer can be found for the list: the business's own customers, so not at one of its locations. */
    public javafx.beans.binding.BooleanBinding customerSearchProperty() {
        return place.isNull();
    }

    /** Only this customer's orders; null for anyone's. */
    public ObjectProperty<CustomerSummary> customerProperty() {
        return customer;
    }

    /**
     * Finds the customers the query names and shows the orders of the first found (the others can be
     * chosen among the matches); a blank query shows anyone's orders again.
     */
    public void findCustomer() {
        String text = customerQuery.get() == null ? "" : customerQuery.get().trim();
        customerFoundFor = text;
        if (text.isEmpty()) {
            customerMatches.clear();
            customer.set(null);
            search();
            return;
        }
        int asked = ++generation;
        run(listLoading, () -> api.findCustomers(text), found -> {
            if (asked != generation) {
                return;
            }
            customerMatches.setAll(found);
            customer.set(found.isEmpty() ? null : found.get(0));
            if (found.isEmpty()) {
                orders.clear();
                hasMore.set(false);
                problem.set(Phrase.of("console.orders.no_customer", text));
            } else {
                search();
            }
        });
    }

    /** Shows the orders of the filter as set now, finding the customer first when their name was changed. */
    public void apply() {
        String text = customerQuery.get() == null ? "" : customerQuery.get().trim();
        if (!text.equals(customerFoundFor)) {
            findCustomer();
        } else {
            search();
        }
    }

    /** The orders read so far for the filter, newest first. */
    public ObservableList<OrderSummary> orders() {
        return orders;
    }

    /** Whether the server has more orders for the filter than are read yet. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** Whether the list (a page of it, or the customer it is for) is being read. */
    public ReadOnlyBooleanProperty listLoadingProperty() {
        return listLoading.getReadOnlyProperty();
    }

    /** Whether the order clicked is being opened. */
    public ReadOnlyBooleanProperty detailLoadingProperty() {
        return detailLoading.getReadOnlyProperty();
    }

    /** What went wrong with the last call; {@link Phrase#NONE} when nothing did. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The order opened in full; null before one is. */
    public ReadOnlyObjectProperty<OrderSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The opened order's audit entries, newest first; empty for those who may not see the audit trail. */
    public ObservableList<AuditRow> audit() {
        return audit;
    }

    /** The refund of the opened order, with the till's rules; null before an order is opened. */
    public RefundViewModel refund() {
        return refund;
    }

    public FileExport csvExport() {
        return csvExport;
    }

    /** The copy of all the business's data. */
    public FileExport dataExport() {
        return everything.export();
    }

    public boolean mayAudit() {
        return session.may(Permission.AUDIT_VIEW);
    }

    /** Orders are refunded from here, the business's own and those of the location picked. */
    public boolean mayRefund() {
        return session.may(Permission.ORDER_REFUND);
    }

    public boolean mayExportEverything() {
        return everything.allowed();
    }

    /** The filter as it is set now. */
    public OrderBook.OrderQuery query() {
        return new OrderBook.OrderQuery(number.get(), status.get() == null ? Set.of() : Set.of(status.get()), source.get(),
                from.get(), to.get(), customer.get() == null ? null : customer.get().id(), needsReview.get() ? Boolean.TRUE : null,
                locationId());
    }

    /** Reads the first page of orders for the filter as it is set now. */
    public void search() {
        OrderBook.OrderQuery query = query();
        int asked = ++generation;
        // The pages of the list shown before are not read on: the next one follows the new list.
        cursor = null;
        hasMore.set(false);
        run(listLoading, () -> book.page(query, null, pageSize), page -> {
            if (asked != generation) {
                return;
            }
            shown = query;
            orders.setAll(page.orders());
            cursor = page.nextCursor();
            hasMore.set(cursor != null);
        });
    }

    /** Reads the next page of the list shown. */
    public void more() {
        if (cursor == null || paging) {
            return;
        }
        OrderBook.OrderQuery query = shown;
        String after = cursor;
        int asked = generation;
        paging = true;
        run(listLoading, () -> book.page(query, after, pageSize), page -> {
            if (asked != generation) {
                return;
            }
            orders.addAll(page.orders());
            cursor = page.nextCursor();
            hasMore.set(cursor != null);
        }, () -> paging = false);
    }

    /** Opens an order in full: its lines, payments, refunds, differences and audit entries, ready to refund. */
    public void open(OrderSummary order) {
        UUID id = order.id();
        UUID location = locationId();
        opening = id;
        run(detailLoading, () -> {
            if (tenant == null) {
                tenant = api.tenant();
            }
            return new Detail(book.order(id, location), mayAudit() ? auditRows(id, location) : List.of());
        }, detail -> {
            if (id.equals(opening)) {
                show(detail);
            }
        });
    }

    private record Detail(OrderSummary order, List<AuditRow> audit) {
    }

    private List<AuditRow> auditRows(UUID id, UUID location) {
        List<OrderBook.AuditLine> entries = book.auditOf(id, location);
        Map<UUID, String> names = people;
        if (names == null && session.may(Permission.USER_ADMIN)) {
            names = book.people();
            people = names;
        }
        Map<UUID, String> known = names == null ? Map.of() : names;
        return entries.stream().map(e -> new AuditRow(e, e.actorId() == null ? "" : known.getOrDefault(e.actorId(),
                e.actorId().toString().substring(0, 8)))).toList();
    }

    private void show(Detail detail) {
        if (refund == null) {
            refund = new RefundViewModel(api, tenant, session, clock, background, ui);
        }
        audit.setAll(detail.audit());
        selected.set(detail.order());
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).id().equals(detail.order().id())) {
                orders.set(i, detail.order());
            }
        }
        if (mayRefund()) {
            refund.show(detail.order(), locationId());
        }
    }

    /**
     * Makes the refund set up in {@link #refund()} (a manager's own: no approval needed), then shows
     * the order as the refund left it. The audit entry, written just after the refund, is read until
     * it is there (a few seconds at most); only the trail is shown again, so a further refund being
     * typed meanwhile is kept.
     */
    public void makeRefund() {
        refund.refund(null, done -> {
            OrderSummary order = done.order();
            if (!order.id().equals(opening)) {
                return;
            }
            show(new Detail(order, List.copyOf(audit)));
            if (mayAudit()) {
                auditOfRefund(order.id(), done.refundId(), locationId());
            }
        });
    }

    /** How many times, and how far apart, the audit trail is read for a refund's entry. */
    private static final int AUDIT_READS = 20;
    private static final long AUDIT_PAUSE_MILLIS = 250;

    private void auditOfRefund(UUID orderId, UUID refundId, UUID location) {
        run(detailLoading, () -> {
            List<AuditRow> rows = auditRows(orderId, location);
            for (int read = 1; read < AUDIT_READS && rows.stream().noneMatch(row -> isEntryOf(row, refundId)); read++) {
                try {
                    Thread.sleep(AUDIT_PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                rows = auditRows(orderId, location);
            }
            return rows;
        }, rows -> {
            if (orderId.equals(opening)) {
                audit.setAll(rows);
            }
        });
    }

    private static boolean isEntryOf(AuditRow row, UUID refundId) {
        OrderBook.AuditLine entry = row.entry();
        return entry.action().equals("order.refunded") && entry.details() != null
                && refundId.toString().equals(entry.details().path("refund_id").asString(""));
    }

    /** Writes every order of the list's filter (all pages, not only those read) to {@code file} as CSV. */
    public void exportCsv(Path file) {
        OrderBook.OrderQuery query = shown;
        csvExport.start(file, "console.orders.csv", (out, progress, cancellation) -> writeCsv(query, out, progress,
                cancellation::isCancelled));
    }

    /** Saves a copy of all the business's data, a zip of one CSV per table, to {@code file}. */
    public void exportEverything(Path file) {
        everything.start(file);
    }

    private void writeCsv(OrderBook.OrderQuery query, OutputStream out, LongConsumer progress, BooleanSupplier cancelled)
            throws java.io.IOException {
        out.write(Csv.line(CSV_COLUMNS).getBytes(StandardCharsets.UTF_8));
        long written = 0;
        String after = null;
        do {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            ManagerApi.OrderPage page = book.page(query, after, OrderBook.PAGE);
            StringBuilder lines = new StringBuilder();
            for (OrderSummary o : page.orders()) {
                lines.append(Csv.line(csvRow(o)));
            }
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            written += page.orders().size();
            progress.accept(written);
            after = page.nextCursor();
        } while (after != null);
    }

    /** One order as a CSV record, in the order of {@link #CSV_COLUMNS}. */
    static List<Object> csvRow(OrderSummary o) {
        String items = o.items().stream().map(l -> l.quantity() + " × " + l.name()).collect(Collectors.joining("; "));
        return java.util.Arrays.asList(o.orderNumber(), o.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT),
                o.happenedAt(), o.status() == null ? null : o.status().wireName(), o.source() == null ? null : o.source().wireName(),
                o.currency(), money(o, o.subtotal()), money(o, o.discountTotal()), money(o, o.tax()), money(o, o.total()),
                o.paymentStatus() == null ? null : o.paymentStatus().wireName(), money(o, o.paidTotal()), money(o, o.tipTotal()),
                money(o, o.refundedTotal()),
                o.needsReview(), o.customerId(), items, o.id());
    }

    /** An amount with its currency's decimals (28.00, not 28.0 as it may come off the wire). */
    private static BigDecimal money(OrderSummary order, BigDecimal amount) {
        if (amount == null || order.currency() == null) {
            return amount;
        }
        int digits = java.util.Currency.getInstance(order.currency()).getDefaultFractionDigits();
        return digits < 0 ? amount : amount.setScale(Math.max(digits, amount.stripTrailingZeros().scale()), java.math.RoundingMode.UNNECESSARY);
    }

    private <T> void run(ReadOnlyBooleanWrapper loading, Supplier<T> call, Consumer<T> then) {
        run(loading, call, then, () -> { });
    }

    /**
     * {@code call} in the background, then {@code then} with its answer; {@code after} either way, on
     * the screen's thread. {@code loading} is the list's or the detail's: each shows its own reading,
     * on while the last one asked for is under way.
     */
    private <T> void run(ReadOnlyBooleanWrapper loading, Supplier<T> call, Consumer<T> then, Runnable after) {
        int[] under = loading == listLoading ? listReads : detailReads;
        long begun = epoch;
        under[0]++;
        loading.set(true);
        problem.set(Phrase.NONE);
        background.execute(() -> {
            try {
                T result = call.get();
                ui.execute(() -> {
                    if (begun != epoch) {
                        return;
                    }
                    loading.set(--under[0] > 0);
                    after.run();
                    then.accept(result);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    if (begun != epoch) {
                        return;
                    }
                    loading.set(--under[0] > 0);
                    after.run();
                    problem.set(Problems.phrase(e));
                });
            }
        });
    }
}
