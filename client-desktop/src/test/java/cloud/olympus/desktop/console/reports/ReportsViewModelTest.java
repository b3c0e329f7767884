package cloud.olympus.desktop.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.cash.CashApi;
import cloud.olympus.client.manager.BusinessDay;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.Place;
import cloud.olympus.client.reports.ReportsApi;
import cloud.olympus.client.reports.ZReport;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.Phrase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's reports against a real server: the Z report with a drawer counted today, sales and
 * hours over days, days refused before anything is asked, a load cancelled, and the PDF read back.
 */
class ReportsViewModelTest {

    private static final Executor NOW = Runnable::run;
    private static final String SHOP = "urban-threads";
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void theZReportShowsTheDayAndEachDrawerExpectedAgainstCountedAndSavesAsPdf() throws Exception {
        OlympusApi manager = DemoServer.login(SHOP, "manager");
        var till = manager.registerDevice("Bar till " + UUID.randomUUID().toString().substring(0, 8));
        CashApi cash = new CashApi(manager.client(), till.token());
        UUID terminal = till.id();
        var drawer = cash.open(terminal, new BigDecimal("80.00"), null, UUID.randomUUID().toString());
        cash.move(drawer.id(), false, new BigDecimal("5.50"), "stamps", UUID.randomUUID().toString());
        cash.close(drawer.id(), new BigDecimal("74.00"), null, null, UUID.randomUUID().toString());

        ReportsViewModel model = model(manager, Locale.ENGLISH);
        model.loadPlaces();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> model.places().size() >= 1 && model.places().get(0).slug() != null);
        assertThat(model.places().get(0).name()).as("the business itself first").isNotBlank();
        model.fromProperty().set(new ManagerApi(manager).businessDay().dateAt(java.time.Instant.now()));
        model.kindProperty().set(ReportsViewModel.Kind.Z);
        loaded(model);
        ReportDocument z = model.documentProperty().get();
        assertThat(z.title()).isEqualTo("Z report");
        assertThat(z.sections()).extracting(ReportDocument.Section::id)
                .containsExactly("summary", "tenders", "drawers", "taxes", "refunds");
        List<String> row = section(z, "drawers").rows().stream().filter(r -> r.get(0).equals(till.name()))
                .findFirst().orElseThrow();
        assertThat(row.get(3)).as("float").isEqualTo("$80.00");
        assertThat(row.get(6)).as("paid in less paid out").isEqualTo("-$5.50");
        assertThat(row.get(7)).as("expected").isEqualTo("$74.50");
        assertThat(row.get(8)).as("counted").isEqualTo("$74.00");
        assertThat(row.get(9)).as("short").isEqualTo("-$0.50");

        Path pdf = folder.resolve(model.suggestedFileName());
        CountDownLatch busy = new CountDownLatch(1);
        background.execute(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(model.save(pdf)).as("written in the background").isTrue();
            Awaitility.await("written while the console's calls are busy").atMost(Duration.ofSeconds(20))
                    .until(() -> pdf.equals(model.savedProperty().get()));
        } finally {
            busy.countDown();
        }
        assertThat(model.pdf().outcomeProperty().get()).isEqualTo(Phrase.of("console.reports.pdf.saved", pdf.getFileName().toString()));
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertThat(model.pdf().progressProperty().get()).as("pages written, as the file has them")
                    .isEqualTo(read.getNumberOfPages());
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("Z report", "Cash drawers", "Taxes", "$74.50", "$74.00", "-$0.50", "Olympus report");
        }
    }

    @Test
    void aManagerClosesTheOpenDrawerOfATillThatIsGoneAndTheZReportSaysSo() {
        // Another business than the other tests', whose Z report of today this leaves as it was.
        OlympusApi manager = DemoServer.login("bella-cucina", "manager");
        var till = manager.registerDevice("Gone till " + UUID.randomUUID().toString().substring(0, 8));
        var drawer = new CashApi(manager.client(), till.token()).open(till.id(), new BigDecimal("40.00"), null,
                UUID.randomUUID().toString());
        new cloud.olympus.client.admin.BusinessAdmin(manager.client()).revokeDevice(till.id());

        ReportsViewModel model = new ReportsViewModel(new ReportsApi(manager.client()), manager::tenant,
                new ManagerApi(manager)::locations, new ManagerApi(manager)::businessDay, Messages.forLocale(Locale.ENGLISH),
                Clock.systemDefaultZone(), background, NOW, new SimpleObjectProperty<>(), new CashApi(manager.client()));
        assertThat(model.mayCloseDrawers()).isTrue();
        assertThat(model(manager, Locale.ENGLISH).mayCloseDrawers()).as("without a way to close, none is offered").isFalse();
        model.fromProperty().set(new ManagerApi(manager).businessDay().dateAt(java.time.Instant.now()));
        model.kindProperty().set(ReportsViewModel.Kind.Z);
        loaded(model);
        ZReport.Drawer open = model.drawers().stream().filter(d -> d.drawerId().equals(drawer.id())).findFirst().orElseThrow();
        assertThat(open.open()).isTrue();
        int row = model.drawers().indexOf(open);
        assertThat(section(model.documentProperty().get(), "drawers").rows().get(row).get(0))
                .as("the drawers are in the order of their rows").isEqualTo(till.name());

        // What is typed is checked before anything is sent.
        assertThat(model.closeDrawer(open, "", false, "till replaced")).isFalse();
        assertThat(model.closeProblemProperty().get()).isEqualTo(Phrase.of("console.reports.close_drawer.counted_required"));
        assertThat(model.closeDrawer(open, "abc", false, "till replaced")).isFalse();
        assertThat(model.closeDrawer(open, "38.50", false, "   ")).isFalse();
        assertThat(model.closeProblemProperty().get()).isEqualTo(Phrase.of("console.reports.close_drawer.reason_required"));
        assertThat(new CashApi(manager.client()).drawer(drawer.id()).closedAt()).as("nothing sent").isNull();

        assertThat(model.closeDrawer(open, "38.50", false, "Till replaced")).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !model.closingProperty().get() && !model.loadingProperty().get()
                && model.drawers().stream().anyMatch(d -> d.drawerId().equals(drawer.id()) && !d.open()));
        assertThat(model.closeProblemProperty().get()).isEqualTo(Phrase.NONE);
        ZReport.Drawer closed = model.drawers().stream().filter(d -> d.drawerId().equals(drawer.id())).findFirst().orElseThrow();
        assertThat(closed.managerReason()).isEqualTo("Till replaced");
        assertThat(closed.counted()).isEqualByComparingTo("38.50");
        List<String> shown = section(model.documentProperty().get(), "drawers").rows().get(model.drawers().indexOf(closed));
        assertThat(shown.get(2)).as("closed by a manager, and why").endsWith(", closed by a manager: Till replaced");
        assertThat(model.closeDrawer(closed, "1", false, "again")).as("a closed drawer is not offered").isFalse();
    }

    @Test
    void salesAndHoursOverDaysInTheManagersLanguage() {
        OlympusApi manager = DemoServer.login(SHOP, "manager");
        ReportsViewModel model = model(manager, Locale.GERMAN);
        model.fromProperty().set(LocalDate.now().minusDays(6));
        model.toProperty().set(LocalDate.now());
        model.kindProperty().set(ReportsViewModel.Kind.SALES);
        loaded(model);
        ReportDocument sales = model.documentProperty().get();
        assertThat(sales.title()).isEqualTo("Umsatz");
        assertThat(sales.sections()).extracting(ReportDocument.Section::id).containsExactly("days", "categories", "items", "tenders");
        List<List<String>> days = sales.sections().get(0).rows();
        assertThat(days.get(days.size() - 1).get(0)).as("the totals last").isEqualTo("Summe");
        assertThat(days.size()).as("the demo sold on each past day").isGreaterThan(2);

        model.kindProperty().set(ReportsViewModel.Kind.TIMESHEETS);
        loaded(model);
        ReportDocument hours = model.documentProperty().get();
        assertThat(hours.title()).isEqualTo("Stunden und Personalkosten");
        assertThat(hours.sections().get(0).columns()).contains("Personalkosten").endsWith("Genehmigt");
        assertThat(hours.sections().get(0).figures(1)).as("the role is a word").isFalse();
        assertThat(hours.sections().get(0).figures(2)).as("the hours are figures").isTrue();
        assertThat(hours.sections().get(0).rows()).as("the demo's staff worked this week").hasSizeGreaterThan(1);
    }

    @Test
    void daysThatCannotBeAskedForAreSaidAndACancelledLoadShowsNothing() throws Exception {
        OlympusApi manager = DemoServer.login(SHOP, "manager");
        CountDownLatch held = new CountDownLatch(1);
        ExecutorService slow = Executors.newSingleThreadExecutor();
        try {
            ReportsViewModel model = new ReportsViewModel(new ReportsApi(manager.client()), manager::tenant,
                    new ManagerApi(manager)::locations, new ManagerApi(manager)::businessDay, Messages.forLocale(Locale.ENGLISH),
                    Clock.systemDefaultZone(), slow, NOW);
            model.kindProperty().set(ReportsViewModel.Kind.SALES);
            model.fromProperty().set(LocalDate.of(2026, 3, 2));
            model.toProperty().set(LocalDate.of(2026, 3, 1));
            model.load();
            assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("console.reports.range_backwards"));
            model.fromProperty().set(LocalDate.of(2024, 1, 1));
            model.toProperty().set(LocalDate.of(2026, 1, 1));
            model.load();
            assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("console.reports.range_too_long", 366));
            assertThat(model.loadingProperty().get()).isFalse();

            slow.execute(() -> {
                try {
                    held.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            model.fromProperty().set(LocalDate.now());
            model.toProperty().set(LocalDate.now());
            model.load();
            assertThat(model.loadingProperty().get()).isTrue();
            model.cancel();
            assertThat(model.loadingProperty().get()).isFalse();
            held.countDown();
            slow.shutdown();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(slow::isTerminated);
            assertThat(model.documentProperty().get()).as("the cancelled answer is dropped").isNull();
            assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
        } finally {
            slow.shutdownNow();
        }
    }

    @Test
    void aPdfStoppedBeforeItIsDoneLeavesNoFile() throws Exception {
        OlympusApi manager = DemoServer.login(SHOP, "manager");
        ExecutorService slow = Executors.newSingleThreadExecutor();
        try {
            ReportsViewModel model = new ReportsViewModel(new ReportsApi(manager.client()), manager::tenant,
                    new ManagerApi(manager)::locations, new ManagerApi(manager)::businessDay, Messages.forLocale(Locale.ENGLISH),
                    Clock.systemDefaultZone(), slow, NOW, new SimpleObjectProperty<>(), null, slow);
            loaded(model);
            CountDownLatch held = new CountDownLatch(1);
            slow.execute(() -> {
                try {
                    held.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Path pdf = folder.resolve("stopped.pdf");
            assertThat(model.save(pdf)).isTrue();
            assertThat(model.pdf().runningProperty().get()).as("written in the background").isTrue();
            assertThat(model.save(folder.resolve("another.pdf"))).as("one at a time").isFalse();
            model.pdf().cancel();
            held.countDown();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !model.pdf().runningProperty().get());
            assertThat(model.pdf().outcomeProperty().get()).isEqualTo(Phrase.of("console.reports.pdf.cancelled"));
            assertThat(pdf).doesNotExist();
            assertThat(folder.toFile().list((in, name) -> name.endsWith(".part"))).as("nothing half written is left").isEmpty();
            assertThat(model.savedProperty().get()).isNull();
        } finally {
            slow.shutdownNow();
        }
    }

    @Test
    void theDayAndTheDrawersTimesAreTheBusinesssWhereverTheConsoleIs() {
        // Noon in London is one in the morning of the next day in Auckland, where the business is.
        Clock console = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneId.of("Europe/London"));
        BusinessDay auckland = BusinessDay.midnight(ZoneId.of("Pacific/Auckland"));
        ReportsViewModel model = new ReportsViewModel(null, () -> {
            throw new IllegalStateException("not read here");
        }, List::of, () -> auckland, Messages.forLocale(Locale.ENGLISH), console, background, NOW);
        assertThat(model.fromProperty().get()).as("on the console's clock until the business's is read")
                .isEqualTo(LocalDate.of(2026, 3, 1));
        model.loadPlaces();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> LocalDate.of(2026, 3, 2).equals(model.fromProperty().get()));
        assertThat(model.toProperty().get()).isEqualTo(LocalDate.of(2026, 3, 2));

        // A drawer counted and one still open: the totals are the counted drawer's, the open one shows apart.
        Instant opened = Instant.parse("2026-03-01T12:00:00Z");
        BigDecimal zero = new BigDecimal("0.00");
        ZReport z = new ZReport(null, "Harbour", LocalDate.of(2026, 3, 2), "USD", 0, zero, new BigDecimal("11.50"), 0, zero, zero,
                new BigDecimal("3.28"), zero,
                zero, List.of(), List.of(
                new ZReport.Drawer(UUID.randomUUID(), UUID.randomUUID(), "Front till", opened, opened.plusSeconds(3600), new BigDecimal("100.00"),
                        zero, zero, zero, zero, zero, new BigDecimal("100.00"), new BigDecimal("90.00"), new BigDecimal("-10.00"), null),
                new ZReport.Drawer(UUID.randomUUID(), UUID.fromString("0a1b2c3d-0000-0000-0000-000000000000"), null, opened, null, new BigDecimal("50.00"), zero, zero, zero,
                        zero, zero, new BigDecimal("50.00"), null, null, null)),
                new ZReport.DrawerTotals(new BigDecimal("100.00"), new BigDecimal("90.00"), new BigDecimal("-10.00"), 1,
                        new BigDecimal("50.00")), List.of(
                new ZReport.Tax("reduced", new BigDecimal("0.04"), new BigDecimal("20.00"), new BigDecimal("0.80")),
                new ZReport.Tax("standard", new BigDecimal("0.0825"), new BigDecimal("30.00"), new BigDecimal("2.48")),
                new ZReport.Tax("old", null, new BigDecimal("0.00"), new BigDecimal("0.00")),
                new ZReport.Tax("unknown", null, null, null)), List.of(
                new ZReport.TenderRefund("card", new BigDecimal("6.00"), 1), new ZReport.TenderRefund("cash", new BigDecimal("5.50"), 2)));
        ReportDocument document = model.z(z);
        assertThat(section(document, "taxes").rows()).containsExactly(
                List.of("reduced", "4%", "$20.00", "$0.80"),
                List.of("standard", "8.25%", "$30.00", "$2.48"),
                List.of("old", "—", "$0.00", "$0.00"),
                List.of("unknown", "—", "—", "—"),
                List.of("Total", "", "$50.00", "$3.28"));
        assertThat(section(document, "taxes").columns()).containsExactly("Tax class", "Rate now", "Taxable", "Tax");
        assertThat(section(document, "refunds").rows()).containsExactly(
                List.of("Card", "1", "$6.00"), List.of("Cash", "2", "$5.50"), List.of("Total", "3", "$11.50"));
        List<List<String>> rows = section(document, "drawers").rows();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH);
        assertThat(rows.get(0).get(1)).as("opened at one in the morning, Auckland time").isEqualTo(time.format(LocalTime.of(1, 0)));
        assertThat(rows.get(0).get(2)).isEqualTo(time.format(LocalTime.of(2, 0)));
        assertThat(rows.get(0).get(0)).as("the till by its registered name").isEqualTo("Front till");
        assertThat(rows.get(1).get(0)).as("a till with no name known, by the start of its id").isEqualTo("0A1B2C3D");
        assertThat(rows.get(2)).containsExactly("Counted drawers", "", "", "", "", "", "", "$100.00", "$90.00", "-$10.00");
        assertThat(rows.get(3)).containsExactly("Open drawers (so far)", "", "", "", "", "", "", "$50.00", "—", "—");
    }

    private ReportsViewModel model(OlympusApi manager, Locale language) {
        return new ReportsViewModel(new ReportsApi(manager.client()), manager::tenant, new ManagerApi(manager)::locations,
                new ManagerApi(manager)::businessDay, Messages.forLocale(language), Clock.systemDefaultZone(), background, NOW);
    }

    @Test
    void aReportShownIsLoadedAgainForTheLocationPickedInTheHeader() {
        OlympusApi owner = DemoServer.login("bella-cucina", "owner");
        Place harbor = new ManagerApi(owner).locations().stream().filter(p -> p.slug().equals("bella-cucina-harbor")).findFirst()
                .orElseThrow();
        ObjectProperty<Place> header = new SimpleObjectProperty<>();
        ReportsViewModel model = new ReportsViewModel(new ReportsApi(owner.client()), owner::tenant, new ManagerApi(owner)::locations,
                new ManagerApi(owner)::businessDay, Messages.forLocale(Locale.ENGLISH), Clock.systemDefaultZone(), background, NOW,
                header);
        model.kindProperty().set(ReportsViewModel.Kind.Z);
        header.set(harbor);
        assertThat(model.loadingProperty().get()).as("nothing shown yet: nothing is loaded").isFalse();
        assertThat(model.placeName()).isEqualTo("Bella Cucina Harbor");
        loaded(model);
        assertThat(model.documentProperty().get().subtitle()).startsWith("Bella Cucina Harbor · ");

        header.set(null);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !model.loadingProperty().get()
                && model.documentProperty().get() != null);
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
        assertThat(model.documentProperty().get().subtitle()).as("the business's own, loaded again by itself")
                .doesNotStartWith("Bella Cucina Harbor");
    }

    private static ReportDocument.Section section(ReportDocument document, String id) {
        return document.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static void loaded(ReportsViewModel model) {
        model.load();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !model.loadingProperty().get());
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
        assertThat(model.documentProperty().get()).isNotNull();
    }
}
