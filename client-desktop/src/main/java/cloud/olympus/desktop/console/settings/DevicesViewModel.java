package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.Device;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.i18n.Phrase;
import java.util.List;
import javafx.collections.ObservableList;

/**
 * The terminals registered for PIN login, live ones first, and revoking one: a lost or stolen till
 * stops working at once, and so do the sessions opened on it. Revoking asks to be confirmed. The
 * watches paired with someone's session are listed beside them ({@link #paired()}).
 */
public final class DevicesViewModel extends RevocableList<Device> {

    private final BusinessAdmin admin;
    private final PairedDevicesViewModel paired;

    public DevicesViewModel(BusinessAdmin admin, Background work) {
        super(work);
        this.admin = admin;
        this.paired = new PairedDevicesViewModel(admin, work);
    }

    public ObservableList<Device> devices() {
        return items();
    }

    /** The paired watches whose session is open. */
    public PairedDevicesViewModel paired() {
        return paired;
    }

    /** Lists the terminals and the paired watches. */
    @Override
    public void load() {
        super.load();
        paired.load();
    }

    @Override
    protected List<Device> fetch() {
        return admin.devices();
    }

    @Override
    protected void revoke(Device device) {
        admin.revokeDevice(device.id());
    }

    @Override
    protected boolean revocable(Device device) {
        return !device.revoked();
    }

    @Override
    protected Phrase revoked(Device device) {
        return Phrase.of("console.settings.devices.revoked", device.name());
    }
}
