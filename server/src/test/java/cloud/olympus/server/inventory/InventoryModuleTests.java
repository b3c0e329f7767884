package cloud.olympus.server.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.server.support.ModuleTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inventory module with the modules it depends on (platform, and auth through it): items kept,
 * stock moved through the ledger, and the alerts a fall in stock raises.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class InventoryModuleTests extends ModuleTest {

    @Autowired
    Catalogue catalogue;
    @Autowired
    StockLedger ledger;
    @Autowired
    StockAlerts alerts;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ItemImports imports;

    @Test
    void anAppliedImportIsAnnouncedOnceAndADryRunOrARefusedFileIsNot(Scenario scenario) {
        List<ItemImports.Row> rows = List.of(new ItemImports.Row(2, Map.of("sku", "TEA", "name", "Tea", "unit_price", "3.20"), null),
                new ItemImports.Row(3, Map.of("sku", "BAD", "name", "Bad", "unit_price", "-1"), null));
        ItemImportReport dry = imports.run(rows, true, false, owner.userId());
        assertThat(dry.applied()).isFalse();
        assertThat(dry.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("unit_price"));
        assertThat(imports.run(rows, false, false, owner.userId()).applied()).isFalse();
        assertThat(catalogue.page("TEA", null, null, null, null, 10)).isEmpty();
        scenario.stimulate(() -> imports.run(rows, false, true, owner.userId()))
                .andWaitForEventOfType(ItemsImported.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.created()).isEqualTo(1);
                    assertThat(event.updated()).isZero();
                    assertThat(event.rejected()).isEqualTo(1);
                    assertThat(event.actorId()).isEqualTo(owner.userId());
                });
        assertThat(catalogue.page("TEA", null, null, null, null, 10)).singleElement()
                .satisfies(item -> assertThat(item.unitPrice()).isEqualByComparingTo("3.20"));
    }

    @Test
    void stockFallingToItsMinimumRaisesStockLowOnce(Scenario scenario) {
        UUID mug = item("MUG", 10, 3);
        scenario.stimulate(() -> ledger.adjust(mug, -7, null, StockMovement.Kind.WASTE, "dropped a box", owner.userId()))
                .andWaitForEventOfType(StockLow.class)
                .matching(event -> event.itemId().equals(mug))
                .toArriveAndVerify(event -> {
                    assertThat(event.available()).isEqualTo(3);
                    assertThat(event.minStock()).isEqualTo(3);
                });
        ledger.adjust(mug, -1, null, StockMovement.Kind.WASTE, "another", owner.userId());
        assertThat(alerts.page(StockAlert.Status.OPEN, null, null, 10)).singleElement()
                .satisfies(alert -> assertThat(alert.kind()).isEqualTo(StockAlert.Kind.STOCK_LOW));
    }

    @Test
    void reservingTheLastUnitsRaisesStockDepletedAndMoreIsRefused(Scenario scenario) {
        UUID mug = item("MUG", 2, 0);
        UUID order = UUID.randomUUID();
        scenario.stimulate(() -> ledger.reserve(order, Map.of(mug, 2), Map.of(mug, true), owner.userId()))
                .andWaitForEventOfType(StockDepleted.class)
                .matching(event -> event.itemId().equals(mug))
                .toArriveAndVerify(event -> assertThat(event.sku()).isEqualTo("MUG"));
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> ledger.reserve(UUID.randomUUID(), Map.of(mug, 1),
                Map.of(mug, true), owner.userId()))).isInstanceOf(InsufficientStock.class);
        Item after = catalogue.find(mug).orElseThrow();
        assertThat(after.currentStock()).isEqualTo(2);
        assertThat(after.reservedStock()).isEqualTo(2);
        assertThat(ledger.movements(mug, null, null, 10)).extracting(StockMovement::kind)
                .containsExactly(StockMovement.Kind.RESERVATION, StockMovement.Kind.RECEIPT);
    }

    @Test
    void anItemIsStoredAndChangedAsTheCatalogueSaysAndItsStockStaysWithTheLedger() {
        UUID mug = item("MUG", 4, 1);
        Item changed = catalogue.update(mug, new ItemChanges(java.util.Optional.empty(), java.util.Optional.of("Big mug"),
                java.util.Optional.of("Kitchen"), java.util.Optional.empty(), java.util.Optional.of(new BigDecimal("12.5")),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.of(List.of(new ModifierGroup("Colour", false, 0, 1,
                        List.of(new ModifierGroup.Option("Red", new BigDecimal("0.50")))))),
                java.util.Optional.of(Map.of("aisle", "3")), java.util.Optional.empty()));
        assertThat(changed.name()).isEqualTo("Big mug");
        assertThat(changed.unitPrice()).isEqualByComparingTo("12.50").hasScaleOf(2);
        assertThat(changed.currentStock()).isEqualTo(4);
        assertThat(changed.modifierGroups()).singleElement().satisfies(g -> assertThat(g.option("red")).isPresent());
        assertThat(changed.locationData()).containsEntry("aisle", "3");
        assertThat(catalogue.categories()).contains("Kitchen");
    }

    private UUID item(String sku, int stock, int minStock) {
        return catalogue.create(new NewItem(sku, "Item " + sku, null, null, new BigDecimal("9.99"), stock, minStock, null, null,
                null, true, true, false, List.of(), Map.of(), null), owner.userId()).id();
    }
}
