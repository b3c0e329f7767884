package cloud.olympus.desktop.pos;

import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.input.AmountInput;
import cloud.olympus.model.pricing.Amounts;
import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The price of an open-priced item, typed in at the till: an amount of the business's currency,
 * zero or more, with no more decimals than it has. Only someone who may enter prices types one.
 */
public final class PriceEntryViewModel implements EntryViewModel {

    private final CatalogueItem item;
    private final int scale;
    private final Consumer<BigDecimal> ring;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper editable;

    /**
     * @param allowed whether the person at the till may enter prices
     * @param ring    rings the item up at the price typed
     */
    public PriceEntryViewModel(CatalogueItem item, int scale, boolean allowed, Consumer<BigDecimal> ring) {
        this.item = item;
        this.scale = scale;
        this.ring = ring;
        this.editable = new ReadOnlyBooleanWrapper(allowed);
        if (!allowed) {
            problem.set(Phrase.of("price.not_allowed"));
        }
        text.addListener((obs, was, now) -> problem.set(editable.get() ? Phrase.NONE : problem.get()));
    }

    public CatalogueItem item() {
        return item;
    }

    @Override
    public StringProperty textProperty() {
        return text;
    }

    @Override
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    @Override
    public boolean submit() {
        if (!editable.get()) {
            return false;
        }
        AmountInput.Outcome price = AmountInput.parse(text.get(), scale, Amounts.Sign.NOT_NEGATIVE);
        if (!price.isValid()) {
            problem.set(price.problem());
            return false;
        }
        problem.set(Phrase.NONE);
        ring.accept(price.amount());
        return true;
    }
}
