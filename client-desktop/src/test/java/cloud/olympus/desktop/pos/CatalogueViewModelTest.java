package cloud.olympus.desktop.pos;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.CatalogueItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatalogueViewModelTest {

    @Test
    void searchMatchesNamesAndSkusIgnoringCaseAndAccents() {
        CatalogueItem tiramisu = Fixtures.item("DOL-TIR", "Tiramisù", "Dolci", "8.00", "standard", List.of());
        CatalogueViewModel model = new CatalogueViewModel(List.of(Fixtures.PIZZA, Fixtures.COLA, Fixtures.WINE, tiramisu), Set.of());
        model.queryProperty().set("TIRAMISU");
        assertThat(model.visible()).containsExactly(tiramisu);
        model.queryProperty().set("cola");
        assertThat(model.visible()).containsExactly(Fixtures.COLA);
        model.queryProperty().set("piz");
        assertThat(model.visible()).containsExactly(Fixtures.PIZZA);
        model.queryProperty().set("");
        model.categoryProperty().set("Wine");
        assertThat(model.visible()).containsExactly(Fixtures.WINE);
        assertThat(model.categories()).containsExactly(CatalogueViewModel.ALL, "Dolci", "Drinks", "Pizza", "Wine");
    }

    @Test
    void scannerCodesFindItemsByBarcodeOrSku() {
        CatalogueItem beer = new CatalogueItem(UUID.randomUUID(), "BEER", "Lager", "Beer", new BigDecimal("5.00"), "alcohol",
                "8005530000015", true, true, 10, false, List.of(), null);
        CatalogueViewModel model = new CatalogueViewModel(List.of(beer, Fixtures.COLA), Set.of());
        assertThat(model.byCode("8005530000015")).contains(beer);
        assertThat(model.byCode(" cola ")).contains(Fixtures.COLA);
        assertThat(model.byCode("nothing")).isEmpty();
    }

    @Test
    void favouritesComeFirstAndInactiveItemsNeverShow() {
        CatalogueItem hidden = new CatalogueItem(UUID.randomUUID(), "OLD", "Old menu", "Pizza", BigDecimal.ONE, "standard", null,
                false, false, 0, false, List.of(), null);
        CatalogueViewModel model = new CatalogueViewModel(List.of(Fixtures.COLA, Fixtures.PIZZA, Fixtures.WINE, hidden),
                Set.of(Fixtures.WINE.id()));
        assertThat(model.visible()).containsExactly(Fixtures.WINE, Fixtures.COLA, Fixtures.PIZZA);
        model.categoryProperty().set(CatalogueViewModel.FAVOURITES);
        assertThat(model.visible()).containsExactly(Fixtures.WINE);
    }

    @Test
    void aHugeCatalogueShowsAScreenfulAndCountsTheRest() {
        List<CatalogueItem> many = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            many.add(Fixtures.item("SKU-" + i, "Product " + i, "Category " + (i % 40), "1.00", "standard", List.of()));
        }
        CatalogueViewModel model = new CatalogueViewModel(many, Set.of());
        assertThat(model.visible()).hasSize(CatalogueViewModel.SHOWN);
        model.queryProperty().set("product 4999");
        assertThat(model.matchCount()).isEqualTo(11);
        assertThat(model.summaryProperty().get()).isEqualTo("11");
        model.queryProperty().set("product");
        assertThat(model.summaryProperty().get()).isEqualTo("60 / 50000");
    }

    @Test
    void aNewerCatalogueReplacesTheOldOneWhileTheSearchStays() {
        CatalogueViewModel model = new CatalogueViewModel(List.of(Fixtures.COLA, Fixtures.PIZZA), Set.of());
        model.queryProperty().set("o");
        assertThat(model.visible()).containsExactly(Fixtures.COLA);
        CatalogueItem lemonade = Fixtures.item("LEMON", "Lemonade", "Drinks", "3.00", "standard", List.of());
        model.replace(List.of(Fixtures.COLA, lemonade, Fixtures.WINE));
        assertThat(model.visible()).containsExactly(Fixtures.COLA, lemonade);
        assertThat(model.categories()).containsExactly(CatalogueViewModel.ALL, "Drinks", "Wine");
    }
}
