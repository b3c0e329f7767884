package cloud.olympus.desktop.console.staff;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.UserAccount;
import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.admin.WorkforceAdmin.StaffDraft;
import cloud.olympus.client.admin.WorkforceAdmin.StaffMember;
import cloud.olympus.client.admin.WorkforceAdmin.StaffRole;
import cloud.olympus.desktop.console.UserActivation;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FormState;
import cloud.olympus.fx.i18n.Phrase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The staff and their jobs: everyone with a staff profile (retired and deactivated ones when asked
 * to show them), the staff roles, and a form that adds a profile for a user who has none yet or
 * changes the one selected: job, hourly rate, active or retired. Those who may manage users also
 * deactivate the person selected (they can no longer log in) and reactivate them.
 */
public final class PeopleViewModel {

    private final WorkforceAdmin workforce;
    private final BusinessAdmin business;
    private final boolean mayListUsers;
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final FilteredList<StaffMember> shown = new FilteredList<>(staff, StaffMember::working);
    private final BooleanProperty showInactive = new SimpleBooleanProperty(false);
    private final ObservableList<StaffRole> roles = FXCollections.observableArrayList();
    private final ObservableList<UserAccount> usersWithoutProfile = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StaffMember> editing = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<UserAccount> user = new SimpleObjectProperty<>();
    private final ObjectProperty<StaffRole> role = new SimpleObjectProperty<>();
    private final StringProperty hourlyRate = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final FormState form;
    private final UserActivation activation;

    /** {@code mayListUsers}: whether the person may see the business's users, whom a new profile is for. */
    public PeopleViewModel(WorkforceAdmin workforce, BusinessAdmin business, boolean mayListUsers, Background work) {
        this.workforce = workforce;
        this.business = business;
        this.mayListUsers = mayListUsers;
        this.form = new FormState(work);
        this.activation = new UserActivation(business, form);
        showInactive.addListener((o, was, now) -> shown.setPredicate(now ? s -> true : StaffMember::working));
    }

    /** Everyone with a staff profile, retired and deactivated ones too. */
    public ObservableList<StaffMember> staff() {
        return staff;
    }

    /** The people listed: those who work, and with {@link #showInactiveProperty()} the others too. */
    public ObservableList<StaffMember> shown() {
        return shown;
    }

    /** Whether retired and deactivated people are listed too. */
    public BooleanProperty showInactiveProperty() {
        return showInactive;
    }

    /** Whether the person may deactivate and reactivate users. */
    public boolean mayManageUsers() {
        return mayListUsers;
    }

    public ObservableList<StaffRole> roles() {
        return roles;
    }

    /** The users a new staff profile can be for: those who have none yet. */
    public ObservableList<UserAccount> usersWithoutProfile() {
        return usersWithoutProfile;
    }

    /** The profile the form changes; null while the form adds a new one. */
    public ReadOnlyObjectProperty<StaffMember> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObjectProperty<UserAccount> userProperty() {
        return user;
    }

    public ObjectProperty<StaffRole> roleProperty() {
        return role;
    }

    public StringProperty hourlyRateProperty() {
        return hourlyRate;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    /** Whether a call is under way, what it achieved and what was wrong. */
    public FormState form() {
        return form;
    }

    /** The name of a staff role by its code, or the code when it is not known. */
    public String roleName(String code) {
        return roles.stream().filter(r -> r.code().equals(code)).map(StaffRole::name).findFirst().orElse(code);
    }

    public void load() {
        form.run(() -> {
            List<StaffMember> people = workforce.staff(true);
            List<StaffRole> jobs = workforce.roles();
            List<UserAccount> users = new ArrayList<>();
            if (mayListUsers) {
                String cursor = null;
                do {
                    BusinessAdmin.UserPage page = business.users(100, cursor);
                    users.addAll(page.users());
                    cursor = page.nextCursor();
                } while (cursor != null);
            }
            return new Loaded(people, jobs, users);
        }, loaded -> {
            staff.setAll(loaded.people().stream().sorted(Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER))
                    .toList());
            roles.setAll(loaded.roles());
            Set<java.util.UUID> profiled = loaded.people().stream().map(StaffMember::userId).collect(Collectors.toSet());
            usersWithoutProfile.setAll(loaded.users().stream().filter(u -> !profiled.contains(u.id())).toList());
            if (editing.get() != null) {
                staff.stream().filter(s -> s.id().equals(editing.get().id())).findFirst().ifPresent(this::edit);
            }
        });
    }

    private record Loaded(List<StaffMember> people, List<StaffRole> roles, List<UserAccount> users) {
    }

    /** Fills the form with a profile to change. */
    public void edit(StaffMember member) {
        if (editing.get() == null || !editing.get().id().equals(member.id())) {
            activation.keep();
        }
        editing.set(member);
        user.set(null);
        role.set(roles.stream().filter(r -> r.code().equals(member.staffRole())).findFirst().orElse(null));
        hourlyRate.set(member.hourlyRate() == null ? "" : member.hourlyRate().toPlainString());
        active.set(member.active());
        form.clear();
    }

    /** Empties the form for a new profile. */
    public void startNew() {
        editing.set(null);
        user.set(null);
        role.set(null);
        hourlyRate.set("");
        active.set(true);
        form.clear();
    }

    /**
     * Deactivates the user of the profile selected: they can no longer log in and their sessions end
     * at once; the server refuses one's own and the last active owner, and says why.
     */
    public void deactivate() {
        StaffMember member = editing.get();
        if (member == null || !mayListUsers) {
            activation.keep();
            return;
        }
        activation.deactivate(member.userId(), member.name(), user -> load());
    }

    /** Asks whether to deactivate the person selected; nothing happens until {@link #deactivate()}. */
    public void askToDeactivate() {
        activation.ask(editing.get() != null);
    }

    /** Keeps the person selected active. */
    public void keep() {
        activation.keep();
    }

    /** Deactivating and reactivating the one selected, with its question. */
    public UserActivation activation() {
        return activation;
    }

    /** Whether the question to deactivate the person selected is showing. */
    public ReadOnlyBooleanProperty confirmingProperty() {
        return activation.confirmingProperty();
    }

    /** Lets the user of the profile selected log in again. */
    public void reactivate() {
        StaffMember member = editing.get();
        if (member != null && mayListUsers) {
            activation.reactivate(member.userId(), member.name(), user -> load());
        }
    }

    /** Checks the form, then adds or changes the profile; the server's objections land next to their fields. */
    public void save() {
        StaffMember changing = editing.get();
        if (changing == null && user.get() == null) {
            form.refuse("user_id", Phrase.of("console.form.required"));
            return;
        }
        if (role.get() == null) {
            form.refuse("staff_role", Phrase.of("console.form.required"));
            return;
        }
        BigDecimal rate;
        try {
            rate = new BigDecimal(hourlyRate.get().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            form.refuse("hourly_rate", Phrase.of("console.form.number"));
            return;
        }
        if (rate.signum() < 0) {
            form.refuse("hourly_rate", Phrase.of("console.form.not_negative"));
            return;
        }
        StaffDraft draft = new StaffDraft(changing == null ? user.get().id() : null, role.get().code(), rate,
                changing == null ? null : active.get());
        form.run(() -> changing == null ? workforce.addStaff(draft) : workforce.changeStaff(changing.id(), draft), saved -> {
            editing.set(saved);
            load();
            form.said(Phrase.of("console.staff.people.saved", saved.name()));
        });
    }
}
