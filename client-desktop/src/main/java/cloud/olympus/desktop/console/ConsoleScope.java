package cloud.olympus.desktop.console;

import cloud.olympus.client.manager.Place;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which part of the business the console's screens show: the whole organisation (no place) or one
 * of its locations, picked once in the console's header and read by every screen. A business on its
 * own has no locations to pick from and is always shown whole. Changed and read on the FX thread.
 */
public final class ConsoleScope {

    private final ObservableList<Place> places = FXCollections.observableArrayList();
    private final ObservableList<Place> placesView = FXCollections.unmodifiableObservableList(places);
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>();

    /** The organisation's locations to pick from; empty for a business on its own. */
    public ObservableList<Place> places() {
        return placesView;
    }

    /** The location picked, or null for the whole business (its locations added up). */
    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    /** The picked location's id, or null for the whole business: what the API's {@code location_id} takes. */
    public UUID locationId() {
        Place picked = place.get();
        return picked == null ? null : picked.id();
    }

    /** The locations as the server lists them; a picked one that is no longer there goes back to the whole business. */
    public void placesAre(List<Place> found) {
        places.setAll(found);
        Place picked = place.get();
        if (picked != null && found.stream().noneMatch(p -> p.id().equals(picked.id()))) {
            place.set(null);
        }
    }
}
