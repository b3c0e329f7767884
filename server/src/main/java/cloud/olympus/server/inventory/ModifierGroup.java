package cloud.olympus.server.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A choice a customer makes about an item ("Size", "Milk", "Extra toppings"): between
 * {@code minSelected} and {@code maxSelected} of its options, each changing the price.
 */
public record ModifierGroup(String name, boolean required, int minSelected, int maxSelected, List<Option> options) {

    public ModifierGroup {
        options = List.copyOf(options);
    }

    public record Option(String name, BigDecimal priceDelta) {
    }

    public Optional<Option> option(String optionName) {
        return options.stream().filter(o -> o.name().equalsIgnoreCase(optionName)).findFirst();
    }
}
