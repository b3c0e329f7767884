package cloud.olympus.desktop.console.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.backoffice.CatalogueAdmin;
import cloud.olympus.client.backoffice.ImportReport;
import cloud.olympus.client.backoffice.StockedItem;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.i18n.Phrase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue screen's logic against a real demo server: lists and filters, the item form, stock changes, files. */
class CatalogueViewModelTest {

    private static final Executor NOW = Runnable::run;
    private final OlympusApi manager = DemoServer.login("bella-cucina", "manager");
    private final CatalogueAdmin admin = new CatalogueAdmin(manager.client());
    private final ExecutorService calls = Executors.newSingleThreadExecutor();
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        calls.shutdownNow();
    }

    @Test
    void theFormRefusesWhatTheServerWouldBeforeSendingIt() {
        ItemFormViewModel form = new ItemFormViewModel(admin, null, 2, NOW, NOW);
        form.priceProperty().set("12.345");
        form.minStockProperty().set("5");
        form.maxStockProperty().set("3");
        form.costProperty().set("1e9");
        form.nameProperty().set("Bad\u0000name");
        assertThat(form.save(item -> { })).isFalse();
        assertThat(form.errors()).containsOnlyKeys("sku", "name", "unit_price", "unit_cost", "max_stock");
        assertThat(form.errors().get("unit_price")).isEqualTo(Phrase.of("input.amount.decimals", 2));
        assertThat(form.errors().get("sku")).isEqualTo(Phrase.of("console.catalogue.form.required"));
        assertThat(form.errors().get("max_stock")).isEqualTo(Phrase.of("console.catalogue.form.max_below_min"));
    }

    @Test
    void aSavedItemIsListedAndTheServersRefusalIsShownAtItsField() {
        String sku = "OIL-" + tag();
        CatalogueViewModel model = new CatalogueViewModel(admin, manager, NOW, NOW);
        ItemFormViewModel form = new ItemFormViewModel(admin, null, 2, NOW, NOW);
        form.skuProperty().set(sku);
        form.nameProperty().set("Extra virgin olive oil 1 l");
        form.categoryProperty().set("Pantry");
        form.priceProperty().set("9,50");
        form.minStockProperty().set("4");
        form.openingStockProperty().set("3");
        List<StockedItem> saved = new ArrayList<>();
        assertThat(form.save(saved::add)).isTrue();
        assertThat(saved).singleElement().satisfies(i -> {
            assertThat(i.unitPrice()).isEqualByComparingTo("9.50");
            assertThat(i.currentStock()).isEqualTo(3);
            assertThat(i.low()).isTrue();
        });
        model.stored(saved.get(0));
        assertThat(model.selectedProperty().get().sku()).isEqualTo(sku);

        ItemFormViewModel again = new ItemFormViewModel(admin, null, 2, NOW, NOW);
        again.skuProperty().set(sku);
        again.nameProperty().set("Olive oil 500 ml");
        again.priceProperty().set("1.00");
        again.save(i -> { });
        assertThat(again.errors()).containsKey("sku");
        assertThat(again.problemProperty().get()).isEqualTo(Phrase.of("console.catalogue.form.fix"));

        model.queryProperty().set(sku);
        model.lowOnlyProperty().set(true);
        model.load();
        assertThat(model.items()).extracting(StockedItem::sku).containsExactly(sku);
        model.lowOnlyProperty().set(false);
        model.queryProperty().set("");
        model.load();
        assertThat(model.items()).hasSizeGreaterThan(10);
        assertThat(model.categoryNames()).contains("Pizza");
        model.categoryProperty().set("Pizza");
        model.load();
        assertThat(model.items()).allMatch(i -> "Pizza".equals(i.category()));
    }

    @Test
    void anItemIsGivenATaxClassOfTheBusinessAndAnOpenPrice() {
        CatalogueViewModel model = new CatalogueViewModel(admin, manager, NOW, NOW);
        model.load();
        assertThat(model.taxRates()).containsOnlyKeys("alcohol", "exempt", "standard");
        assertThat(model.taxRates().get("alcohol")).isEqualByComparingTo("0.10");
        ItemFormViewModel form = model.form(null, 2);
        assertThat(form.taxClasses()).containsExactly("alcohol", "exempt", "standard");
        assertThat(form.taxClassProperty().get()).as("a new item is of the standard class").isEqualTo("standard");
        assertThat(form.openPriceProperty().get()).isFalse();
        String sku = "VIN-" + tag();
        form.skuProperty().set(sku);
        form.nameProperty().set("Barolo DOCG 750 ml");
        form.categoryProperty().set("Wine");
        form.trackStockProperty().set(false);
        form.priceProperty().set("48.00");
        form.taxClassProperty().set("alcohol");
        form.openPriceProperty().set(true);
        List<StockedItem> saved = new ArrayList<>();
        assertThat(form.save(saved::add)).as("%s", form.errors()).isTrue();
        assertThat(saved).singleElement().satisfies(i -> {
            assertThat(i.taxClass()).isEqualTo("alcohol");
            assertThat(i.openPrice()).isTrue();
        });
        assertThat(admin.item(saved.get(0).id()).taxClass()).isEqualTo("alcohol");

        ItemFormViewModel again = model.form(saved.get(0), 2);
        assertThat(again.taxClassProperty().get()).isEqualTo("alcohol");
        assertThat(again.openPriceProperty().get()).isTrue();
        again.taxClassProperty().set("luxury");
        assertThat(again.save(i -> { })).as("a class the business has no rate for is refused here").isFalse();
        assertThat(again.errors()).containsOnlyKeys("tax_class");
        assertThat(again.errors().get("tax_class")).isEqualTo(Phrase.of("console.catalogue.form.tax_class_unknown", "luxury"));

        ItemFormViewModel unknowing = new ItemFormViewModel(admin, saved.get(0), 2, NOW, NOW);
        unknowing.taxClassProperty().set("luxury");
        assertThat(unknowing.save(i -> { })).isTrue();
        assertThat(unknowing.errors()).as("the server's refusal is shown at the field").containsOnlyKeys("tax_class");
        assertThat(unknowing.problemProperty().get()).isEqualTo(Phrase.of("console.catalogue.form.fix"));

        again.taxClassProperty().set("exempt");
        again.openPriceProperty().set(false);
        saved.clear();
        assertThat(again.save(saved::add)).isTrue();
        assertThat(saved).singleElement().satisfies(i -> {
            assertThat(i.taxClass()).isEqualTo("exempt");
            assertThat(i.openPrice()).isFalse();
        });
    }

    @Test
    void anExportStoppedLeavesNoFileBehind() throws Exception {
        List<Runnable> waiting = new ArrayList<>();
        CatalogueViewModel model = new CatalogueViewModel(admin, manager, NOW, waiting::add, NOW);
        Path file = dir.resolve("items.csv");
        model.exportTo(file);
        assertThat(model.export().runningProperty().get()).isTrue();
        model.exportTo(dir.resolve("twice.csv"));
        assertThat(waiting).as("one export at a time").hasSize(1);
        model.export().cancel();
        waiting.forEach(Runnable::run);
        assertThat(model.export().runningProperty().get()).isFalse();
        assertThat(model.export().outcomeProperty().get()).isEqualTo(Phrase.of("console.catalogue.csv.cancelled"));
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aCategoryIsAddedOnItsOwnWithItsColourAndPlaceCheckedHere() {
        CatalogueViewModel model = new CatalogueViewModel(admin, manager, NOW, NOW);
        model.load();
        String name = "Olive oils " + tag();
        model.newCategoryNameProperty().set("  ");
        model.newCategoryColourProperty().set("#12345");
        model.newCategoryOrderProperty().set("-1");
        assertThat(model.createCategory()).isFalse();
        assertThat(model.newCategoryErrors()).containsOnlyKeys("name", "colour", "sort_order");
        assertThat(model.newCategoryErrors().get("colour")).isEqualTo(Phrase.of("console.catalogue.category.bad_colour"));
        assertThat(model.newCategoryErrors().get("sort_order"))
                .isEqualTo(Phrase.of("console.catalogue.category.bad_order", CatalogueViewModel.MAX_SORT_ORDER));
        assertThat(model.categoryNames()).doesNotContain(name);

        model.newCategoryNameProperty().set(name);
        model.newCategoryColourProperty().set("#6b8e23");
        model.newCategoryOrderProperty().set("12");
        assertThat(model.createCategory()).isTrue();
        assertThat(model.newCategoryErrors()).isEmpty();
        assertThat(model.problemProperty().get().isNone()).isTrue();
        assertThat(model.categories()).filteredOn(c -> c.name().equals(name)).singleElement().satisfies(c -> {
            assertThat(c.colour()).isEqualTo("#6B8E23");
            assertThat(c.sortOrder()).isEqualTo(12);
        });
        assertThat(model.newCategoryNameProperty().get()).as("the form is emptied for the next one").isEmpty();

        model.newCategoryNameProperty().set(name);
        assertThat(model.createCategory()).isFalse();
        assertThat(model.newCategoryErrors().get("name")).isEqualTo(Phrase.of("console.catalogue.category.exists", name));

        CatalogueViewModel notRead = new CatalogueViewModel(admin, manager, NOW, NOW);
        notRead.newCategoryNameProperty().set(name);
        assertThat(notRead.createCategory()).isTrue();
        assertThat(notRead.newCategoryErrors()).as("the server's refusal is shown at the name").containsOnlyKeys("name");
        assertThat(notRead.problemProperty().get().isNone()).isTrue();
        admin.removeCategory(name);
    }

    @Test
    void anItemOpenedAndSavedUnchangedIsTakenWithItsPriceAtTheCurrencysDecimals() {
        String sku = "BAS-" + tag();
        StockedItem item = admin.create(Map.of("sku", sku, "name", "Fresh basil bunch", "category", "Pantry", "unit_price", "2.50", "unit_cost", "1.25",
                "track_stock", false));
        ItemFormViewModel form = new ItemFormViewModel(admin, item, 2, NOW, NOW);
        assertThat(form.priceProperty().get()).isEqualTo("2.50");
        assertThat(form.costProperty().get()).isEqualTo("1.25");
        List<StockedItem> saved = new ArrayList<>();
        assertThat(form.save(saved::add)).as("%s", form.errors()).isTrue();
        assertThat(saved).singleElement().satisfies(i -> assertThat(i.unitPrice()).isEqualByComparingTo("2.50"));
    }

    @Test
    void stockChangesAreBookedWithTheirReasonAndShowInTheLedger() {
        String sku = "FLR-" + tag();
        StockedItem item = admin.create(Map.of("sku", sku, "name", "Tipo 00 flour 5 kg", "category", "Pantry", "unit_price", "2.00",
                "current_stock", 10));
        CatalogueViewModel model = new CatalogueViewModel(admin, manager, NOW, NOW);
        model.select(item);
        assertThat(model.movements()).hasSize(1);

        assertThat(model.adjust("waste", "-3", "")).as("waste is a number of units lost").isFalse();
        assertThat(model.adjust("receipt", "0", "")).isFalse();
        assertThat(model.adjust("adjustment", "99999999999", "")).isFalse();
        assertThat(model.adjust("waste", "3", "dropped")).isTrue();
        assertThat(model.selectedProperty().get().currentStock()).isEqualTo(7);
        assertThat(model.adjust("count", "12", "Monday count")).isTrue();
        assertThat(model.selectedProperty().get().currentStock()).isEqualTo(12);
        assertThat(model.movements()).extracting(m -> m.kind()).containsExactly("count", "waste", "receipt");
        assertThat(model.movements().get(1).quantityDelta()).isEqualTo(-3);
        assertThat(model.moreMovementsProperty().get()).isFalse();
        for (int i = 0; i < CatalogueAdmin.PAGE; i++) {
            admin.adjust(item.id(), "receipt", 1, null, UUID.randomUUID().toString());
        }
        model.select(model.selectedProperty().get());
        assertThat(model.movements()).hasSize(CatalogueAdmin.PAGE);
        assertThat(model.moreMovementsProperty().get()).isTrue();
        model.loadMoreMovements();
        assertThat(model.movements()).hasSize(CatalogueAdmin.PAGE + 3);
        assertThat(model.movements().get(CatalogueAdmin.PAGE + 2).kind()).isEqualTo("receipt");
        assertThat(model.moreMovementsProperty().get()).isFalse();
        admin.adjust(item.id(), "count", 12, null, UUID.randomUUID().toString());
        model.select(admin.item(item.id()));
        assertThat(model.adjust("adjustment", "-50", "")).isTrue();
        assertThat(model.adjustProblemProperty().get().isNone()).as("the server refuses stock below nothing").isFalse();
        assertThat(model.selectedProperty().get().currentStock()).isEqualTo(12);
    }

    @Test
    void stockFallingToItsMinimumRaisesAnAlertThatIsAcknowledgedHere() {
        String sku = "YST-" + tag();
        StockedItem item = admin.create(Map.of("sku", sku, "name", "Fresh yeast 500 g", "category", "Pantry", "unit_price", "1.00", "current_stock", 10,
                "min_stock", 5, "max_stock", 20));
        CatalogueViewModel model = new CatalogueViewModel(admin, manager, NOW, NOW);
        model.select(item);
        assertThat(model.adjust("waste", "6", "mould")).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
            model.loadAlerts();
            return model.alerts().stream().anyMatch(a -> a.subject().id().equals(item.id()));
        });
        var alert = model.alerts().stream().filter(a -> a.subject().id().equals(item.id())).findFirst().orElseThrow();
        assertThat(cloud.olympus.fx.manager.AlertsViewModel.suggestedReorder(alert)).contains(16);
        model.acknowledge(alert);
        assertThat(model.alerts()).noneMatch(a -> a.subject().id().equals(item.id()));
        model.lowOnlyProperty().set(true);
        model.queryProperty().set(sku);
        model.load();
        assertThat(model.items()).extracting(StockedItem::sku).containsExactly(sku);
    }

    @Test
    void aCategoryIsRecolouredRenamedAndRemovedOnceEmpty() {
        String tag = tag();
        StockedItem item = admin.create(Map.of("sku", "JAR-" + tag, "name", "Sun-dried tomatoes jar", "unit_price", "2.00",
                "category", "Jars " + tag));
        CatalogueViewModel model = new CatalogueViewModel(admin, manager, NOW, NOW);
        model.load();
        assertThat(model.categoryNames()).contains("Jars " + tag);
        assertThat(model.changeCategory("Jars " + tag, "blue", "7")).isFalse();
        assertThat(model.categoryErrors()).containsOnlyKeys("colour");
        assertThat(model.changeCategory("Jars " + tag, "#2E86C1", "10001")).isFalse();
        assertThat(model.categoryErrors()).containsOnlyKeys("sort_order");
        assertThat(model.changeCategory("Jars " + tag, "#2e86c1", "7")).isTrue();
        assertThat(model.categoryErrors()).isEmpty();
        assertThat(model.categories()).filteredOn(c -> c.name().equals("Jars " + tag))
                .singleElement().satisfies(c -> assertThat(c.colour()).isEqualTo("#2E86C1"));
        model.renameCategory("Jars " + tag, "  ");
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("console.catalogue.category.name_needed"));
        model.renameCategory("Jars " + tag, "Pantry jars " + tag);
        assertThat(admin.item(item.id()).category()).isEqualTo("Pantry jars " + tag);
        model.removeCategory("Pantry jars " + tag);
        assertThat(model.problemProperty().get()).as("a category with items stays")
                .isEqualTo(Phrase.of("console.catalogue.category.not_empty"));
        admin.update(item.id(), Map.of("category", "Other " + tag));
        model.removeCategory("Pantry jars " + tag);
        assertThat(model.problemProperty().get().isNone()).isTrue();
        assertThat(model.categoryNames()).doesNotContain("Pantry jars " + tag).contains("Other " + tag);
    }

    @Test
    void aFileIsCheckedThenAppliedAndItsBadRowsAreShown() throws Exception {
        String sku = "GRS-" + tag();
        Path csv = dir.resolve("items.csv");
        Files.writeString(csv, "sku,name,category,unit_price,current_stock\r\n" + sku + "-A,Grissini torinesi,Pantry,3.50,5\r\n"
                + sku + "-B,Grissini al rosmarino,Pantry,abc,1\r\n");
        ImportViewModel wizard = new ImportViewModel(admin, calls, NOW);
        wizard.choose(csv);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> wizard.stepProperty().get() == ImportViewModel.Step.CHECKED);
        assertThat(wizard.rowProblems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("unit_price");
        });
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.bad_rows", 1, 2));
        wizard.apply();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> wizard.stepProperty().get() == ImportViewModel.Step.CHECKED
                && !wizard.reportProperty().get().dryRun());
        assertThat(wizard.reportProperty().get().applied()).isFalse();
        assertThat(admin.items(new CatalogueAdmin.ItemFilter(sku + "-A", null, false), null).rows()).isEmpty();

        wizard.partialProperty().set(true);
        wizard.apply();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> wizard.stepProperty().get() == ImportViewModel.Step.APPLIED);
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.done", 1, 0));
        assertThat(admin.items(new CatalogueAdmin.ItemFilter(sku + "-A", null, false), null).rows()).extracting(StockedItem::sku)
                .containsExactly(sku + "-A");

        CatalogueViewModel model = new CatalogueViewModel(admin, manager, NOW, NOW);
        Path exported = dir.resolve("out.csv");
        model.exportTo(exported);
        assertThat(model.export().outcomeProperty().get()).isEqualTo(Phrase.of("console.catalogue.csv.saved", "out.csv"));
        assertThat(model.export().savedProperty().get()).isEqualTo(exported);
        assertThat(model.export().progressProperty().get()).isEqualTo(Files.size(exported));
        assertThat(Files.readString(exported)).startsWith("sku,name,category,").contains(sku + "-A,Grissini torinesi,Pantry,");
    }

    @Test
    void aFileLargerThanTheServerTakesIsSentInPartsCheckedWholeBeforeAnyIsApplied() throws Exception {
        String sku = "FOC-" + tag();
        Path csv = dir.resolve("focacce.csv");
        Files.writeString(csv, "\uFEFFsku,name,category,unit_price,current_stock\r\n"
                + sku + "-1,Focaccia genovese,Bakery,4.50,5\r\n"
                + sku + "-2,\"Focaccia, rosemary\",Bakery,4.80,5\r\n"
                + "\r\n"
                + sku + "-3,Focaccia with olives,Bakery,5.20,5\n"
                + sku + "-4,\"Focaccia\nbarese\",Bakery,x,5\r\n"
                + sku + "-5,Focaccia di Recco,Bakery,6.00,5");
        ImportViewModel wizard = new ImportViewModel(admin, calls, NOW, 2);
        wizard.choose(csv);
        assertThat(wizard.parts()).isEqualTo(3);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> wizard.stepProperty().get() == ImportViewModel.Step.CHECKED);
        assertThat(wizard.progressProperty().get()).isEqualTo(1.0);
        assertThat(wizard.rowProblems()).as("numbered as in the file, the blank line counted").singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.field()).isEqualTo("unit_price");
        });
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.bad_rows", 1, 5));

        wizard.apply();
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportViewModel.Step.CHECKED);
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.nothing_applied", 1));
        assertThat(named(sku, 5)).as("no part was applied").isEmpty();

        Path refused = dir.resolve("refused.csv");
        assertThat(wizard.saveRefused(refused)).isTrue();
        assertThat(Files.readString(refused)).startsWith("row,column,problem,record\r\n")
                .contains("6,unit_price,").contains(sku + "-4,\"\"Focaccia\nbarese\"\",Bakery,x,5");

        wizard.partialProperty().set(true);
        wizard.apply();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> wizard.stepProperty().get() == ImportViewModel.Step.APPLIED);
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.done", 4, 0));
        assertThat(named(sku, 5)).containsExactly("Focaccia genovese", "Focaccia, rosemary", "Focaccia with olives", "Focaccia di Recco");
    }

    @Test
    void aSkuOrBarcodeInTwoPartsIsRefusedHereAndTheRestNumberedAsInTheFile() throws Exception {
        String sku = "DUP-" + tag();
        String barcode = "BC" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path csv = dir.resolve("twice.csv");
        Files.writeString(csv, "sku,name,category,unit_price,barcode\r\n"
                + sku + "-1,Grissini,Bakery,2.00," + barcode + "\r\n"
                + sku + "-2,Taralli,Bakery,2.50,\r\n"
                + sku + "-3,Crackers,Bakery,3.00,\r\n"
                + sku + "-1,Grissini again,Bakery,9.99,\r\n"
                + sku + "-4,Friselle,Bakery,3.50," + barcode + "\r\n"
                + sku + "-5,Piadina,Bakery,x,\r\n");
        ImportViewModel wizard = new ImportViewModel(admin, calls, NOW, 2);
        wizard.choose(csv);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> wizard.stepProperty().get() == ImportViewModel.Step.CHECKED);
        assertThat(wizard.rowProblems()).extracting(ImportReport.RowProblem::row, ImportReport.RowProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "sku"), org.assertj.core.groups.Tuple.tuple(6, "barcode"),
                org.assertj.core.groups.Tuple.tuple(7, "unit_price"));
        assertThat(wizard.rowProblems().get(0).problem()).contains("line 2");
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.bad_rows", 3, 6));

        wizard.apply();
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.nothing_applied", 3));
        assertThat(named(sku, 5)).isEmpty();

        wizard.partialProperty().set(true);
        wizard.apply();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> wizard.stepProperty().get() == ImportViewModel.Step.APPLIED);
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.done", 3, 0));
        assertThat(named(sku, 5)).as("the later row with the same SKU does not overwrite the first")
                .containsExactly("Grissini", "Taralli", "Crackers");
    }

    @Test
    void aLineNotReadableAsCsvInAFileSentInPartsIsRefusedHereNumberedAsInTheFile() throws Exception {
        String sku = "GRI-" + tag();
        Path csv = dir.resolve("unreadable.csv");
        Files.writeString(csv, "sku,name,category,unit_price\r\n"
                + sku + "-1,Grissini,Bakery,2.00\r\n"
                + sku + "-2,Taralli,Bakery,2.50\r\n"
                + sku + "-3,Crackers,Bakery,3.00\r\n"
                + sku + "-4,\"Friselle\" pugliesi,Bakery,3.50\r\n"
                + sku + "-5,Piadina 30 cm (12\"),Bakery,4.00\r\n"
                + sku + "-6,Piadina,Bakery,4.00\r\n"
                + sku + "-4,Friselle,Bakery,3.50\r\n");
        ImportViewModel wizard = new ImportViewModel(admin, calls, NOW, 2);
        wizard.choose(csv);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> wizard.stepProperty().get() == ImportViewModel.Step.CHECKED);
        assertThat(wizard.rowProblems()).containsExactly(
                new ImportReport.RowProblem(5, null, "CSV record 5 has text after a closing quote"),
                new ImportReport.RowProblem(6, null, "CSV record 6 has a quote inside an unquoted field"));
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.bad_rows", 2, 7));

        wizard.partialProperty().set(true);
        wizard.apply();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> wizard.stepProperty().get() == ImportViewModel.Step.APPLIED);
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.done", 5, 0));
        assertThat(named(sku, 6)).as("the rows around the unreadable ones, the SKU of one of them taken by a later row")
                .containsExactly("Grissini", "Taralli", "Crackers", "Friselle", "Piadina");
    }

    @Test
    void recordsAreReadableAsTheServerReadsThem() {
        Map<String, String> said = new java.util.LinkedHashMap<>();
        said.put("A-1,\"Focaccia, \"\"rosemary\"\"\",Bakery,4.80", null);
        said.put("A-1,\"\",,\"x\nbarese\"", null);
        said.put("A-1,Foc\"accia,Bakery", "has a quote inside an unquoted field");
        said.put("A-1,\"Foc\"accia,Bakery", "has text after a closing quote");
        said.put("A-1,\"Foc\"\"\",\"x\"y", "has text after a closing quote");
        said.put("A-1,\"Focaccia,Bakery", "opens a quote that is never closed");
        said.forEach((record, problem) -> {
            assertThat(ImportViewModel.unreadable(record)).as(record).isEqualTo(java.util.Optional.ofNullable(problem));
            // The server's own reading of the same line agrees.
            Throwable server = org.assertj.core.api.Assertions.catchThrowable(() -> cloud.olympus.server.shared.web.Csv.parse(record));
            if (problem == null) {
                assertThat(server).as(record).isNull();
            } else {
                assertThat(server).as(record).hasMessage("CSV record 1 " + problem);
            }
        });
    }

    @Test
    void aPartTheServerCannotReadIsNumberedAsInTheFile() {
        ImportViewModel.Part part = new ImportViewModel.Part(3, 9, "", List.of(4, 7, 9));
        cloud.olympus.client.Problem unread = new cloud.olympus.client.Problem("https://olympus.cloud/problems/validation", "Invalid input",
                400, "CSV record 3 has text after a closing quote", List.of(), Map.of("row", 3));
        cloud.olympus.client.Problem inFile = ImportViewModel.inFile(part, new cloud.olympus.client.OlympusApiException(unread, null))
                .problem();
        assertThat(inFile.detail()).isEqualTo("CSV record 7 has text after a closing quote");
        assertThat(inFile.extra()).containsEntry("row", 7);
        cloud.olympus.client.OlympusApiException header = new cloud.olympus.client.OlympusApiException(new cloud.olympus.client.Problem(
                "https://olympus.cloud/problems/validation", "Invalid input", 400, "The first line names a column twice", List.of(),
                Map.of("row", 1)), null);
        assertThat(ImportViewModel.inFile(part, header)).as("the first line is the first line of every part").isSameAs(header);
        cloud.olympus.client.OlympusApiException other = new cloud.olympus.client.OlympusApiException(new cloud.olympus.client.Problem(
                "https://olympus.cloud/problems/conflict", "Conflict", 409, "changed meanwhile", List.of(), Map.of("row", 3)), null);
        assertThat(ImportViewModel.inFile(part, other)).isSameAs(other);
    }

    @Test
    void aFileOfMoreThanTheServerTakesAtOnceIsCutIntoPartsItTakes() throws Exception {
        String sku = "BLK-" + tag();
        StringBuilder text = new StringBuilder("sku,name,unit_price\r\n");
        for (int i = 1; i <= 5_200; i++) {
            text.append(sku).append('-').append(i).append(",\"Biscotti assortiti, tin of 24 (").append(i).append(") ")
                    .append("·".repeat(80)).append("\",2.00\r\n");
        }
        Path csv = dir.resolve("many.csv");
        Files.writeString(csv, text);
        assertThat(Files.size(csv)).as("more than the server takes in one file").isGreaterThan(1_048_576);
        List<Runnable> waiting = new ArrayList<>();
        ImportViewModel wizard = new ImportViewModel(admin, waiting::add, NOW);
        wizard.choose(csv);
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportViewModel.Step.CHECKING);
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.checking_part", 1, wizard.parts()));
        List<ImportViewModel.Part> parts = wizard.partList();
        assertThat(parts).hasSizeGreaterThan(2).allSatisfy(part -> {
            assertThat(part.csv()).startsWith("sku,name,unit_price\r\n");
            assertThat(part.end() - part.first()).isBetween(1, ImportViewModel.PART_ROWS);
            assertThat(part.csv().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ImportViewModel.PART_BYTES);
        });
        assertThat(parts.get(0).first()).isEqualTo(1);
        assertThat(parts.get(parts.size() - 1).end()).isEqualTo(5_201);
        for (int i = 1; i < parts.size(); i++) {
            assertThat(parts.get(i).first()).as("no row left out or sent twice").isEqualTo(parts.get(i - 1).end());
        }
        wizard.cancel();
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportViewModel.Step.CHOOSE);

        Path huge = dir.resolve("huge.csv");
        try (var out = Files.newOutputStream(huge)) {
            out.write(new byte[(int) ImportViewModel.MAX_BYTES + 1]);
        }
        wizard.choose(huge);
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.too_large", 16L));
    }

    @Test
    void recordsAreCutAtLineEndsOutsideQuotes() {
        assertThat(ImportViewModel.records("\uFEFFa,b\r\n1,\"x\r\ny\"\n\n2,\"say \"\"hi\"\"\"\r\n"))
                .containsExactly("a,b", "1,\"x\r\ny\"", "", "2,\"say \"\"hi\"\"\"");
        assertThat(ImportViewModel.records("a,b\n1,12\" pizza\n2,ok\n"))
                .as("a quote inside a field opens nothing: its line stays its own").containsExactly("a,b", "1,12\" pizza", "2,ok");
        assertThat(ImportViewModel.parts(ImportViewModel.records("h\n1\n2\n3"), 2, 1_000))
                .extracting(ImportViewModel.Part::csv).containsExactly("h\r\n1\r\n2\r\n", "h\r\n3\r\n");
        assertThat(ImportViewModel.parts(ImportViewModel.records("h\n11111\n22222\n3"), 100, 12))
                .as("by size too").extracting(ImportViewModel.Part::first).containsExactly(1, 2, 3);
    }

    @Test
    void aCheckUnderWayCanBeCancelledAndANonTextFileIsRefused() throws Exception {
        Path binary = dir.resolve("photo.csv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        ImportViewModel wizard = new ImportViewModel(admin, calls, NOW);
        wizard.choose(binary);
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.not_text"));
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportViewModel.Step.CHOOSE);

        java.util.concurrent.CountDownLatch busy = callsBusyUntil();
        Path csv = dir.resolve("ok.csv");
        Files.writeString(csv, "sku,name,unit_price\r\nX-1,X,1.00\r\n");
        wizard.choose(csv);
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportViewModel.Step.CHECKING);
        wizard.cancel();
        busy.countDown();
        assertThat(wizard.stepProperty().get()).isEqualTo(ImportViewModel.Step.CHOOSE);
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.cancelled"));
        calls.submit(() -> { }).get();
        assertThat(wizard.reportProperty().get()).as("the cancelled check's answer is not shown").isNull();
    }
    @Test
    void aCancelledApplyKeepsApplyOffUntilItsCallHasEnded() throws Exception {
        String sku = "CAN-" + tag();
        Path csv = dir.resolve("cancel.csv");
        Files.writeString(csv, "sku,name,unit_price\r\n" + sku + ",Cantucci biscuits,1.00\r\n");
        ImportViewModel wizard = new ImportViewModel(admin, calls, NOW);
        wizard.choose(csv);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> wizard.stepProperty().get() == ImportViewModel.Step.CHECKED);

        java.util.concurrent.CountDownLatch busy = callsBusyUntil();
        wizard.apply();
        wizard.cancel();
        assertThat(wizard.stepProperty().get()).as("Apply stays off while the apply's call has not ended")
                .isEqualTo(ImportViewModel.Step.APPLYING);
        wizard.apply();
        busy.countDown();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> wizard.stepProperty().get() == ImportViewModel.Step.CHECKED);
        assertThat(wizard.statusProperty().get()).isEqualTo(Phrase.of("console.catalogue.import.cancelled_apply"));
        calls.submit(() -> { }).get();
        assertThat(admin.items(new CatalogueAdmin.ItemFilter(sku, null, false), null).rows())
                .as("the call was stopped before it was sent").isEmpty();
    }

    /** The names of the items {@code sku}-1 to {@code sku}-{@code most} there are, in order. */
    private List<String> named(String sku, int most) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= most; i++) {
            String whole = sku + "-" + i;
            admin.items(new CatalogueAdmin.ItemFilter(whole, null, false), null).rows().stream()
                    .filter(item -> item.sku().equals(whole)).forEach(item -> names.add(item.name()));
        }
        return names;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
    }

    /** Keeps the calls' thread busy until the latch answered is counted down: what is sent meanwhile waits. */
    private java.util.concurrent.CountDownLatch callsBusyUntil() {
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(1);
        calls.execute(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return busy;
    }
}
