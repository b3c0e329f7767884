package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.Business;
import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.api.Session;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FieldProblems;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.auth.Permission;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The settings screen's sections and what loads them: the business (profile, taxes, loyalty,
 * features, branding, whether it may open locations) once, each list on its own. A section the
 * person may not use is neither loaded nor shown.
 */
public final class SettingsViewModel {

    private final BusinessAdmin admin;
    private final Background work;
    private final Session session;
    private final ProfileViewModel profile;
    private final TaxViewModel taxes;
    private final LoyaltyViewModel loyalty;
    private final BrandingViewModel branding;
    private final FeaturesViewModel features = new FeaturesViewModel();
    private final UsersViewModel users;
    private final RolesViewModel roles;
    private final DevicesViewModel devices;
    private final LocationsViewModel locations;
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);

    public SettingsViewModel(BusinessAdmin admin, WorkforceAdmin workforce, Session session, Background work) {
        this.admin = admin;
        this.work = work;
        this.session = session;
        this.profile = new ProfileViewModel(admin, work);
        this.taxes = new TaxViewModel(admin, work);
        this.loyalty = new LoyaltyViewModel(admin, work);
        this.branding = new BrandingViewModel(admin, work);
        this.users = new UsersViewModel(admin, work);
        this.roles = new RolesViewModel(workforce, work);
        this.devices = new DevicesViewModel(admin, work);
        this.locations = new LocationsViewModel(admin, work);
        for (BusinessForm form : List.of(profile, taxes, loyalty, branding)) {
            form.onSaved(this::fill);
        }
    }

    /** Loads every section the person may use. */
    public void load() {
        if (session.may(Permission.TENANT_SETTINGS) || session.may(Permission.LOCATION_VIEW)) {
            work.run(admin::business, this::fill, failure -> problem.set(FieldProblems.of(failure).general()));
        }
        if (session.may(Permission.USER_ADMIN)) {
            users.load();
        }
        if (session.may(Permission.STAFF_VIEW)) {
            roles.load();
        }
        if (session.may(Permission.DEVICE_MANAGE)) {
            devices.load();
        }
        if (session.may(Permission.LOCATION_VIEW)) {
            locations.load();
        }
    }

    private void fill(Business business) {
        problem.set(Phrase.NONE);
        profile.fill(business);
        taxes.fill(business);
        loyalty.fill(business);
        branding.fill(business);
        features.fill(business);
        locations.fill(business);
    }

    /** Why the business could not be loaded. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Session session() {
        return session;
    }

    public ProfileViewModel profile() {
        return profile;
    }

    public TaxViewModel taxes() {
        return taxes;
    }

    public LoyaltyViewModel loyalty() {
        return loyalty;
    }

    public BrandingViewModel branding() {
        return branding;
    }

    public FeaturesViewModel features() {
        return features;
    }

    public UsersViewModel users() {
        return users;
    }

    public RolesViewModel roles() {
        return roles;
    }

    public DevicesViewModel devices() {
        return devices;
    }

    public LocationsViewModel locations() {
        return locations;
    }
}
