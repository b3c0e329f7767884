package cloud.olympus.desktop.pos;

import cloud.olympus.client.api.CatalogueItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Choosing an item's modifiers: each group has its limits (one size exactly, up to three
 * extras); the choice is complete only when every group is within them. A group that allows one
 * swaps its choice when another is picked.
 */
public final class ModifierViewModel {

    private final CatalogueItem item;
    private final Map<String, Set<String>> chosen = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper price = new ReadOnlyStringWrapper();
    private final java.util.function.Function<BigDecimal, String> format;

    public ModifierViewModel(CatalogueItem item, java.util.function.Function<BigDecimal, String> format) {
        this.item = item;
        this.format = format;
        for (CatalogueItem.ModifierGroup group : item.modifierGroups()) {
            Set<String> initial = new LinkedHashSet<>();
            if (group.required() && group.minSelected() == 1 && group.maxSelected() == 1 && !group.options().isEmpty()) {
                initial.add(group.options().get(0).name());
            }
            chosen.put(group.name(), initial);
        }
        update();
    }

    public CatalogueItem item() {
        return item;
    }

    /** A price change, formatted in the tenant's currency. */
    public String priceDelta(BigDecimal delta) {
        return format.apply(delta);
    }

    public boolean isChosen(String group, String option) {
        return chosen.get(group).contains(option);
    }

    /** Picks or unpicks an option. */
    public void toggle(String groupName, String option) {
        CatalogueItem.ModifierGroup group = item.modifierGroups().stream().filter(g -> g.name().equals(groupName)).findFirst()
                .orElseThrow();
        Set<String> selected = chosen.get(groupName);
        if (selected.contains(option)) {
            if (!(group.maxSelected() == 1 && group.minSelected() == 1)) {
                selected.remove(option);
            }
        } else if (group.maxSelected() == 1) {
            selected.clear();
            selected.add(option);
        } else if (selected.size() < group.maxSelected()) {
            selected.add(option);
        }
        update();
    }

    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priceProperty() {
        return price.getReadOnlyProperty();
    }

    /** What is missing, group by group, for the dialog to say. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (CatalogueItem.ModifierGroup group : item.modifierGroups()) {
            if (chosen.get(group.name()).size() < group.minSelected()) {
                missing.add(group.name());
            }
        }
        return missing;
    }

    public List<CartLine.Chosen> choices() {
        List<CartLine.Chosen> choices = new ArrayList<>();
        for (CatalogueItem.ModifierGroup group : item.modifierGroups()) {
            for (CatalogueItem.Option option : group.options()) {
                if (chosen.get(group.name()).contains(option.name())) {
                    choices.add(new CartLine.Chosen(group.name(), option.name(), option.priceDelta()));
                }
            }
        }
        return choices;
    }

    private void update() {
        complete.set(missing().isEmpty());
        BigDecimal unit = choices().stream().map(CartLine.Chosen::priceDelta).reduce(item.unitPrice(), BigDecimal::add);
        price.set(format.apply(unit));
    }
}
