package cloud.olympus.model.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

    private final PriceCalculator usd = new PriceCalculator(2);
    private final TaxRates exclusive = new TaxRates(Map.of("standard", new BigDecimal("0.0825"),
            "food", new BigDecimal("0.00"), "alcohol", new BigDecimal("0.10")), false);
    private final TaxRates inclusive = new TaxRates(Map.of("standard", new BigDecimal("0.20"),
            "reduced", new BigDecimal("0.055")), true);

    private static PricingLine line(String key, String price, int qty, String taxClass, String... deltas) {
        return new PricingLine(key, new BigDecimal(price), List.of(deltas).stream().map(BigDecimal::new).toList(), qty, taxClass);
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    @Test
    void exclusiveTaxIsAddedPerLineAndRoundedPerLine() {
        PricedOrder order = usd.price(List.of(
                line("latte", "4.75", 3, "standard"),
                line("bagel", "2.10", 1, "food"),
                line("wine", "9.99", 1, "alcohol")), List.of(), exclusive);

        assertThat(order.subtotal()).isEqualTo(money("26.34"));
        // 14.25 × 0.0825 = 1.175625 → 1.18; 0; 9.99 × 0.10 = 0.999 → 1.00
        assertThat(order.lines()).extracting(PricedLine::tax).containsExactly(money("1.18"), money("0.00"), money("1.00"));
        assertThat(order.tax()).isEqualTo(money("2.18"));
        assertThat(order.total()).isEqualTo(money("28.52"));
        assertThat(order.discountTotal()).isEqualTo(money("0.00"));
    }

    @Test
    void inclusiveTaxIsTheShareAlreadyInThePrice() {
        PricedOrder order = usd.price(List.of(
                line("shirt", "24.00", 2, "standard"),
                line("book", "10.55", 1, "reduced")), List.of(), inclusive);

        assertThat(order.subtotal()).isEqualTo(money("58.55"));
        // 48.00 × 0.20 / 1.20 = 8.00; 10.55 × 0.055 / 1.055 = 0.55
        assertThat(order.tax()).isEqualTo(money("8.55"));
        assertThat(order.total()).isEqualTo(money("58.55"));
        assertThat(order.lines().get(0).net()).isEqualTo(money("48.00"));
    }

    @Test
    void modifiersChangeTheUnitPriceBeforeQuantity() {
        PricedOrder order = usd.price(List.of(line("pizza", "12.00", 2, "standard", "2.50", "-1.00")), List.of(), exclusive);
        assertThat(order.lines().get(0).unitPrice()).isEqualTo(money("13.50"));
        assertThat(order.subtotal()).isEqualTo(money("27.00"));
        // 27.00 × 0.0825 = 2.2275 → 2.23
        assertThat(order.tax()).isEqualTo(money("2.23"));
        assertThat(order.total()).isEqualTo(money("29.23"));
    }

    @Test
    void percentageThenFixedDiscountsApplyToWhatIsLeftAndTaxFollowsTheDiscountedAmounts() {
        PricedOrder order = usd.price(List.of(
                line("a", "30.00", 1, "standard"),
                line("b", "10.00", 1, "standard")),
                List.of(Discount.percentage("10", "staff"), Discount.fixed("6.00", "voucher")), exclusive);

        // 40.00 − 4.00 = 36.00 − 6.00 = 30.00
        assertThat(order.discountTotal()).isEqualTo(money("10.00"));
        assertThat(order.lines()).extracting(PricedLine::discount).containsExactly(money("7.50"), money("2.50"));
        assertThat(order.lines()).extracting(PricedLine::net).containsExactly(money("22.50"), money("7.50"));
        // 22.50 × 0.0825 = 1.85625 → 1.86; 7.50 × 0.0825 = 0.61875 → 0.62
        assertThat(order.tax()).isEqualTo(money("2.48"));
        assertThat(order.total()).isEqualTo(money("32.48"));
    }

    @Test
    void discountSharesAddUpToTheCentWhenTheyDoNotDivideEvenly() {
        PricedOrder order = usd.price(List.of(
                line("a", "1.00", 1, "food"), line("b", "1.00", 1, "food"), line("c", "1.00", 1, "food")),
                List.of(Discount.fixed("1.00", "promo")), exclusive);
        assertThat(order.lines()).extracting(PricedLine::discount)
                .containsExactly(money("0.34"), money("0.33"), money("0.33"));
        assertThat(order.total()).isEqualTo(money("2.00"));
    }

    @Test
    void aFixedDiscountNeverTakesTheOrderBelowZero() {
        PricedOrder order = usd.price(List.of(line("a", "5.00", 1, "standard")), List.of(Discount.fixed("8.00", "too much")), exclusive);
        assertThat(order.discountTotal()).isEqualTo(money("5.00"));
        assertThat(order.tax()).isEqualTo(money("0.00"));
        assertThat(order.total()).isEqualTo(money("0.00"));
    }

    @Test
    void currenciesWithoutCentsRoundToWholeUnits() {
        PricedOrder order = new PriceCalculator(0).price(List.of(line("ramen", "980", 3, "standard")),
                List.of(Discount.percentage("5", "member")), new TaxRates(Map.of("standard", new BigDecimal("0.10")), true));
        assertThat(order.subtotal()).isEqualTo(new BigDecimal("2940"));
        assertThat(order.discountTotal()).isEqualTo(new BigDecimal("147"));
        assertThat(order.tax()).isEqualTo(new BigDecimal("254"));
        assertThat(order.total()).isEqualTo(new BigDecimal("2793"));
    }

    @Test
    void totalsAlwaysAddUpAcrossManyRandomOrders() {
        Random random = new Random(42);
        for (int n = 0; n < 2_000; n++) {
            List<PricingLine> lines = new java.util.ArrayList<>();
            for (int i = 0, count = 1 + random.nextInt(8); i < count; i++) {
                lines.add(line("l" + i, BigDecimal.valueOf(random.nextInt(5_000), 2).toPlainString(), 1 + random.nextInt(5),
                        random.nextBoolean() ? "standard" : "alcohol"));
            }
            List<Discount> discounts = random.nextBoolean() ? List.of(Discount.percentage(String.valueOf(1 + random.nextInt(50)), "x"))
                    : List.of(Discount.fixed(BigDecimal.valueOf(random.nextInt(3_000) + 1, 2).toPlainString(), "y"));
            for (TaxRates taxes : List.of(exclusive, new TaxRates(Map.of("standard", new BigDecimal("0.19"), "alcohol", new BigDecimal("0.07")), true))) {
                PricedOrder order = usd.price(lines, discounts, taxes);
                assertThat(sum(order, PricedLine::gross)).isEqualTo(order.subtotal());
                assertThat(sum(order, PricedLine::discount)).isEqualTo(order.discountTotal());
                assertThat(sum(order, PricedLine::tax)).isEqualTo(order.tax());
                assertThat(sum(order, PricedLine::total)).isEqualTo(order.total());
                assertThat(order.lines()).allSatisfy(l -> assertThat(l.net().signum()).isGreaterThanOrEqualTo(0));
            }
        }
    }

    @Test
    void unknownTaxClassesAndBadLinesAreRefused() {
        assertThatThrownBy(() -> usd.price(List.of(line("x", "1.00", 1, "luxury")), List.of(), exclusive))
                .hasMessageContaining("luxury");
        assertThatThrownBy(() -> line("x", "1.00", 0, "standard")).hasMessageContaining("quantity");
        assertThatThrownBy(() -> usd.price(List.of(line("x", "1.00", 1, "standard", "-2.00")), List.of(), exclusive))
                .hasMessageContaining("less than nothing");
        assertThatThrownBy(() -> Discount.percentage("120", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discount.fixed("0", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaxRates(Map.of("standard", new BigDecimal("1.5")), false)).isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal sum(PricedOrder order, java.util.function.Function<PricedLine, BigDecimal> field) {
        return order.lines().stream().map(field).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
