package cloud.olympus.desktop.pos;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ModifierViewModelTest {

    private final ModifierViewModel model = new ModifierViewModel(Fixtures.PIZZA, amount -> "$" + amount);

    @Test
    void aRequiredSingleChoiceStartsOnItsFirstOptionAndSwaps() {
        assertThat(model.isChosen("Size", "Regular")).isTrue();
        assertThat(model.completeProperty().get()).isTrue();
        model.toggle("Size", "Large");
        assertThat(model.isChosen("Size", "Regular")).isFalse();
        assertThat(model.isChosen("Size", "Large")).isTrue();
        model.toggle("Size", "Large");
        assertThat(model.isChosen("Size", "Large")).as("a required choice cannot be emptied").isTrue();
        assertThat(model.priceProperty().get()).isEqualTo("$17.00");
    }

    @Test
    void optionalGroupsStopAtTheirMaximum() {
        model.toggle("Extras", "Olives");
        model.toggle("Extras", "Basil");
        model.toggle("Extras", "Chili");
        assertThat(model.choices()).extracting(CartLine.Chosen::name).containsExactly("Regular", "Olives", "Basil");
        model.toggle("Extras", "Olives");
        assertThat(model.choices()).extracting(CartLine.Chosen::name).containsExactly("Regular", "Basil");
        assertThat(model.choices().get(1).priceDelta()).isEqualByComparingTo(new BigDecimal("0.50"));
    }

    @Test
    void aGroupWithoutADefaultMustBeChosenBeforeAdding() {
        var sauce = new cloud.olympus.client.api.CatalogueItem.ModifierGroup("Sauce", true, 1, 2, Fixtures.EXTRAS.options());
        var item = Fixtures.item("PASTA", "Pasta", "Pasta", "12.00", "standard", java.util.List.of(sauce));
        ModifierViewModel pasta = new ModifierViewModel(item, amount -> "$" + amount);
        assertThat(pasta.completeProperty().get()).isFalse();
        assertThat(pasta.missing()).containsExactly("Sauce");
        pasta.toggle("Sauce", "Basil");
        assertThat(pasta.completeProperty().get()).isTrue();
    }
}
