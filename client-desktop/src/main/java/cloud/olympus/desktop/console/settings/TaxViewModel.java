package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.Business;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.input.AmountInput;
import cloud.olympus.model.pricing.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tax rules: a rate for each tax class (typed as a percentage, kept by the server as a
 * fraction), and whether prices already include tax. Items name their class; {@code standard} is
 * the class of items that name none.
 */
public final class TaxViewModel extends BusinessForm {

    /** One tax class and its rate as typed, in percent, and what is wrong with the row. */
    public static final class Rate {
        private final StringProperty taxClass = new SimpleStringProperty("");
        private final StringProperty percent = new SimpleStringProperty("");
        private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);

        public Rate(String taxClass, String percent) {
            this.taxClass.set(taxClass);
            this.percent.set(percent);
        }

        public StringProperty taxClassProperty() {
            return taxClass;
        }

        public StringProperty percentProperty() {
            return percent;
        }

        /** What the check before saving found wrong with this row; {@link Phrase#NONE} when nothing. */
        public ReadOnlyObjectProperty<Phrase> problemProperty() {
            return problem.getReadOnlyProperty();
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A rate is kept to six decimals as a fraction: four as the percentage typed. */
    private static final int PERCENT_DECIMALS = 4;

    private final ObservableList<Rate> rates = FXCollections.observableArrayList();
    private final BooleanProperty inclusive = new SimpleBooleanProperty();

    public TaxViewModel(BusinessAdmin admin, Background work) {
        super(admin, work);
    }

    public ObservableList<Rate> rates() {
        return rates;
    }

    public BooleanProperty inclusiveProperty() {
        return inclusive;
    }

    /** Adds an empty class to fill in. */
    public Rate addRate() {
        Rate rate = new Rate("", "");
        rates.add(rate);
        return rate;
    }

    /** Takes a class off the list; it is gone from the business once saved. */
    public void removeRate(Rate rate) {
        rates.remove(rate);
    }

    @Override
    void fill(Business business) {
        rates.clear();
        if (business.settings().get("tax_rates") instanceof Map<?, ?> configured) {
            configured.forEach((k, v) -> rates.add(new Rate(k.toString(),
                    new BigDecimal(v.toString()).multiply(HUNDRED).stripTrailingZeros().toPlainString())));
        }
        inclusive.set(Boolean.TRUE.equals(business.settings().get("tax_inclusive")));
    }

    /**
     * Checks every row, so each wrong one says so next to it; nothing is sent while one is wrong. A
     * class named twice is refused on its second row rather than one rate silently replacing the other.
     */
    @Override
    Change change() {
        Map<String, Object> classes = new LinkedHashMap<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        boolean wrong = false;
        for (Rate rate : rates) {
            Phrase problem = check(rate, named, classes);
            rate.problem.set(problem);
            wrong |= !problem.isNone();
        }
        if (wrong) {
            return null;
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("tax_rates", classes);
        settings.put("tax_inclusive", inclusive.get());
        return new Change(null, settings, null);
    }

    /**
     * What is wrong with {@code rate}, or {@link Phrase#NONE} after adding it to {@code classes}; an
     * empty row is skipped. {@code named} holds the classes of the rows above.
     */
    private static Phrase check(Rate rate, java.util.Set<String> named, Map<String, Object> classes) {
        String name = rate.taxClass.get().trim();
        if (name.isEmpty() && rate.percent.get().isBlank()) {
            return Phrase.NONE;
        }
        if (!name.matches("[a-z][a-z0-9_]{0,49}")) {
            return Phrase.of("console.settings.tax.bad_class", name);
        }
        if (!named.add(name)) {
            return Phrase.of("console.settings.tax.duplicate", name);
        }
        // Digits with a point or a comma, as every amount is typed: no exponents ("2e1"), and no more
        // decimals than a rate keeps (six as a fraction, four as a percentage) rather than rounding them away.
        AmountInput.Outcome typed = AmountInput.parse(rate.percent.get(), PERCENT_DECIMALS, Amounts.Sign.NOT_NEGATIVE);
        if (!typed.isValid() && typed.problem().key().equals("input.amount.decimals")) {
            return Phrase.of("console.settings.tax.rate_decimals", name, PERCENT_DECIMALS);
        }
        BigDecimal percent = typed.amount();
        if (percent == null || percent.compareTo(HUNDRED) > 0) {
            return Phrase.of("console.settings.tax.bad_rate", name);
        }
        classes.put(name, percent.divide(HUNDRED, 6, RoundingMode.HALF_UP).stripTrailingZeros());
        return Phrase.NONE;
    }
}
