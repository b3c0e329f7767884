package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin.Business;
import cloud.olympus.fx.i18n.Phrase;
import java.util.Comparator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The features the business's subscription includes, each with what it changes for the people who
 * use Olympus. They follow the subscription: the operator changes them, not the business, so this
 * list is read only.
 */
public final class FeaturesViewModel {

    /** A feature, whether the business has it, and what it does. */
    public record Feature(String name, boolean on, Phrase label, Phrase effect) {
    }

    private final ObservableList<Feature> features = FXCollections.observableArrayList();

    public ObservableList<Feature> features() {
        return features;
    }

    void fill(Business business) {
        features.setAll(business.features().entrySet().stream()
                .map(e -> new Feature(e.getKey(), Boolean.TRUE.equals(e.getValue()),
                        Phrase.orElse("console.settings.feature." + e.getKey(), e.getKey()),
                        Phrase.orElse("console.settings.feature." + e.getKey() + ".effect", "")))
                .sorted(Comparator.comparing(Feature::name)).toList());
    }
}
