package cloud.olympus.desktop.console.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.backoffice.CatalogueAdmin;
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
        String sku = "VM-" + UUID.randomUUID().toString().substring(0, 8);
        CatalogueViewModel model = new CatalogueViewModel(admin, manager, NOW, NOW);
        ItemFormViewModel form = new ItemFormViewModel(admin, null, 2, NOW, NOW);
        form.skuProperty().set(sku);
        form.nameProperty().set("Olive oil 1 l " + sku);
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
        again.nameProperty().set("Same SKU");
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
    void anItemOpenedAndSavedUnchangedIsTakenWithItsPriceAtTheCurrencysDecimals() {
        String sku = "ED-" + UUID.randomUUID().toString().substring(0, 8);
        StockedItem item = admin.create(Map.of("sku", sku, "name", "Basil " + sku, "unit_price", "2.50", "unit_cost", "1.25"));
        ItemFormViewModel form = new ItemFormViewModel(admin, item, 2, NOW, NOW);
        assertThat(form.priceProperty().get()).isEqualTo("2.50");
        assertThat(form.costProperty().get()).isEqualTo("1.25");
        List<StockedItem> saved = new ArrayList<>();
        assertThat(form.save(saved::add)).as("%s", form.errors()).isTrue();
        assertThat(saved).singleElement().satisfies(i -> assertThat(i.unitPrice()).isEqualByComparingTo("2.50"));
    }

    @Test
    void stockChangesAreBookedWithTheirReasonAndShowInTheLedger() {
        String sku = "ADJ-" + UUID.randomUUID().toString().substring(0, 8);
        StockedItem item = admin.create(Map.of("sku", sku, "name", "Flour " + sku, "unit_price", "2.00", "current_stock", 10));
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
        String sku = "ALR-" + UUID.randomUUID().toString().substring(0, 8);
        StockedItem item = admin.create(Map.of("sku", sku, "name", "Yeast " + sku, "unit_price", "1.00", "current_stock", 10,
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
        String tag = UUID.randomUUID().toString().substring(0, 6);
        StockedItem item = admin.create(Map.of("sku", "CAT-" + tag, "name", "Jar " + tag, "unit_price", "2.00",
                "category", "Jars " + tag));
        CatalogueViewModel model = new CatalogueViewModel(admin, manager, NOW, NOW);
        model.load();
        assertThat(model.categoryNames()).contains("Jars " + tag);
        model.changeCategory("Jars " + tag, "#2E86C1", 7);
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
        String sku = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
        Path csv = dir.resolve("items.csv");
        Files.writeString(csv, "sku,name,unit_price,current_stock\r\n" + sku + "-A,Import A,3.50,5\r\n"
                + sku + "-B,Import B,abc,1\r\n");
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
        List<Path> done = new ArrayList<>();
        model.exportTo(exported, done::add);
        assertThat(done).containsExactly(exported);
        assertThat(Files.readString(exported)).startsWith("sku,name,category,").contains(sku + "-A,Import A,");
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
        String sku = "CAN-" + UUID.randomUUID().toString().substring(0, 8);
        Path csv = dir.resolve("cancel.csv");
        Files.writeString(csv, "sku,name,unit_price\r\n" + sku + ",Cancelled,1.00\r\n");
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
