package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.Business;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FormState;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.tenant.TenantSlug;
import cloud.olympus.client.admin.BusinessAdmin.Location;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The organisation's locations, open and closed; opening a new one, which starts with the
 * organisation's settings and branding (only a subscription with more than one location may: the
 * {@code multi_location} feature; the form says so instead of failing); renaming one, closing it
 * (asked first, as everyone logged in there is logged out; no one can log in there until it is
 * opened again; its data stays) and opening it again.
 */
public final class LocationsViewModel {

    private final BusinessAdmin admin;
    private final ObservableList<Location> locations = FXCollections.observableArrayList();
    private final ObjectProperty<Location> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Location> closing = new ReadOnlyObjectWrapper<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty slug = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper mayOpen = new ReadOnlyBooleanWrapper();
    private final FormState form;
    private final FormState change;

    public LocationsViewModel(BusinessAdmin admin, Background work) {
        this.admin = admin;
        this.form = new FormState(work);
        this.change = new FormState(work);
        selected.addListener((o, was, now) -> {
            newName.set(now == null ? "" : now.name());
            closing.set(null);
            change.clear();
        });
    }

    public ObservableList<Location> locations() {
        return locations;
    }

    /** The location chosen in the list, to rename, close or open again. */
    public ObjectProperty<Location> selectedProperty() {
        return selected;
    }

    /** The chosen location's name as typed, to rename it. */
    public StringProperty newNameProperty() {
        return newName;
    }

    /** Whether a change of the chosen location is under way, what it achieved and what was wrong. */
    public FormState change() {
        return change;
    }

    public StringProperty slugProperty() {
        return slug;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Whether the business may open locations: an organisation (not a location) whose subscription has more than one. */
    public ReadOnlyBooleanProperty mayOpenProperty() {
        return mayOpen.getReadOnlyProperty();
    }

    /** Whether a call is under way, what it achieved and what was wrong. */
    public FormState form() {
        return form;
    }

    void fill(Business business) {
        mayOpen.set(business.parentId() == null && Boolean.TRUE.equals(business.features().get("multi_location")));
    }

    public void load() {
        form.run(admin::allLocations, list -> {
            UUID chosen = selected.get() == null ? null : selected.get().id();
            locations.setAll(list);
            selected.set(list.stream().filter(l -> l.id().equals(chosen)).findFirst().orElse(null));
        });
    }

    /** Renames the chosen location as typed. */
    public void rename() {
        Location location = selected.get();
        if (location == null) {
            return;
        }
        String name = newName.get().trim();
        if (name.isEmpty()) {
            change.refuse("name", Phrase.of("console.form.required"));
            return;
        }
        change.run(() -> admin.changeLocation(location.id(), name, null),
                changed -> changed(changed, Phrase.of("console.settings.locations.renamed", changed.name())));
    }

    /** The location whose closing waits for a yes; null while no one is asked. */
    public ReadOnlyObjectProperty<Location> closingProperty() {
        return closing.getReadOnlyProperty();
    }

    /** Asks whether to close the chosen open location; nothing changes until {@link #close()}. */
    public void askToClose() {
        Location location = selected.get();
        closing.set(location != null && location.active() ? location : null);
    }

    /** Leaves the location open: the question goes away. */
    public void keepOpen() {
        closing.set(null);
    }

    /**
     * Closes the location asked about in {@link #askToClose()}: no one can log in there, and everyone
     * logged in there is logged out. Without the question answered, nothing happens.
     */
    public void close() {
        Location location = closing.get();
        closing.set(null);
        if (location != null && location.active()) {
            change.run(() -> admin.changeLocation(location.id(), null, false),
                    changed -> changed(changed, Phrase.of("console.settings.locations.closed", changed.name())));
        }
    }

    /** Opens the chosen closed location again. */
    public void reopen() {
        Location location = selected.get();
        if (location != null && !location.active()) {
            change.run(() -> admin.changeLocation(location.id(), null, true),
                    changed -> changed(changed, Phrase.of("console.settings.locations.reopened", changed.name())));
        }
    }

    private void changed(Location changed, Phrase said) {
        locations.replaceAll(l -> l.id().equals(changed.id()) ? changed : l);
        selected.set(changed);
        change.said(said);
    }

    /** Opens the location in the form. */
    public void add() {
        String address = TenantSlug.parse(slug.get()).map(TenantSlug::value).orElse(null);
        if (address == null) {
            form.refuse("slug", Phrase.of("console.settings.locations.bad_slug"));
            return;
        }
        if (name.get().isBlank()) {
            form.refuse("name", Phrase.of("console.form.required"));
            return;
        }
        form.run(() -> admin.addLocation(address, name.get().trim()), added -> {
            locations.add(new Location(added.id(), added.slug(), added.name(), true));
            slug.set("");
            name.set("");
            form.said(Phrase.of("console.settings.locations.added", added.name()));
        });
    }

}
