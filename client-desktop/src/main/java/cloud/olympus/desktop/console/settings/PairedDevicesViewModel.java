package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.PairedDevice;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.i18n.Phrase;
import java.util.List;

/**
 * The watches paired with someone's session whose session is open, newest first, and ending one's
 * session, confirmed first: a lost watch is refused at once, as if it had logged out, while the
 * person's other sessions go on.
 */
public final class PairedDevicesViewModel extends RevocableList<PairedDevice> {

    private final BusinessAdmin admin;

    public PairedDevicesViewModel(BusinessAdmin admin, Background work) {
        super(work);
        this.admin = admin;
    }

    @Override
    protected List<PairedDevice> fetch() {
        return admin.pairedDevices();
    }

    @Override
    protected void revoke(PairedDevice device) {
        admin.revokePairedDevice(device.id());
    }

    /** Every listed watch holds an open session. */
    @Override
    protected boolean revocable(PairedDevice device) {
        return true;
    }

    @Override
    protected Phrase revoked(PairedDevice device) {
        return Phrase.of("console.settings.paired.revoked", device.userName());
    }
}
