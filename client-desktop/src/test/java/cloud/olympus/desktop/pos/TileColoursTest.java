package cloud.olympus.desktop.pos;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.fx.theme.AccentPalette;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class TileColoursTest {

    private static final List<String> RESTAURANT = List.of("Antipasti", "Beer", "Coffee", "Dolci", "Drinks", "Pasta", "Pizza",
            "Secondi", "Wine");

    @Test
    void aCategorysOwnColourIsItsTilesColour() {
        TileColours colours = TileColours.of(List.of(new CatalogueItem.Category("Pizza", "#C0462E", 0)), RESTAURANT);
        assertThat(colours.of("Pizza")).get().extracting(TileColours.Swatch::background).isEqualTo(Color.web("#C0462E"));
        assertThat(colours.toCss()).contains(".product-tile." + TileColours.styleClass("Pizza") + " {\n  -tile-colour: #C0462E;");
    }

    @Test
    void everyDefaultColourCarriesWhiteTextReadablyOnLightAndDarkThemes() {
        assertThat(TileColours.PALETTE).hasSizeGreaterThanOrEqualTo(10).allSatisfy(colour -> {
            assertThat(TileColours.Swatch.on(colour).text()).isEqualTo(Color.WHITE);
            // WCAG AA for normal text.
            assertThat(AccentPalette.contrast(Color.WHITE, colour)).isGreaterThanOrEqualTo(4.5);
        });
        assertThat(Set.copyOf(TileColours.PALETTE)).hasSameSizeAs(TileColours.PALETTE);
    }

    @Test
    void aPaleColourOfItsOwnGetsDarkText() {
        TileColours colours = TileColours.of(List.of(new CatalogueItem.Category("Drinks", "#F2C94C", 0),
                new CatalogueItem.Category("Wine", "#6D2338", 1)), List.of());
        TileColours.Swatch drinks = colours.of("Drinks").orElseThrow();
        assertThat(drinks.text()).isNotEqualTo(Color.WHITE);
        assertThat(AccentPalette.contrast(drinks.text(), drinks.background())).isGreaterThanOrEqualTo(4.5);
        assertThat(colours.of("Wine").orElseThrow().text()).isEqualTo(Color.WHITE);
    }

    @Test
    void categoriesWithoutAColourGetDistinctOnesFromThePalette() {
        TileColours colours = TileColours.of(List.of(), RESTAURANT);
        List<Color> chosen = RESTAURANT.stream().map(name -> colours.of(name).orElseThrow().background()).toList();
        assertThat(chosen).doesNotHaveDuplicates().allSatisfy(colour -> assertThat(TileColours.PALETTE).contains(colour));
    }

    @Test
    void aCategoryKeepsItsDefaultColourFromDayToDayAndWhenOthersComeAndGo() {
        Color pizza = TileColours.of(List.of(), RESTAURANT).of("Pizza").orElseThrow().background();
        assertThat(TileColours.of(List.of(), RESTAURANT).of("Pizza").orElseThrow().background()).isEqualTo(pizza);
        assertThat(TileColours.of(List.of(new CatalogueItem.Category("Pizza", null, 3)), List.of()).of("Pizza").orElseThrow()
                .background()).as("alone, it takes the entry its name points at")
                .isEqualTo(TileColours.PALETTE.get(TileColours.preferredSlot("Pizza")));
        // Categories added after it in the alphabet never move it.
        assertThat(TileColours.of(List.of(), List.of("Pizza", "Salads", "Smoothies", "Tea", "Wraps")).of("Pizza").orElseThrow()
                .background()).isEqualTo(TileColours.of(List.of(), List.of("Pizza")).of("Pizza").orElseThrow().background());
    }

    @Test
    void defaultsKeepClearOfTheColoursManagersChose() {
        List<CatalogueItem.Category> chosen = List.of(new CatalogueItem.Category("Pizza", "#C0462E", 0),
                new CatalogueItem.Category("Wine", "#6D2338", 1));
        TileColours colours = TileColours.of(chosen, RESTAURANT);
        for (String name : RESTAURANT) {
            if (!name.equals("Pizza") && !name.equals("Wine")) {
                Color colour = colours.of(name).orElseThrow().background();
                assertThat(TileColours.looksLike(colour, Color.web("#C0462E"))).as(name).isFalse();
                assertThat(TileColours.looksLike(colour, Color.web("#6D2338"))).as(name).isFalse();
            }
        }
        assertThat(TileColours.looksLike(Color.web("#B91C1C"), Color.web("#BE123C"))).isTrue();
        assertThat(TileColours.looksLike(Color.web("#B91C1C"), Color.web("#1D4ED8"))).isFalse();
        assertThat(TileColours.looksLike(Color.web("#B91C1C"), Color.web("#777777"))).as("grey is like nothing").isFalse();
    }

    @Test
    void aColourThatIsNotAColourCountsAsNoneAndManyCategoriesStillGetColours() {
        TileColours broken = TileColours.of(List.of(new CatalogueItem.Category("Pizza", "red", 0)), List.of());
        assertThat(TileColours.PALETTE).contains(broken.of("Pizza").orElseThrow().background());

        List<String> many = IntStream.range(0, 40).mapToObj(i -> "Category " + i).toList();
        TileColours colours = TileColours.of(List.of(), many);
        assertThat(many).allSatisfy(name -> assertThat(colours.of(name)).isPresent());
        assertThat(many.stream().map(name -> colours.of(name).orElseThrow().background()).collect(Collectors.toSet()))
                .hasSize(TileColours.PALETTE.size());
        assertThat(colours.of(null)).as("an item without a category keeps the plain tile").isEmpty();
    }

    @Test
    void styleClassesAreSafeForCssAndStable() {
        assertThat(TileColours.styleClass("Café & Bar")).matches("tile-caf-bar-[0-9a-f]+").isEqualTo(TileColours.styleClass("Café & Bar"));
        assertThat(TileColours.styleClass("Café & Bar")).isNotEqualTo(TileColours.styleClass("Cafe Bar"));
        assertThat(TileColours.styleClass("☕")).matches("tile-category-[0-9a-f]+");
        assertThat(TileColours.styleClass(null)).isEqualTo("tile-plain");
    }

    @Test
    void theCatalogueCarriesItsCategoriesColoursAndFollowsChanges() {
        CatalogueViewModel model = new CatalogueViewModel(List.of(Fixtures.PIZZA, Fixtures.COLA),
                List.of(new CatalogueItem.Category("Pizza", "#C0462E", 0)), Set.of());
        assertThat(model.tileColoursProperty().get().of("Pizza").orElseThrow().background()).isEqualTo(Color.web("#C0462E"));
        assertThat(model.tileColoursProperty().get().of("Drinks")).isPresent();

        model.replace(List.of(Fixtures.PIZZA, Fixtures.COLA), List.of(new CatalogueItem.Category("Pizza", "#1D4ED8", 0)));
        assertThat(model.tileColoursProperty().get().of("Pizza").orElseThrow().background()).isEqualTo(Color.web("#1D4ED8"));
    }

    @Test
    void onlyWebAddressesAreLoadedAsPictures() {
        assertThat(TilePictures.isWebAddress("https://cdn.example/pizza.png")).isTrue();
        assertThat(TilePictures.isWebAddress("HTTP://cdn.example/pizza.png")).isTrue();
        assertThat(TilePictures.isWebAddress("file:///etc/passwd")).isFalse();
        assertThat(TilePictures.isWebAddress("")).isFalse();
        assertThat(TilePictures.isWebAddress(null)).isFalse();
    }
}
