package cloud.olympus.desktop.pos;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.pricing.Discount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What is typed in at the till (an open price, a line's note, a discount): taken when it is right, refused with a sentence when not. */
class EntryViewModelsTest {

    private final Messages english = Messages.forLocale(Locale.ENGLISH);
    private final List<BigDecimal> rung = new ArrayList<>();

    @Test
    void anOpenPriceIsAnAmountOfTheCurrency() {
        PriceEntryViewModel price = new PriceEntryViewModel(Fixtures.COLA, 2, true, rung::add);
        assertThat(refused(price, "")).isEqualTo("Enter an amount.");
        assertThat(refused(price, "\u0000")).isEqualTo("Type an amount such as 12.50.");
        assertThat(refused(price, "1e1000000")).isEqualTo("Type an amount such as 12.50.");
        assertThat(refused(price, "-4")).isEqualTo("An amount cannot be below zero.");
        assertThat(refused(price, "4.999")).isEqualTo("At most 2 decimals.");
        assertThat(refused(price, "2000000000")).isEqualTo("That is more than can be entered: 1,000,000,000 at most.");
        assertThat(rung).isEmpty();
        price.textProperty().set("4,5");
        assertThat(price.problemProperty().get()).as("cleared as the cashier types").isEqualTo(Phrase.NONE);
        assertThat(price.submit()).isTrue();
        assertThat(rung).containsExactly(new BigDecimal("4.50"));
    }

    @Test
    void onlySomeoneWhoMayEntersAPrice() {
        PriceEntryViewModel price = new PriceEntryViewModel(Fixtures.COLA, 2, false, rung::add);
        assertThat(price.editableProperty().get()).isFalse();
        assertThat(english.text(price.problemProperty().get())).startsWith("You may not enter prices.");
        price.textProperty().set("3.00");
        assertThat(price.submit()).isFalse();
        assertThat(rung).isEmpty();
    }

    @Test
    void aNoteIsPrintableTextTheServerKeeps() {
        List<String> saved = new ArrayList<>();
        LineNoteViewModel note = new LineNoteViewModel("no onions", saved::add);
        assertThat(note.textProperty().get()).isEqualTo("no onions");
        note.textProperty().set("no\u0000onions");
        assertThat(note.submit()).isFalse();
        assertThat(english.text(note.problemProperty().get())).isEqualTo("A note can only hold text that prints: no control characters.");
        note.textProperty().set("x".repeat(501));
        assertThat(note.submit()).isFalse();
        assertThat(english.text(note.problemProperty().get())).isEqualTo("A note has at most 500 characters; this one has 501.");
        note.textProperty().set("  well done, no salt  ");
        assertThat(note.submit()).isTrue();
        note.textProperty().set("   ");
        assertThat(note.submit()).isTrue();
        assertThat(saved).containsExactly("well done, no salt", null);
    }

    @Test
    void aDiscountIsAPercentageUpToAHundredOrAnAmount() {
        List<Discount> given = new ArrayList<>();
        DiscountViewModel discount = new DiscountViewModel(2, given::add);
        discount.valueProperty().set("150");
        assertThat(discount.apply()).isFalse();
        assertThat(english.text(discount.problemProperty().get())).isEqualTo("A percentage up to 100 or an amount above zero.");
        discount.valueProperty().set("abc");
        assertThat(discount.apply()).isFalse();
        assertThat(english.text(discount.problemProperty().get())).isEqualTo("Type an amount such as 12.50.");
        discount.valueProperty().set("10");
        discount.reasonProperty().set("r".repeat(201));
        assertThat(discount.apply()).isFalse();
        assertThat(english.text(discount.problemProperty().get())).contains("200");
        discount.reasonProperty().set(" regular ");
        assertThat(discount.apply()).isTrue();
        discount.kindProperty().set(Discount.Kind.FIXED);
        discount.valueProperty().set("2.5");
        assertThat(discount.apply()).isTrue();
        assertThat(given).containsExactly(new Discount(Discount.Kind.PERCENTAGE, new BigDecimal("10.00"), "regular"),
                new Discount(Discount.Kind.FIXED, new BigDecimal("2.50"), "regular"));
    }

    private String refused(PriceEntryViewModel price, String typed) {
        price.textProperty().set(typed);
        assertThat(price.submit()).as(typed).isFalse();
        return english.text(price.problemProperty().get());
    }
}
