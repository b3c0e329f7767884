package cloud.olympus.desktop.console.reports;

import cloud.olympus.client.api.TenantProfile;
import cloud.olympus.client.cash.CashApi;
import cloud.olympus.client.manager.BusinessDay;
import cloud.olympus.client.manager.Place;
import cloud.olympus.client.reports.ReportsApi;
import cloud.olympus.client.reports.SalesReport;
import cloud.olympus.client.reports.TimesheetReport;
import cloud.olympus.client.reports.ZReport;
import cloud.olympus.desktop.console.orders.FileExport;
import cloud.olympus.desktop.console.orders.OrdersScreen;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.fx.input.AmountInput;
import cloud.olympus.model.pricing.Amounts;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The console's reports: the Z report of a business day with its cash drawers, sales over days,
 * and hours with labour cost. The person picks the report and the day or days, of the location
 * picked in the console's header (the whole business with none picked: another there loads a report
 * shown again for it); the
 * report loads in the background (cancellable) and is written out as a {@link ReportDocument},
 * which the screen shows and can save as a PDF, written in the background too (cancellable). Days and times are the business's: the day shown at
 * first is its business day under way, and a drawer's times are on its clock, wherever the console is.
 */
public final class ReportsViewModel {

    /** The reports there are. */
    public enum Kind { Z, SALES, TIMESHEETS }

    /** The longest run of days the server reports on, per report. */
    private static final int SALES_DAYS = 366;
    private static final int TIMESHEET_DAYS = 93;

    private final ReportsApi reports;
    private final Supplier<TenantProfile> tenant;
    private final Supplier<List<Place>> locations;
    private final Supplier<BusinessDay> businessDay;
    private final Clock clock;
    private final Messages messages;
    /** The business's currency, once its profile is read; timesheets carry none of their own. */
    private volatile String currency = "USD";
    private final ExecutorService background;
    private final Executor ui;
    private final DateTimeFormatter dates;
    /** Times of day on the business's clock; the console's own until the business's is read. */
    private volatile DateTimeFormatter times;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.Z);
    private final ObservableList<Place> places = FXCollections.observableArrayList();
    private final ObjectProperty<Place> place;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyObjectWrapper<ReportDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();
    private final FileExport pdf;
    /** The file the PDF under way goes to. */
    private Path writing;
    private Future<?> running;
    /** Counts the loads asked for: an answer to an older one (cancelled or overtaken) is dropped. */
    private long generation;
    /** Closes drawers whose till is gone; null for someone who may not ({@code cash_reconcile}). */
    private final CashApi cash;
    /** The drawers of the Z report shown, in its rows' order; empty for the other reports. */
    private final ObservableList<ZReport.Drawer> drawers = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper closing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Phrase> closeProblem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    /** The currency of the Z report shown, for amounts typed against it. */
    private volatile String shownCurrency;
    /** The idempotency key of the close under way, kept while the same close is asked for again. */
    private String closeKey;
    private Object closeKeyFor;

    /**
     * @param businessDay how the business counts its days (its time zone and day start), read in the background
     * @param clock       the time now; the day shown at first is the business day under way by it
     */
    public ReportsViewModel(ReportsApi reports, Supplier<TenantProfile> tenant, Supplier<List<Place>> locations,
                            Supplier<BusinessDay> businessDay, Messages messages, Clock clock, ExecutorService background,
                            Executor ui) {
        this(reports, tenant, locations, businessDay, messages, clock, background, ui, new SimpleObjectProperty<>());
    }

    /** @param place the location reported on (null: the whole business), shared with the console's header */
    public ReportsViewModel(ReportsApi reports, Supplier<TenantProfile> tenant, Supplier<List<Place>> locations,
                            Supplier<BusinessDay> businessDay, Messages messages, Clock clock, ExecutorService background,
                            Executor ui, ObjectProperty<Place> place) {
        this(reports, tenant, locations, businessDay, messages, clock, background, ui, place, null);
    }

    /** @param cash closes the drawer of a till that is gone, for those with {@code cash_reconcile}; null offers no close */
    public ReportsViewModel(ReportsApi reports, Supplier<TenantProfile> tenant, Supplier<List<Place>> locations,
                            Supplier<BusinessDay> businessDay, Messages messages, Clock clock, ExecutorService background,
                            Executor ui, ObjectProperty<Place> place, CashApi cash) {
        this(reports, tenant, locations, businessDay, messages, clock, background, ui, place, cash, OrdersScreen.OWN_THREAD);
    }

    /**
     * @param cash  closes the drawer of a till that is gone, for those with {@code cash_reconcile}; null offers no close
     * @param files where PDFs are written: not {@code background}, so the console's calls go on while a
     *              long report is saved
     */
    public ReportsViewModel(ReportsApi reports, Supplier<TenantProfile> tenant, Supplier<List<Place>> locations,
                            Supplier<BusinessDay> businessDay, Messages messages, Clock clock, ExecutorService background,
                            Executor ui, ObjectProperty<Place> place, CashApi cash, Executor files) {
        this.cash = cash;
        this.place = place;
        this.reports = reports;
        this.tenant = tenant;
        this.locations = locations;
        this.businessDay = businessDay;
        this.clock = clock;
        this.messages = messages;
        this.background = background;
        this.ui = ui;
        this.pdf = new FileExport(files, ui);
        pdf.outcomeProperty().addListener((o, was, now) -> {
            if (now.key().equals("console.reports.pdf.saved")) {
                saved.set(writing);
            }
        });
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        from.set(today);
        to.set(today);
        place.addListener((o, was, now) -> {
            // A report shown, or on its way, is of the location before: the new one's is loaded instead.
            if (loading.get() || document.get() != null) {
                document.set(null);
                saved.set(null);
                load();
            }
        });
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The business itself (a null id) first, then its locations, as read by {@link #loadPlaces()}. */
    public ObservableList<Place> places() {
        return places;
    }

    /** The location reported on, the console header's; null for the whole business. */
    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    /** The name of what is reported on: the location picked, or the business. */
    public String placeName() {
        Place picked = place.get();
        if (picked != null) {
            return picked.name();
        }
        return places.isEmpty() ? messages.get("console.reports.this_business") : places.get(0).name();
    }

    /** The day of a Z report, the first day of the others. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The report last loaded; null before the first. */
    public ReadOnlyObjectProperty<ReportDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** Where the report was last saved in full; null again once another report is shown. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /**
     * Reads the business (its name, currency and how it counts its days) and its locations to pick
     * from; the business itself comes first. Without an answer the business is still there, unnamed,
     * on the console's clock. The day shown moves to the business day under way unless it was changed.
     */
    public void loadPlaces() {
        Place unnamed = new Place(null, null, messages.get("console.reports.this_business"));
        places.setAll(unnamed);
        background.execute(() -> {
            List<Place> all = new ArrayList<>();
            try {
                TenantProfile business = tenant.get();
                currency = business.currency();
                all.add(new Place(null, business.slug(), business.name()));
            } catch (RuntimeException e) {
                all.add(unnamed);
            }
            try {
                all.addAll(locations.get());
            } catch (RuntimeException e) {
                // A manager who may not list locations reports on their own business.
            }
            BusinessDay days;
            try {
                days = businessDay.get();
            } catch (RuntimeException e) {
                days = null;
            }
            BusinessDay counted = days;
            ui.execute(() -> {
                places.setAll(all);
                if (counted != null) {
                    onClockOf(counted);
                }
            });
        });
    }

    /** Puts the report on the business's clock: its times, and its day under way unless another was picked. */
    private void onClockOf(BusinessDay days) {
        times = times.withZone(days.zone());
        LocalDate console = LocalDate.now(clock);
        LocalDate today = days.dateAt(clock.instant());
        if (console.equals(from.get()) && console.equals(to.get())) {
            from.set(today);
            to.set(today);
        }
    }

    /** Loads the report asked for, after checking the days; a load under way is dropped. */
    public void load() {
        Kind asked = kind.get();
        LocalDate first = from.get();
        LocalDate last = asked == Kind.Z ? first : to.get();
        if (first == null || last == null) {
            problem.set(Phrase.of("console.reports.date_required"));
            return;
        }
        if (last.isBefore(first)) {
            problem.set(Phrase.of("console.reports.range_backwards"));
            return;
        }
        int longest = asked == Kind.SALES ? SALES_DAYS : TIMESHEET_DAYS;
        if (asked != Kind.Z && ChronoUnit.DAYS.between(first, last) >= longest) {
            problem.set(Phrase.of("console.reports.range_too_long", longest));
            return;
        }
        cancel();
        long mine = ++generation;
        java.util.UUID location = place.get() == null ? null : place.get().id();
        loading.set(true);
        problem.set(Phrase.NONE);
        running = background.submit(() -> {
            ReportDocument written = null;
            Phrase failed = Phrase.NONE;
            List<ZReport.Drawer> ofDay = List.of();
            try {
                ZReport day = asked == Kind.Z ? reports.z(location, first) : null;
                ofDay = day == null ? List.of() : day.drawers();
                written = switch (asked) {
                    case Z -> z(day);
                    case SALES -> sales(reports.sales(location, first, last));
                    case TIMESHEETS -> timesheets(reports.timesheets(location, first, last), first, last);
                };
            } catch (RuntimeException e) {
                failed = Problems.phrase(e);
            }
            ReportDocument result = written;
            Phrase said = failed;
            List<ZReport.Drawer> shownDrawers = ofDay;
            ui.execute(() -> {
                if (mine != generation) {
                    return;
                }
                loading.set(false);
                running = null;
                problem.set(said);
                if (result != null) {
                    drawers.setAll(shownDrawers);
                    document.set(result);
                    saved.set(null);
                }
            });
        });
    }

    /** Drops the load under way: its answer, when it comes, is not shown. */
    public void cancel() {
        if (running != null) {
            running.cancel(true);
            running = null;
        }
        generation++;
        loading.set(false);
    }

    /** The PDF being written, or the last one: the pages so far, a way to stop it, and how it ended. */
    public FileExport pdf() {
        return pdf;
    }

    /**
     * Writes the report shown as a PDF to {@code file} in the background, so a long report does not
     * hold up the screen; the file appears only once complete. Answers whether the writing began:
     * not without a report, nor while another PDF is being written.
     */
    public boolean save(Path file) {
        ReportDocument shown = document.get();
        if (shown == null || pdf.runningProperty().get()) {
            return false;
        }
        String footer = messages.get("console.reports.pdf_footer");
        saved.set(null);
        problem.set(Phrase.NONE);
        writing = file;
        pdf.start(file, "console.reports.pdf", (out, pages, cancellation) -> ReportPdf.write(shown, footer, out, pages,
                cancellation::isCancelled));
        return true;
    }

    /** The file name a report is offered under: its kind and days. */
    public String suggestedFileName() {
        LocalDate first = from.get();
        LocalDate last = kind.get() == Kind.Z ? first : to.get();
        String days = first.equals(last) ? first.toString() : first + "_" + last;
        return "olympus-" + kind.get().name().toLowerCase() + "-report-" + days + ".pdf";
    }

    /** Whether this person may close the drawer of a till that is gone ({@code cash_reconcile}). */
    public boolean mayCloseDrawers() {
        return cash != null;
    }

    /** The drawers of the Z report shown, in the order of its drawer rows (the totals follow them); empty otherwise. */
    public ObservableList<ZReport.Drawer> drawers() {
        return drawers;
    }

    public ReadOnlyBooleanProperty closingProperty() {
        return closing.getReadOnlyProperty();
    }

    /** What is wrong with the close asked for, or why the server refused it; NONE when nothing is. */
    public ReadOnlyObjectProperty<Phrase> closeProblemProperty() {
        return closeProblem.getReadOnlyProperty();
    }

    /**
     * Closes {@code drawer}, open and left by a till that is gone, as a manager: with the cash
     * {@code counted} as typed, or not counted ({@code notCounted}), and why. What is typed is checked
     * first (answers false, with {@link #closeProblemProperty()} saying what is wrong); the close then
     * goes in the background, and the Z report is loaded again once it is done, the drawer closed by
     * a manager. A close sent again after no answer is the same close (its idempotency key).
     */
    public boolean closeDrawer(ZReport.Drawer drawer, String counted, boolean notCounted, String reason) {
        if (cash == null || drawer == null || !drawer.open() || closing.get()) {
            return false;
        }
        BigDecimal amount = null;
        if (!notCounted) {
            AmountInput.Outcome read = AmountInput.parse(counted, scale(), Amounts.Sign.NOT_NEGATIVE);
            if (!read.isValid()) {
                closeProblem.set(counted == null || counted.isBlank() ? Phrase.of("console.reports.close_drawer.counted_required")
                        : read.problem());
                return false;
            }
            amount = read.amount();
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            closeProblem.set(Phrase.of("console.reports.close_drawer.reason_required"));
            return false;
        }
        java.util.List<Object> change = java.util.Arrays.asList(drawer.drawerId(), amount, why);
        if (!change.equals(closeKeyFor)) {
            closeKey = java.util.UUID.randomUUID().toString();
            closeKeyFor = change;
        }
        String key = closeKey;
        BigDecimal sent = amount;
        closing.set(true);
        closeProblem.set(Phrase.NONE);
        background.execute(() -> {
            Phrase failed = Phrase.NONE;
            try {
                cash.closeAsManager(drawer.drawerId(), sent, why, key);
            } catch (RuntimeException e) {
                failed = Problems.phrase(e);
            }
            Phrase said = failed;
            ui.execute(() -> {
                closing.set(false);
                closeProblem.set(said);
                problem.set(said);
                if (said == Phrase.NONE) {
                    closeKeyFor = null;
                    load();
                }
            });
        });
        return true;
    }

    private int scale() {
        String code = shownCurrency != null ? shownCurrency : currency;
        try {
            return Math.max(0, java.util.Currency.getInstance(code).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    ReportDocument z(ZReport z) {
        shownCurrency = z.currency();
        MoneyFormat money = money(z.currency());
        List<ReportDocument.Section> sections = new ArrayList<>();
        sections.add(new ReportDocument.Section("summary", messages.get("console.reports.z.summary"),
                List.of(messages.get("console.reports.column.figure"), messages.get("console.reports.column.value")), List.of(
                row(messages.get("console.reports.orders"), String.valueOf(z.orders())),
                row(messages.get("console.reports.items"), String.valueOf(z.items())),
                row(messages.get("console.reports.subtotal"), money.format(z.subtotal())),
                row(messages.get("console.reports.discounts"), money.format(z.discounts())),
                row(messages.get("console.reports.tax"), money.format(z.tax())),
                row(messages.get("console.reports.tips"), money.format(z.tips())),
                row(messages.get("console.reports.total"), money.format(z.total())),
                row(messages.get("console.reports.refunds"), money.format(z.refunds())),
                row(messages.get("console.reports.net_sales"), money.format(z.sales())))));
        sections.add(tenders(z.tenders(), money));
        List<List<String>> drawers = new ArrayList<>();
        for (ZReport.Drawer d : z.drawers()) {
            drawers.add(List.of(d.terminalName() != null ? d.terminalName() : shortId(d.terminalId()), times.format(d.openedAt()),
                    d.closedAt() == null ? messages.get("console.reports.drawer_open") : d.managerReason() == null
                            ? times.format(d.closedAt())
                            : messages.get("console.reports.drawer_closed_by_manager", times.format(d.closedAt()), d.managerReason()),
                    money.format(d.openingFloat()), money.format(d.cashSales().add(d.cashTips())), money.format(d.cashRefunds()),
                    money.format(d.payIns().subtract(d.payOuts())), money.format(d.expected()), orDash(d.counted(), money),
                    orDash(d.variance(), money)));
        }
        ZReport.DrawerTotals totals = z.drawerTotals();
        if (!z.drawers().isEmpty() && totals != null) {
            // The totals are over the counted drawers, so counted less expected is the variance; drawers still
            // open show apart with what they should hold so far.
            drawers.add(List.of(messages.get(totals.open() == 0 ? "console.reports.all_drawers" : "console.reports.counted_drawers"),
                    "", "", "", "", "", "", money.format(totals.expected()), money.format(totals.counted()),
                    money.format(totals.variance())));
            if (totals.open() > 0 && totals.openExpected() != null) {
                drawers.add(List.of(messages.get("console.reports.open_drawers"), "", "", "", "", "", "",
                        money.format(totals.openExpected()), "—", "—"));
            }
        }
        sections.add(new ReportDocument.Section("drawers", messages.get("console.reports.z.drawers"), List.of(
                messages.get("console.reports.column.till"), messages.get("console.reports.column.opened"),
                messages.get("console.reports.column.closed"), messages.get("console.reports.column.float"),
                messages.get("console.reports.column.cash_sales"), messages.get("console.reports.column.cash_refunds"),
                messages.get("console.reports.column.paid_in_out"), messages.get("console.reports.column.expected"),
                messages.get("console.reports.column.counted"), messages.get("console.reports.column.variance")), drawers));
        // After the cash-up, what the accounts need: the tax per class and where refunds went.
        sections.add(taxes(z, money));
        sections.add(tenderRefunds(z.tenderRefunds(), money));
        String where = z.locationName() == null || z.locationName().isBlank() ? "" : z.locationName() + " · ";
        return new ReportDocument(messages.get("console.reports.z.title"), where + dates.format(z.businessDate()), sections);
    }

    ReportDocument sales(SalesReport s) {
        MoneyFormat money = money(s.currency());
        List<List<String>> days = new ArrayList<>();
        for (SalesReport.Day d : s.days()) {
            days.add(List.of(dates.format(d.date()), String.valueOf(d.orders()), String.valueOf(d.items()), money.format(d.refunds()),
                    money.format(d.revenue())));
        }
        if (s.totals() != null) {
            days.add(List.of(messages.get("console.reports.total"), String.valueOf(s.totals().orders()),
                    String.valueOf(s.totals().items()), money.format(s.totals().refunds()), money.format(s.totals().revenue())));
        }
        List<String> dayColumns = List.of(messages.get("console.reports.column.day"), messages.get("console.reports.orders"),
                messages.get("console.reports.items"), messages.get("console.reports.refunds"), messages.get("console.reports.net_sales"));
        return new ReportDocument(messages.get("console.reports.sales.title"),
                dates.format(s.from()) + " – " + dates.format(s.to()), List.of(
                new ReportDocument.Section("days", messages.get("console.reports.sales.days"), dayColumns, days),
                shares("categories", messages.get("console.reports.sales.categories"), s.categories(), money),
                shares("items", messages.get("console.reports.sales.items"), s.items(), money),
                tenders(s.tenders(), money)));
    }

    ReportDocument timesheets(TimesheetReport t, LocalDate first, LocalDate last) {
        MoneyFormat money = money(currency);
        List<List<String>> lines = new ArrayList<>();
        for (TimesheetReport.Line l : t.lines()) {
            String role = l.staffRole() == null ? "" : messages.has("role." + l.staffRole()) ? messages.get("role." + l.staffRole())
                    : l.staffRole();
            String approved = l.approved() ? "✓" : l.approvedEntries() > 0
                    ? l.approvedEntries() + "/" + (l.entries() - l.openEntries()) : "";
            lines.add(List.of(l.name(), role, hours(l.regularHours()), hours(l.overtimeHours()),
                    hours(l.breakHours()), money.format(l.hourlyRate()), money.format(l.grossPay()), approved));
        }
        lines.add(List.of(messages.get("console.reports.total"), "", hours(sum(t.lines(), TimesheetReport.Line::regularHours)),
                hours(sum(t.lines(), TimesheetReport.Line::overtimeHours)), hours(sum(t.lines(), TimesheetReport.Line::breakHours)), "",
                money.format(t.totalGrossPay() == null ? BigDecimal.ZERO : t.totalGrossPay()), ""));
        return new ReportDocument(messages.get("console.reports.timesheets.title"), dates.format(first) + " – " + dates.format(last),
                List.of(new ReportDocument.Section("people", messages.get("console.reports.timesheets.people"), List.of(
                        messages.get("console.reports.column.person"), messages.get("console.reports.column.role"),
                        messages.get("console.reports.column.hours"), messages.get("console.reports.column.overtime"),
                        messages.get("console.reports.column.breaks"), messages.get("console.reports.column.rate"),
                        messages.get("console.reports.column.labour_cost"), messages.get("console.reports.column.approved")), lines, 2)));
    }

    private ReportDocument.Section tenders(List<ZReport.Tender> tenders, MoneyFormat money) {
        List<List<String>> rows = new ArrayList<>();
        for (ZReport.Tender t : tenders) {
            rows.add(List.of(tenderName(t.method()), String.valueOf(t.payments()), money.format(t.amount())));
        }
        return new ReportDocument.Section("tenders", messages.get("console.reports.tenders"), List.of(
                messages.get("console.reports.column.tender"), messages.get("console.reports.column.payments"),
                messages.get("console.reports.column.amount")), rows);
    }

    /**
     * The day's tax per tax class, with the class's rate now (the server gives the rate as set today, not
     * as charged), the amount taxed and the tax, then the sums of both columns; an amount the server
     * does not give shows as a dash and counts as nothing.
     */
    private ReportDocument.Section taxes(ZReport z, MoneyFormat money) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal taxable = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (ZReport.Tax t : z.taxes()) {
            rows.add(List.of(t.taxClass(), t.rate() == null ? "—" : percent(t.rate()), orDash(money, t.taxable()), orDash(money, t.tax())));
            taxable = t.taxable() == null ? taxable : taxable.add(t.taxable());
            tax = t.tax() == null ? tax : tax.add(t.tax());
        }
        if (!z.taxes().isEmpty()) {
            rows.add(List.of(messages.get("console.reports.total"), "", money.format(taxable), money.format(tax)));
        }
        return new ReportDocument.Section("taxes", messages.get("console.reports.taxes"), List.of(
                messages.get("console.reports.column.tax_class"), messages.get("console.reports.column.tax_rate_now"),
                messages.get("console.reports.column.taxable"), messages.get("console.reports.tax")), rows);
    }

    private static String orDash(MoneyFormat money, BigDecimal amount) {
        return amount == null ? "—" : money.format(amount);
    }

    /** What went back to customers per tender, then the day's refunds in all. */
    private ReportDocument.Section tenderRefunds(List<ZReport.TenderRefund> refunds, MoneyFormat money) {
        List<List<String>> rows = new ArrayList<>();
        for (ZReport.TenderRefund r : refunds) {
            rows.add(List.of(tenderName(r.method()), String.valueOf(r.refunds()), money.format(r.amount())));
        }
        if (!refunds.isEmpty()) {
            rows.add(List.of(messages.get("console.reports.total"), String.valueOf(refunds.stream().mapToLong(ZReport.TenderRefund::refunds)
                    .sum()), money.format(refunds.stream().map(ZReport.TenderRefund::amount).reduce(BigDecimal.ZERO, BigDecimal::add))));
        }
        return new ReportDocument.Section("refunds", messages.get("console.reports.tender_refunds"), List.of(
                messages.get("console.reports.column.tender"), messages.get("console.reports.refunds"),
                messages.get("console.reports.column.amount")), rows);
    }

    private String tenderName(String method) {
        String key = "tender." + method;
        return messages.has(key) ? messages.get(key) : method;
    }

    /** A rate as a percentage in the person's language: 0.0825 is 8.25 %. */
    private String percent(BigDecimal rate) {
        java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(messages.locale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(3);
        return format.format(rate);
    }

    private ReportDocument.Section shares(String id, String title, List<SalesReport.Share> shares, MoneyFormat money) {
        List<List<String>> rows = new ArrayList<>();
        for (SalesReport.Share s : shares) {
            rows.add(List.of(s.name() == null || s.name().isBlank() ? messages.get("console.reports.uncategorised") : s.name(),
                    String.valueOf(s.quantity()), money.format(s.revenue())));
        }
        return new ReportDocument.Section(id, title, List.of(messages.get("console.reports.column.name"),
                messages.get("console.reports.column.quantity"), messages.get("console.reports.net_sales")), rows);
    }

    private MoneyFormat money(String code) {
        return MoneyFormat.of(messages, code == null ? currency : code);
    }

    private static List<String> row(String label, String value) {
        return List.of(label, value);
    }

    private static String orDash(BigDecimal amount, MoneyFormat money) {
        return amount == null ? "—" : money.format(amount);
    }

    private static String shortId(java.util.UUID id) {
        return id == null ? "" : id.toString().substring(0, 8).toUpperCase();
    }

    private String hours(BigDecimal hours) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(messages.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(hours == null ? BigDecimal.ZERO : hours);
    }

    private static BigDecimal sum(List<TimesheetReport.Line> lines, java.util.function.Function<TimesheetReport.Line, BigDecimal> of) {
        return lines.stream().map(of).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
