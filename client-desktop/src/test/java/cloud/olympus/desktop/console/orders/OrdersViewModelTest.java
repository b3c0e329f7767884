package cloud.olympus.desktop.console.orders;

import static cloud.olympus.desktop.DemoServer.item;
import static cloud.olympus.desktop.DemoServer.login;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.Place;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.server.support.TillDrafts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.zip.ZipFile;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The orders screen's workings against a real server: filters, pages, an order opened and refunded, exports. */
class OrdersViewModelTest {

    private static final String RESTAURANT = "bella-cucina";
    private static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        DemoServer.url();
    }

    private static OrdersViewModel model(OlympusApi api, int pageSize) {
        return new OrdersViewModel(api, null, api.session(), Clock.systemUTC(), NOW, NOW, NOW, pageSize);
    }

    @Test
    void aNumberFindsItsOrderAndAStatusOnlyOrdersWithIt() {
        OlympusApi owner = login(RESTAURANT, "owner");
        OrderSummary sale = owner.recordSale(TillDrafts.sale(item(owner, "PIZ-MAR").id(), 1, "14.00", "card"));
        OrdersViewModel model = model(owner, 50);

        model.numberProperty().set(sale.orderNumber());
        model.search();
        assertThat(model.orders()).extracting(OrderSummary::id).containsExactly(sale.id());

        model.numberProperty().set(sale.id().toString().substring(0, 8));
        model.search();
        assertThat(model.orders()).as("the reference on the receipt").extracting(OrderSummary::id).containsExactly(sale.id());

        model.numberProperty().set("");
        model.statusProperty().set(OrderStatus.CANCELLED);
        model.search();
        assertThat(model.orders()).allSatisfy(o -> assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED));
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
    }

    @Test
    void aCustomerFoundByEmailShowsOnlyTheirOrders() {
        OlympusApi owner = login(RESTAURANT, "owner");
        OrdersViewModel model = model(owner, 200);
        model.search();
        // A customer of the list with an email; the search finds a customer by the start of it.
        UUID regular = model.orders().stream().map(OrderSummary::customerId).filter(java.util.Objects::nonNull).distinct()
                .filter(id -> owner.client().get("/api/v1/customers/" + id).path("email").isString()).findFirst().orElseThrow();
        String email = owner.client().get("/api/v1/customers/" + regular).get("email").asString();

        model.customerQueryProperty().set(email);
        model.apply();
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
        assertThat(model.customerMatches()).extracting(c -> c.id()).contains(regular);
        assertThat(model.customerProperty().get().id()).isEqualTo(regular);
        assertThat(model.orders()).isNotEmpty().allSatisfy(o -> assertThat(o.customerId()).isEqualTo(regular));

        model.customerQueryProperty().set("nobody-by-this-name@nowhere.example");
        model.apply();
        assertThat(model.customerProperty().get()).isNull();
        assertThat(model.orders()).isEmpty();
        assertThat(model.problemProperty().get().key()).isEqualTo("console.orders.no_customer");

        model.customerQueryProperty().set("");
        model.apply();
        assertThat(model.orders()).anySatisfy(o -> assertThat(o.customerId()).isNotEqualTo(regular));
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatsUntilTheLast() {
        OrdersViewModel model = model(login(RESTAURANT, "owner"), 7);
        model.search();
        assertThat(model.orders()).hasSize(7);
        assertThat(model.hasMoreProperty().get()).isTrue();
        model.more();
        model.more();
        assertThat(model.orders()).hasSize(21);
        Set<UUID> ids = new HashSet<>();
        model.orders().forEach(o -> assertThat(ids.add(o.id())).as("no order twice").isTrue());
        for (int i = 1; i < model.orders().size(); i++) {
            assertThat(model.orders().get(i).createdAt()).as("newest first").isBeforeOrEqualTo(model.orders().get(i - 1).createdAt());
        }
    }

    @Test
    void anOwnerOpensASaleRefundsPartOfItAndSeesTheRefundAndItsAuditEntry() {
        OlympusApi owner = login(RESTAURANT, "owner");
        OrderSummary sale = owner.recordSale(TillDrafts.sale(item(owner, "DOL-TIR").id(), 2, "8.00", "card"));
        OrdersViewModel model = model(owner, 50);
        assertThat(model.mayAudit()).isTrue();
        assertThat(model.mayRefund()).isTrue();

        model.open(sale);
        assertThat(model.selectedProperty().get().id()).isEqualTo(sale.id());
        model.refund().amountProperty().set("3.50");
        model.refund().reasonProperty().set("Cold dessert");
        model.makeRefund();

        assertThat(model.selectedProperty().get().refundedTotal()).isEqualByComparingTo("3.50");
        assertThat(model.selectedProperty().get().refunds()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("Cold dessert"));
        // The audit entry, written just after the refund, is read until it is there, without opening the order again.
        assertThat(model.audit()).anySatisfy(row -> {
            assertThat(row.entry().action()).isEqualTo("order.refunded");
            assertThat(row.actor()).as("named, not an id").isEqualTo(owner.session().displayName());
        });
    }

    @Test
    void aSecondRefundBeingTypedIsKeptWhileTheFirstsAuditEntryIsRead() throws InterruptedException {
        OlympusApi owner = login(RESTAURANT, "owner");
        OrderSummary sale = owner.recordSale(TillDrafts.sale(item(owner, "DOL-TIR").id(), 2, "8.00", "card"));
        Queue<Runnable> later = new ConcurrentLinkedQueue<>();
        OrdersViewModel model = new OrdersViewModel(owner, null, owner.session(), Clock.systemUTC(), later::add, NOW, NOW, 50);
        model.open(sale);
        later.remove().run();
        model.refund().amountProperty().set("2.00");
        model.refund().reasonProperty().set("Cold dessert");
        model.makeRefund();
        while (!later.isEmpty() && model.audit().stream().noneMatch(row -> row.entry().action().equals("order.refunded"))) {
            later.remove().run();
        }
        model.refund().amountProperty().set("1.00");
        model.refund().reasonProperty().set("Late");
        // Nothing read later takes the form back to empty.
        Thread.sleep(2500);
        for (Runnable task = later.poll(); task != null; task = later.poll()) {
            task.run();
        }

        assertThat(model.audit()).anySatisfy(row -> assertThat(row.entry().action()).isEqualTo("order.refunded"));
        assertThat(model.selectedProperty().get().refundedTotal()).isEqualByComparingTo("2.00");
        assertThat(model.refund().amountProperty().get()).as("the form being typed").isEqualTo("1.00");
        assertThat(model.refund().reasonProperty().get()).isEqualTo("Late");
    }

    @Test
    void aSlowAnswerForAnOrderClickedBeforeDoesNotReplaceTheOneClickedLast() {
        OlympusApi owner = login(RESTAURANT, "owner");
        OrderSummary first = owner.recordSale(TillDrafts.sale(item(owner, "PIZ-MAR").id(), 1, "14.00", "card"));
        OrderSummary second = owner.recordSale(TillDrafts.sale(item(owner, "DOL-TIR").id(), 1, "8.00", "card"));
        List<Runnable> waiting = new ArrayList<>();
        OrdersViewModel model = new OrdersViewModel(owner, null, owner.session(), Clock.systemUTC(), waiting::add, NOW, NOW, 50);

        model.open(first);
        model.open(second);
        assertThat(waiting).hasSize(2);
        waiting.remove(1).run();
        waiting.remove(0).run();

        assertThat(model.selectedProperty().get().id()).as("the order clicked last").isEqualTo(second.id());
        assertThat(model.refund().orderProperty().get().id()).as("the refund is of it too").isEqualTo(second.id());
    }

    @Test
    void aNewSearchStopsThePagingOfTheListBeforeAndPagesComeOneAtATime() {
        OlympusApi owner = login(RESTAURANT, "owner");
        List<Runnable> waiting = new ArrayList<>();
        OrdersViewModel model = new OrdersViewModel(owner, null, owner.session(), Clock.systemUTC(), waiting::add, NOW, NOW, 3);
        model.search();
        waiting.remove(0).run();
        assertThat(model.hasMoreProperty().get()).isTrue();

        model.more();
        model.more();
        assertThat(waiting).as("one page at a time").hasSize(1);
        waiting.remove(0).run();
        assertThat(model.orders()).hasSize(6);

        model.numberProperty().set("no-such-order");
        model.search();
        assertThat(model.hasMoreProperty().get()).as("the list before is not paged on").isFalse();
        model.more();
        assertThat(waiting).hasSize(1);
        waiting.remove(0).run();
        assertThat(model.orders()).isEmpty();
    }

    @Test
    void aCustomerFoundAfterANewerSearchDoesNotReplaceItsList() {
        OlympusApi owner = login(RESTAURANT, "owner");
        List<Runnable> waiting = new ArrayList<>();
        OrdersViewModel model = new OrdersViewModel(owner, null, owner.session(), Clock.systemUTC(), waiting::add, NOW, NOW, 50);
        model.customerQueryProperty().set("nobody-by-this-name@nowhere.example");
        model.findCustomer();
        model.customerQueryProperty().set("");
        model.findCustomer();
        assertThat(waiting).hasSize(2);
        waiting.remove(1).run();
        waiting.remove(0).run();

        assertThat(model.orders()).as("anyone's orders, asked last").isNotEmpty();
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
    }

    @Test
    void aManagerSeesNoAuditTrailAndMayNotCopyAllTheData() {
        OlympusApi manager = login(RESTAURANT, "manager");
        OrdersViewModel model = model(manager, 5);
        assertThat(model.mayAudit()).isFalse();
        assertThat(model.mayExportEverything()).isFalse();
        model.search();
        model.open(model.orders().get(0));
        assertThat(model.selectedProperty().get()).isNotNull();
        assertThat(model.audit()).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
    }

    @Test
    void theCsvHoldsEveryOrderOfTheFilterNotOnlyThePagesRead() throws IOException {
        OlympusApi owner = login(RESTAURANT, "owner");
        OrdersViewModel model = model(owner, 3);
        model.search();
        Path file = dir.resolve("orders.csv");
        model.exportCsv(file);

        assertThat(model.csvExport().outcomeProperty().get()).isEqualTo(Phrase.of("console.orders.csv.saved", "orders.csv"));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(String.join(",", OrdersViewModel.CSV_COLUMNS));
        assertThat(lines.size() - 1).as("all pages, not the three read").isGreaterThan(3)
                .isEqualTo((int) model.csvExport().progressProperty().get());
        assertThat(dir.toFile().list((in, name) -> name.endsWith(".part"))).as("nothing half written is left").isEmpty();
    }

    @Test
    void anExportStoppedLeavesNoFile() {
        FileExport export = new FileExport(NOW, NOW);
        Path file = dir.resolve("stopped.csv");
        export.start(file, "console.orders.csv", (out, progress, cancelled) -> {
            out.write("number\r\n".getBytes(StandardCharsets.UTF_8));
            export.cancel();
            progress.accept(1);
        });
        assertThat(export.outcomeProperty().get()).isEqualTo(Phrase.of("console.orders.csv.cancelled"));
        assertThat(file).doesNotExist();
        assertThat(dir.toFile().list((in, name) -> name.endsWith(".part"))).as("nothing half written is left").isEmpty();
        assertThat(export.runningProperty().get()).isFalse();
    }

    @Test
    void theOwnerSavesACopyOfAllTheData() throws IOException {
        OlympusApi owner = login(RESTAURANT, "owner");
        OrdersViewModel model = model(owner, 5);
        assertThat(model.mayExportEverything()).isTrue();
        Path file = dir.resolve("everything.zip");
        model.exportEverything(file);
        assertThat(model.dataExport().outcomeProperty().get()).isEqualTo(Phrase.of("console.orders.data.saved", "everything.zip"));
        assertThat(model.dataExport().progressProperty().get()).isEqualTo(Files.size(file));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("commerce.orders.csv")).isNotNull();
            assertThat(zip.getEntry("tables.csv")).isNotNull();
        }
    }

    @Test
    void theLocationPickedInTheHeaderIsTheOneWhoseOrdersAreListedAndOpened() {
        OlympusApi owner = login(RESTAURANT, "owner");
        OlympusApi harbor = login(RESTAURANT + "-harbor", "manager");
        OrderSummary there = harbor.recordSale(TillDrafts.sale(item(harbor, "PIZ-MAR").id(), 1, "14.00", "card"));
        Place harborPlace = new ManagerApi(owner).locations().stream().filter(p -> p.slug().equals(RESTAURANT + "-harbor"))
                .findFirst().orElseThrow();
        ObjectProperty<Place> header = new SimpleObjectProperty<>();
        OrdersViewModel model = new OrdersViewModel(owner, null, owner.session(), Clock.systemUTC(), NOW, NOW, NOW, 50, header);
        model.search();
        assertThat(model.orders()).as("the business's own").isNotEmpty().noneMatch(o -> o.id().equals(there.id()));
        assertThat(model.mayRefund()).isTrue();
        assertThat(model.customerSearchProperty().get()).isTrue();
        model.customerQueryProperty().set("someone");

        header.set(harborPlace);
        assertThat(model.customerSearchProperty().get()).as("customers are the business's").isFalse();
        assertThat(model.customerQueryProperty().get()).as("a customer of the business is no filter there").isEmpty();
        assertThat(model.query().customerId()).isNull();
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
        assertThat(model.orders()).as("read again for the harbor").anyMatch(o -> o.id().equals(there.id()));
        assertThat(model.query().locationId()).isEqualTo(harborPlace.id());
        model.open(there);
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
        assertThat(model.selectedProperty().get().id()).isEqualTo(there.id());
        assertThat(model.mayRefund()).as("a location's sale is refunded from here too").isTrue();
        model.refund().amountProperty().set("2.00");
        model.refund().reasonProperty().set("Burnt crust");
        model.makeRefund();
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
        assertThat(harbor.order(there.id()).refundedTotal()).as("refunded at the harbor").isEqualByComparingTo("2.00");
        assertThat(model.selectedProperty().get().refundedTotal()).isEqualByComparingTo("2.00");
        assertThat(model.audit()).as("the harbor's audit trail of its sale")
                .anySatisfy(row -> assertThat(row.entry().action()).isEqualTo("order.refunded"));

        header.set(null);
        assertThat(model.selectedProperty().get()).as("the harbor's order is closed").isNull();
        assertThat(model.orders()).isNotEmpty().noneMatch(o -> o.id().equals(there.id()));
    }

    @Test
    void withLocationsAndNonePickedTheListSaysItHoldsTheOrganisationsOwnOrders() {
        OlympusApi owner = login(RESTAURANT, "owner");
        Place harborPlace = new ManagerApi(owner).locations().stream().filter(p -> p.slug().equals(RESTAURANT + "-harbor"))
                .findFirst().orElseThrow();
        ObjectProperty<Place> header = new SimpleObjectProperty<>();
        javafx.collections.ObservableList<Place> offered = javafx.collections.FXCollections.observableArrayList();
        OrdersViewModel model = new OrdersViewModel(owner, null, owner.session(), Clock.systemUTC(), NOW, NOW, NOW, 50, header);
        model.locationsAre(offered, "Bella Cucina");
        assertThat(model.scopeNoteProperty().get()).as("a business on its own: nothing to say").isEqualTo(Phrase.NONE);

        offered.setAll(new ManagerApi(owner).locations());
        assertThat(model.scopeNoteProperty().get()).isEqualTo(Phrase.of("console.orders.own_only", "Bella Cucina"));
        header.set(harborPlace);
        assertThat(model.scopeNoteProperty().get()).as("a location's list is all of its orders").isEqualTo(Phrase.NONE);
        header.set(null);
        assertThat(model.scopeNoteProperty().get()).isEqualTo(Phrase.of("console.orders.own_only", "Bella Cucina"));

        OrdersViewModel unnamed = new OrdersViewModel(owner, null, owner.session(), Clock.systemUTC(), NOW, NOW, NOW, 50,
                new SimpleObjectProperty<>());
        unnamed.locationsAre(offered, null);
        assertThat(unnamed.scopeNoteProperty().get()).isEqualTo(Phrase.of("console.orders.own_only_unnamed"));
        for (java.util.Locale language : cloud.olympus.fx.i18n.Messages.SUPPORTED) {
            cloud.olympus.fx.i18n.Messages messages = cloud.olympus.fx.i18n.Messages.forLocale(language);
            assertThat(messages.text(model.scopeNoteProperty().get())).as("in " + language).contains("Bella Cucina");
            assertThat(messages.has("console.orders.own_only_unnamed")).isTrue();
        }
    }

    @Test
    void theListAndTheDetailShowTheirOwnReadingAndAnotherLocationDropsWhatWasUnderWay() {
        OlympusApi owner = login(RESTAURANT, "owner");
        OrderSummary sale = owner.recordSale(TillDrafts.sale(item(owner, "PIZ-MAR").id(), 1, "14.00", "card"));
        Place harborPlace = new ManagerApi(owner).locations().stream().filter(p -> p.slug().equals(RESTAURANT + "-harbor"))
                .findFirst().orElseThrow();
        ObjectProperty<Place> header = new SimpleObjectProperty<>();
        List<Runnable> waiting = new ArrayList<>();
        OrdersViewModel model = new OrdersViewModel(owner, null, owner.session(), Clock.systemUTC(), waiting::add, NOW, NOW, 20,
                header);

        model.search();
        model.open(sale);
        assertThat(model.listLoadingProperty().get()).isTrue();
        assertThat(model.detailLoadingProperty().get()).isTrue();
        waiting.remove(1).run();
        assertThat(model.detailLoadingProperty().get()).as("the order is open").isFalse();
        assertThat(model.selectedProperty().get().id()).isEqualTo(sale.id());
        assertThat(model.listLoadingProperty().get()).as("the list is still on its way").isTrue();
        waiting.remove(0).run();
        assertThat(model.listLoadingProperty().get()).isFalse();
        assertThat(model.orders()).anyMatch(o -> o.id().equals(sale.id()));

        model.numberProperty().set(sale.orderNumber());
        model.search();
        model.open(sale);
        header.set(harborPlace);
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.detailLoadingProperty().get()).as("the opening under way is dropped").isFalse();
        assertThat(waiting).as("the business's list and order, then the harbor's list").hasSize(3);
        waiting.remove(1).run();
        waiting.remove(0).run();
        assertThat(model.selectedProperty().get()).as("the business's order is not opened at the harbor").isNull();
        assertThat(model.listLoadingProperty().get()).as("the harbor's list is still on its way").isTrue();
        waiting.remove(0).run();
        assertThat(model.listLoadingProperty().get()).isFalse();
        assertThat(model.orders()).as("no order of that number at the harbor").noneMatch(o -> o.id().equals(sale.id()));
    }
}
