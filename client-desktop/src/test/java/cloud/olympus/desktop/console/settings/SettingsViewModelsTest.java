package cloud.olympus.desktop.console.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.SessionEndedException;
import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.Business;
import cloud.olympus.client.admin.BusinessAdmin.PairedDevice;
import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FieldProblems;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settings screen's forms against the demo server, their calls made in place of a background thread. */
class SettingsViewModelsTest {

    private OlympusApi owner;
    private BusinessAdmin admin;
    private SettingsViewModel settings;

    @BeforeEach
    void load() {
        owner = DemoServer.login("harbor-hotel", "owner");
        admin = new BusinessAdmin(owner.client());
        settings = new SettingsViewModel(admin, new WorkforceAdmin(owner.client()), owner.session(),
                new Background(Runnable::run, Runnable::run));
        settings.load();
    }

    @Test
    void taxRatesAreTypedInPercentAndKeptAsFractions() {
        TaxViewModel taxes = settings.taxes();
        assertThat(taxes.rates()).isNotEmpty();
        TaxViewModel.Rate spa = taxes.addRate();
        spa.taxClassProperty().set("spa");
        spa.percentProperty().set("12.5");
        taxes.save();
        assertThat(taxes.form().problemsProperty().get()).isEqualTo(FieldProblems.NONE);
        Map<?, ?> rates = (Map<?, ?>) admin.business().settings().get("tax_rates");
        assertThat(new BigDecimal(rates.get("spa").toString())).isEqualByComparingTo("0.125");
        assertThat(taxes.rates()).anyMatch(r -> r.taxClassProperty().get().equals("spa") && r.percentProperty().get().equals("12.5"));

        spa = taxes.rates().stream().filter(r -> r.taxClassProperty().get().equals("spa")).findFirst().orElseThrow();
        spa.percentProperty().set("120");
        taxes.save();
        assertThat(spa.problemProperty().get().key()).isEqualTo("console.settings.tax.bad_rate");
        assertThat(taxes.rates()).filteredOn(r -> !r.taxClassProperty().get().equals("spa")).allMatch(r -> r.problemProperty().get().isNone());
        assertThat(taxes.form().problemsProperty().get().isEmpty()).as("the row says it, not the form").isTrue();
        spa.taxClassProperty().set("");
        spa.percentProperty().set("");
        taxes.save();
        assertThat(((Map<?, ?>) admin.business().settings().get("tax_rates")).containsKey("spa")).isFalse();
    }

    @Test
    void aTaxRateIsDigitsWithoutExponentsAndIsNotRounded() {
        TaxViewModel taxes = settings.taxes();
        Map<?, ?> before = (Map<?, ?>) admin.business().settings().get("tax_rates");
        TaxViewModel.Rate spa = taxes.addRate();
        spa.taxClassProperty().set("spa");
        spa.percentProperty().set("2e1");
        taxes.save();
        assertThat(spa.problemProperty().get().key()).isEqualTo("console.settings.tax.bad_rate");

        spa.percentProperty().set("12.123456");
        taxes.save();
        assertThat(spa.problemProperty().get()).isEqualTo(Phrase.of("console.settings.tax.rate_decimals", "spa", 4));
        assertThat((Map<?, ?>) admin.business().settings().get("tax_rates")).as("nothing is sent").isEqualTo(before);

        spa.percentProperty().set("12,1234");
        taxes.save();
        assertThat(spa.problemProperty().get().isNone()).isTrue();
        Map<?, ?> rates = (Map<?, ?>) admin.business().settings().get("tax_rates");
        assertThat(new BigDecimal(rates.get("spa").toString())).isEqualByComparingTo("0.121234");
    }

    @Test
    void aTaxClassNamedTwiceIsRefusedOnItsSecondRowAndARowCanBeRemoved() {
        TaxViewModel taxes = settings.taxes();
        Map<?, ?> before = (Map<?, ?>) admin.business().settings().get("tax_rates");
        TaxViewModel.Rate first = taxes.rates().get(0);
        String taxClass = first.taxClassProperty().get();
        TaxViewModel.Rate again = taxes.addRate();
        again.taxClassProperty().set(taxClass);
        again.percentProperty().set("99");
        TaxViewModel.Rate wrong = taxes.addRate();
        wrong.taxClassProperty().set("Wine");
        wrong.percentProperty().set("10");
        taxes.save();
        assertThat(first.problemProperty().get().isNone()).isTrue();
        assertThat(again.problemProperty().get()).isEqualTo(Phrase.of("console.settings.tax.duplicate", taxClass));
        assertThat(wrong.problemProperty().get()).as("every wrong row says so at once")
                .isEqualTo(Phrase.of("console.settings.tax.bad_class", "Wine"));
        assertThat((Map<?, ?>) admin.business().settings().get("tax_rates")).as("nothing is sent").isEqualTo(before);

        taxes.removeRate(again);
        taxes.removeRate(wrong);
        TaxViewModel.Rate spa = taxes.addRate();
        spa.taxClassProperty().set("spa");
        spa.percentProperty().set("12");
        taxes.save();
        assertThat(taxes.form().problemsProperty().get()).isEqualTo(FieldProblems.NONE);
        Map<?, ?> saved = (Map<?, ?>) admin.business().settings().get("tax_rates");
        assertThat(new BigDecimal(saved.get(taxClass).toString())).isEqualByComparingTo(new BigDecimal(before.get(taxClass).toString()));
        assertThat(saved.containsKey("spa")).isTrue();

        taxes.removeRate(taxes.rates().stream().filter(r -> r.taxClassProperty().get().equals("spa")).findFirst().orElseThrow());
        taxes.save();
        assertThat(((Map<?, ?>) admin.business().settings().get("tax_rates")).keySet()).as("a removed row's class is gone once saved")
                .isEqualTo(before.keySet());
    }

    @Test
    void theServersObjectionLandsOnItsField() {
        ProfileViewModel profile = settings.profile();
        assertThat(profile.nameProperty().get()).isEqualTo("Harbor Hotel");
        String zone = profile.timezoneProperty().get();
        profile.timezoneProperty().set("Mars/Olympus_Mons");
        profile.save();
        assertThat(profile.form().problemsProperty().get().of("timezone").fallback()).contains("time zone");
        assertThat(profile.form().problemsProperty().get().general().isNone()).isTrue();
        profile.timezoneProperty().set(zone);
        profile.maxTipPercentProperty().set("lots");
        profile.save();
        assertThat(profile.form().problemsProperty().get().of("max_tip_percent").key()).isEqualTo("console.form.whole");
    }

    @Test
    void theAccentPreviewsAsTypedAndIsCheckedBeforeSavingAndClearingItUnbrands() {
        Object accentBefore = admin.business().branding().get("accent_color");
        try {
            BrandingViewModel branding = settings.branding();
            branding.accentColorProperty().set("#8E44AD");
            assertThat(branding.previewProperty().getValue().emphasis()).isEqualTo(javafx.scene.paint.Color.web("#8E44AD"));
            branding.accentColorProperty().set("#8E44A");
            assertThat(branding.previewProperty().getValue()).isNull();
            branding.save();
            assertThat(branding.form().problemsProperty().get().of("accent_color").key()).isEqualTo("console.settings.branding.bad_colour");
            java.util.List<String> rebranded = new java.util.ArrayList<>();
            branding.onRebrand(palette -> rebranded.add(palette == null ? "theme" : cloud.olympus.fx.theme.AccentPalette.hex(palette.emphasis())));
            branding.accentColorProperty().set("#8e44ad");
            branding.save();
            assertThat(rebranded).containsExactly("#8E44AD");
            assertThat(admin.business().branding().get("accent_color")).isEqualTo("#8E44AD");

            branding.accentColorProperty().set("  ");
            branding.save();
            assertThat(branding.form().problemsProperty().get().isEmpty()).isTrue();
            assertThat(rebranded).as("a cleared accent gives the console the theme's own").containsExactly("#8E44AD", "theme");
            assertThat(admin.business().branding().get("accent_color")).isNull();
        } finally {
            java.util.Map<String, Object> restore = new java.util.HashMap<>();
            restore.put("accent_color", accentBefore);
            admin.change(null, null, restore);
        }
    }

    @Test
    void aUserNeedsARoleAnEmailAndALongEnoughPasswordAndTheLastOwnerStays() {
        UsersViewModel users = settings.users();
        assertThat(users.users()).isNotEmpty();
        users.startNew();
        users.roleProperty(Role.CASHIER).set(false);
        users.save();
        assertThat(users.form().problemsProperty().get().of("roles").key()).isEqualTo("console.settings.users.no_role");
        users.roleProperty(Role.KITCHEN).set(true);
        users.emailProperty().set("not an email");
        users.save();
        assertThat(users.form().problemsProperty().get().of("email").key()).isEqualTo("console.settings.users.bad_email");
        String email = "sous-chef-" + UUID.randomUUID().toString().substring(0, 8) + "@harbor-hotel.example";
        users.emailProperty().set(email);
        users.passwordProperty().set("galley-2026");
        users.save();
        assertThat(users.selectedProperty().get().email()).isEqualTo(email);
        users.roleProperty(Role.MANAGER).set(true);
        users.save();
        assertThat(users.selectedProperty().get().roles()).containsExactlyInAnyOrder("kitchen", "manager");
        users.remove();
        assertThat(users.users()).noneMatch(u -> u.email().equals(email));

        BusinessAdmin.UserAccount me = users.users().stream().filter(u -> u.id().equals(owner.session().userId())).findFirst()
                .orElseThrow();
        users.select(me);
        users.remove();
        assertThat(users.form().problemsProperty().get().isEmpty()).isFalse();
        assertThat(users.users()).anyMatch(u -> u.id().equals(me.id()));
    }

    @Test
    void aDeactivatedUserStaysListedSaysSinceWhenAndIsReactivatedFromSettings() {
        UsersViewModel users = settings.users();
        String email = "night-porter-" + UUID.randomUUID().toString().substring(0, 8) + "@harbor-hotel.example";
        BusinessAdmin.UserAccount porter = admin.addUser(email, "Night Porter", "lantern-2026", java.util.List.of("cashier"));
        admin.deactivateUser(porter.id());
        users.load();
        BusinessAdmin.UserAccount listed = users.users().stream().filter(u -> u.id().equals(porter.id())).findFirst().orElseThrow();
        assertThat(listed.active()).isFalse();
        assertThat(listed.deactivatedAt()).isNotNull();

        users.select(listed);
        users.reactivate();
        assertThat(users.form().statusProperty().get()).isEqualTo(Phrase.of("console.staff.people.reactivated", "Night Porter"));
        assertThat(users.selectedProperty().get().active()).isTrue();
        assertThat(users.users()).anyMatch(u -> u.id().equals(porter.id()) && u.active());

        users.askToDeactivate();
        assertThat(users.activation().confirmingProperty().get()).isTrue();
        users.activation().keep();
        assertThat(users.activation().confirmingProperty().get()).isFalse();
        users.askToDeactivate();
        users.deactivate();
        assertThat(users.activation().confirmingProperty().get()).isFalse();
        assertThat(users.users()).as("still listed").anyMatch(u -> u.id().equals(porter.id()) && !u.active());
        assertThat(admin.users(200, null).users()).anyMatch(u -> u.id().equals(porter.id()) && !u.active());
        admin.removeUser(porter.id());
    }

    @Test
    void theMatrixIsTheAccessTableAndAJobAddsWhatItIsGiven() {
        RolesViewModel roles = settings.roles();
        RolesViewModel.Row refunds = roles.matrix().stream().filter(r -> r.permission() == Permission.ORDER_REFUND).findFirst()
                .orElseThrow();
        assertThat(refunds.granted()).containsEntry(Role.MANAGER, true).containsEntry(Role.CASHIER, false);
        var job = roles.staffRoles().stream().filter(r -> !r.code().isEmpty()).findFirst().orElseThrow();
        roles.select(job);
        roles.extraProperty(Permission.USER_ADMIN).set(true);
        roles.save();
        assertThat(roles.form().problemsProperty().get().isEmpty()).as("an admin's power cannot be added").isFalse();
        roles.extraProperty(Permission.USER_ADMIN).set(false);
        boolean had = roles.extraProperty(Permission.DISCOUNT_APPLY).get();
        roles.extraProperty(Permission.DISCOUNT_APPLY).set(!had);
        roles.save();
        assertThat(roles.selectedProperty().get().permissions().contains("discount_apply")).isEqualTo(!had);
        roles.extraProperty(Permission.DISCOUNT_APPLY).set(had);
        roles.save();
    }

    @Test
    void featuresSayWhatTheyChangeAndLocationsOpenOnlyWhereTheSubscriptionAllows() {
        assertThat(settings.features().features()).extracting(FeaturesViewModel.Feature::name).contains("tips", "multi_location");
        for (java.util.Locale language : cloud.olympus.fx.i18n.Messages.SUPPORTED) {
            cloud.olympus.fx.i18n.Messages messages = cloud.olympus.fx.i18n.Messages.forLocale(language);
            assertThat(settings.features().features()).as("every feature says what it changes, in " + language)
                    .allMatch(f -> messages.has(f.effect().key()) && messages.has(f.label().key()));
        }
        LocationsViewModel locations = settings.locations();
        assertThat(locations.mayOpenProperty().get()).isTrue();
        locations.slugProperty().set("X");
        locations.add();
        assertThat(locations.form().problemsProperty().get().of("slug").key()).isEqualTo("console.settings.locations.bad_slug");

        OlympusApi downtown = DemoServer.login("bella-cucina-downtown", "manager");
        LocationsViewModel atALocation = new LocationsViewModel(new BusinessAdmin(downtown.client()),
                new Background(Runnable::run, Runnable::run));
        Business location = new BusinessAdmin(downtown.client()).business();
        atALocation.fill(location);
        assertThat(atALocation.mayOpenProperty().get()).as("a location opens no locations").isFalse();
    }

    @Test
    void aLocationIsRenamedClosedAndOpenedAgainByTheOwnerOnly() {
        LocationsViewModel locations = settings.locations();
        String slug = "harbor-kiosk-" + UUID.randomUUID().toString().substring(0, 6);
        locations.slugProperty().set(slug);
        locations.nameProperty().set("Pier Kiosk");
        locations.add();
        BusinessAdmin.Location kiosk = locations.locations().stream().filter(l -> l.slug().equals(slug)).findFirst().orElseThrow();
        assertThat(kiosk.active()).isTrue();
        locations.selectedProperty().set(kiosk);
        assertThat(locations.newNameProperty().get()).isEqualTo("Pier Kiosk");

        locations.newNameProperty().set("  ");
        locations.rename();
        assertThat(locations.change().problemsProperty().get().of("name").key()).isEqualTo("console.form.required");
        locations.newNameProperty().set("Pier Kiosk North");
        locations.rename();
        assertThat(locations.change().statusProperty().get()).isEqualTo(Phrase.of("console.settings.locations.renamed", "Pier Kiosk North"));
        assertThat(admin.locations()).anyMatch(l -> l.slug().equals(slug) && l.name().equals("Pier Kiosk North"));

        OlympusApi manager = DemoServer.login("harbor-hotel", "manager");
        LocationsViewModel asManager = new LocationsViewModel(new BusinessAdmin(manager.client()),
                new Background(Runnable::run, Runnable::run));
        asManager.load();
        asManager.selectedProperty().set(asManager.locations().stream().filter(l -> l.slug().equals(slug)).findFirst().orElseThrow());
        asManager.askToClose();
        asManager.close();
        assertThat(asManager.change().problemsProperty().get().isEmpty()).as("a manager may not close a location").isFalse();
        assertThat(admin.locations()).anyMatch(l -> l.slug().equals(slug));

        locations.close();
        assertThat(admin.locations()).as("not closed without asking first").anyMatch(l -> l.slug().equals(slug));
        locations.askToClose();
        assertThat(locations.closingProperty().get().name()).isEqualTo("Pier Kiosk North");
        locations.keepOpen();
        assertThat(locations.closingProperty().get()).isNull();
        locations.close();
        assertThat(admin.locations()).as("kept open").anyMatch(l -> l.slug().equals(slug));
        locations.askToClose();
        locations.close();
        assertThat(locations.closingProperty().get()).isNull();
        assertThat(locations.selectedProperty().get().active()).isFalse();
        assertThat(locations.locations()).anyMatch(l -> l.slug().equals(slug) && !l.active());
        assertThat(locations.change().statusProperty().get()).isEqualTo(Phrase.of("console.settings.locations.closed", "Pier Kiosk North"));
        assertThat(admin.locations()).as("closed: not among the open ones").noneMatch(l -> l.slug().equals(slug));
        locations.load();
        assertThat(locations.selectedProperty().get().slug()).as("still chosen after a reload").isEqualTo(slug);

        locations.reopen();
        assertThat(locations.selectedProperty().get().active()).isTrue();
        assertThat(admin.locations()).anyMatch(l -> l.slug().equals(slug));
        // Closed again, so the demo's list of open locations is as it was.
        locations.askToClose();
        locations.close();
        assertThat(admin.locations()).noneMatch(l -> l.slug().equals(slug));
    }

    @Test
    void aPairedWatchIsListedAndItsSessionEndsOnceConfirmed() {
        OlympusApi manager = DemoServer.login("harbor-hotel", "manager");
        var before = admin.pairedDevices().stream().map(PairedDevice::id).toList();
        OlympusClient watch = pairWatch("harbor-hotel", manager);
        PairedDevicesViewModel paired = settings.devices().paired();
        paired.load();
        PairedDevice ours = paired.items().stream().filter(d -> !before.contains(d.id())).findFirst().orElseThrow();
        assertThat(ours.userId()).isEqualTo(manager.session().userId());
        assertThat(ours.roles()).contains("manager");
        assertThat(ours.userName()).isNotBlank();
        assertThat(ours.pairedAt()).isNotNull();
        assertThat(ours.userAgent()).as("the app names itself").startsWith("Olympus watch (");

        paired.askToRevoke(ours);
        assertThat(paired.confirmingProperty().get()).isEqualTo(ours);
        paired.cancel();
        assertThat(paired.confirmingProperty().get()).isNull();
        assertThat(paired.items()).contains(ours);
        assertThat(watch.get("/api/v1/users/me").get("id").asString()).isEqualTo(ours.userId().toString());

        paired.askToRevoke(ours);
        paired.confirm();
        assertThat(paired.confirmingProperty().get()).isNull();
        assertThat(paired.items()).noneMatch(d -> d.id().equals(ours.id()));
        assertThat(paired.form().statusProperty().get()).isEqualTo(Phrase.of("console.settings.paired.revoked", ours.userName()));
        // The watch's access token is refused, and so is its refresh: its session is over.
        assertThatThrownBy(() -> watch.get("/api/v1/users/me")).isInstanceOf(SessionEndedException.class);
        // The manager's own session goes on.
        assertThat(new BusinessAdmin(manager.client()).pairedDevices()).noneMatch(d -> d.id().equals(ours.id()));
    }

    /** A watch of {@code tenant} paired through the device flow, {@code approver} typing its code as on the till. */
    static OlympusClient pairWatch(String tenant, OlympusApi approver) {
        OlympusClient watch = new OlympusClient(DemoServer.url()).identifyAs("watch");
        OlympusClient.DeviceCode code = watch.requestDeviceCode(tenant);
        approver.approveDevice(code.userCode());
        watch.redeemDeviceCode(code.deviceCode());
        return watch;
    }
}
