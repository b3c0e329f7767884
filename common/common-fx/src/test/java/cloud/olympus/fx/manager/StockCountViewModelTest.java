package cloud.olympus.fx.manager;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.manager.StockItem;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A stock count: found by code or name, counted, and booked as the difference from the books, each line once. */
class StockCountViewModelTest {

    private final StockItem flour = item("FLOUR-25", "Flour 25 kg", "8001234567890", 14, true);
    private final StockItem flourSmall = item("FLOUR-1", "Flour 1 kg", null, 40, true);
    private final StockItem service = item("SERVICE", "Service charge", null, 0, false);
    private final List<String> booked = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    /** Whether the next booking fails after reaching the server (its answer lost). */
    private boolean loseNextAnswer;
    private final StockCountViewModel model = new StockCountViewModel(new StockCountViewModel.Source() {
        @Override
        public List<StockItem> find(String query) {
            return List.of(flour, flourSmall, service).stream().filter(i -> i.name().toLowerCase().contains(query.toLowerCase())
                    || query.equals(i.barcode()) || query.equals(i.sku())).toList();
        }

        @Override
        public StockItem count(UUID itemId, int counted, String note, String key) {
            keys.add(key);
            if (loseNextAnswer) {
                loseNextAnswer = false;
                throw new cloud.olympus.client.ServerUnreachableException("lost", new java.io.IOException("reset"));
            }
            booked.add(itemId + ":" + counted + ":" + note + ":" + key);
            StockItem was = itemId.equals(flour.id()) ? flour : flourSmall;
            return new StockItem(was.id(), was.sku(), was.name(), was.barcode(), was.category(), counted, was.minStock(),
                    was.maxStock(), true, was.unitCost());
        }
    }, Runnable::run, Runnable::run);

    @Test
    void aScannedBarcodeJoinsTheCountAndSeveralMatchesAreOffered() {
        model.search("8001234567890");
        assertThat(model.lines()).extracting(l -> l.item().sku()).containsExactly("FLOUR-25");
        assertThat(model.currentProperty().get().item()).isEqualTo(flour);

        model.search("flour");
        assertThat(model.matches()).containsExactly(flour, flourSmall);

        model.search("service");
        assertThat(model.matches()).isEmpty();
        assertThat(model.messageProperty().get().key()).isEqualTo("mobile.count.not_found");
    }

    @Test
    void onlyDifferencesAreBookedOnceEachWithTheirNote() {
        model.pick(flour);
        model.currentProperty().get().countedProperty().set(9);
        model.pick(flourSmall);
        model.currentProperty().get().countedProperty().set(40);

        assertThat(model.differences()).extracting(l -> l.varianceProperty().get()).containsExactly(-5);
        model.book("  weekly count ");

        assertThat(booked).singleElement().asString().startsWith(flour.id() + ":9:weekly count:");
        assertThat(model.messageProperty().get().key()).isEqualTo("mobile.count.booked");
        assertThat(model.lines().get(1).bookedProperty().get()).isTrue();
        assertThat(model.lines().get(1).item().currentStock()).isEqualTo(9);

        model.book(null);
        assertThat(booked).hasSize(1);
        assertThat(model.messageProperty().get().key()).isEqualTo("mobile.count.nothing_to_book");
    }

    @Test
    void aRetryOfTheSameCountHasTheSameKeyAndAnEditedCountANewOne() {
        model.pick(flour);
        model.currentProperty().get().countedProperty().set(9);
        loseNextAnswer = true;
        model.book("weekly count");
        model.book("weekly count");
        assertThat(keys).hasSize(2);
        assertThat(keys.get(1)).isEqualTo(keys.get(0));

        model.clear();
        model.pick(flour);
        model.currentProperty().get().countedProperty().set(9);
        loseNextAnswer = true;
        model.book(null);
        // Counted again: 11 found, not the 9 of the posting that failed.
        model.currentProperty().get().countedProperty().set(11);
        model.book(null);
        assertThat(keys).hasSize(4);
        assertThat(keys.get(3)).isNotEqualTo(keys.get(2));
        assertThat(booked.get(1)).startsWith(flour.id() + ":11:null:" + keys.get(3));
    }

    @Test
    void aTypedQuantityIsAWholeNumberOrNothing() {
        assertThat(StockCountViewModel.quantity(" 12 ")).isEqualTo(12);
        assertThat(StockCountViewModel.quantity("-3")).isNull();
        assertThat(StockCountViewModel.quantity("1.5")).isNull();
        assertThat(StockCountViewModel.quantity(null)).isNull();
    }

    private static StockItem item(String sku, String name, String barcode, int stock, boolean tracked) {
        return new StockItem(UUID.randomUUID(), sku, name, barcode, "Dry goods", stock, 4, 20, tracked, null);
    }
}
