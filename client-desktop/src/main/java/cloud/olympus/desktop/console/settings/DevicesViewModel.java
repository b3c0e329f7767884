package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.Device;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FormState;
import cloud.olympus.fx.i18n.Phrase;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The terminals registered for PIN login, live ones first, and revoking one: a lost or stolen till
 * stops working at once, and so do the sessions opened on it. Revoking asks to be confirmed.
 */
public final class DevicesViewModel {

    private final BusinessAdmin admin;
    private final ObservableList<Device> devices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Device> confirming = new ReadOnlyObjectWrapper<>();
    private final FormState form;

    public DevicesViewModel(BusinessAdmin admin, Background work) {
        this.admin = admin;
        this.form = new FormState(work);
    }

    public ObservableList<Device> devices() {
        return devices;
    }

    /** The terminal waiting for the revoke to be confirmed; null when none is. */
    public ReadOnlyObjectProperty<Device> confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    /** Whether a call is under way, what it achieved and what was wrong. */
    public FormState form() {
        return form;
    }

    public void load() {
        form.run(admin::devices, devices::setAll);
    }

    /** Asks to revoke {@code device}; nothing happens until {@link #confirm()}. */
    public void askToRevoke(Device device) {
        if (device != null && !device.revoked()) {
            confirming.set(device);
            form.clear();
        }
    }

    public void cancel() {
        confirming.set(null);
    }

    /** Revokes the terminal asked about, then lists the terminals again. */
    public void confirm() {
        Device device = confirming.get();
        if (device == null) {
            return;
        }
        confirming.set(null);
        form.run(() -> {
            admin.revokeDevice(device.id());
            return admin.devices();
        }, list -> {
            devices.setAll(list);
            form.said(Phrase.of("console.settings.devices.revoked", device.name()));
        });
    }
}
