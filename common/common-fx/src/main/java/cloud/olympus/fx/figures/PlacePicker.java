package cloud.olympus.fx.figures;

import cloud.olympus.client.manager.Place;
import cloud.olympus.fx.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * The choice between the whole organisation (first, as no place) and one of its locations, bound to
 * {@code picked}; hidden for a business without locations.
 */
public final class PlacePicker extends ComboBox<Place> {

    public PlacePicker(ObservableList<Place> places, ObjectProperty<Place> picked, Messages messages) {
        Runnable fill = () -> {
            List<Place> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(places);
            Place was = picked.get();
            getItems().setAll(choices);
            setValue(was);
        };
        places.addListener((ListChangeListener<Place>) c -> fill.run());
        fill.run();
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Place p) {
                return p == null ? messages.get("mobile.today.whole") : p.name();
            }

            @Override
            public Place fromString(String s) {
                return null;
            }
        });
        setPromptText(messages.get("mobile.today.whole"));
        valueProperty().bindBidirectional(picked);
        visibleProperty().bind(Bindings.isNotEmpty(places));
        managedProperty().bind(visibleProperty());
    }
}
