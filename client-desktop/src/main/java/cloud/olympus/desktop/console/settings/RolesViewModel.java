package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.admin.WorkforceAdmin.StaffRole;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FormState;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.auth.AccessPolicy;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Who may do what. The roles' permissions come from the one access table the server checks
 * ({@link AccessPolicy}) and are fixed; what a business changes is what each of its staff roles
 * (jobs) adds on top for the people who have it, such as letting bartenders give discounts. A
 * business adds jobs of its own (a code and a name, checked as the server checks them) and renames
 * any job; the code stays.
 */
public final class RolesViewModel {

    /** One permission and whether each role grants it. */
    public record Row(Permission permission, Map<Role, Boolean> granted) {
    }

    /** A staff role's code as the server takes it. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,39}");

    private final WorkforceAdmin workforce;
    private final List<Row> matrix;
    private final ObservableList<StaffRole> staffRoles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StaffRole> selected = new ReadOnlyObjectWrapper<>();
    private final Map<Permission, BooleanProperty> extra = new EnumMap<>(Permission.class);
    private final FormState form;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper();

    public RolesViewModel(WorkforceAdmin workforce, Background work) {
        this.workforce = workforce;
        this.form = new FormState(work);
        List<Row> rows = new ArrayList<>();
        for (Permission permission : Permission.values()) {
            Map<Role, Boolean> granted = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                granted.put(role, AccessPolicy.permissionsOf(role).contains(permission));
            }
            rows.add(new Row(permission, granted));
            extra.put(permission, new SimpleBooleanProperty());
        }
        this.matrix = List.copyOf(rows);
    }

    /** Every permission and the roles that grant it, as the server checks them. */
    public List<Row> matrix() {
        return matrix;
    }

    public ObservableList<StaffRole> staffRoles() {
        return staffRoles;
    }

    public ReadOnlyObjectProperty<StaffRole> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Whether the selected staff role adds {@code permission}. */
    public BooleanProperty extraProperty(Permission permission) {
        return extra.get(permission);
    }

    /** Whether a call is under way, what it achieved and what was wrong. */
    public FormState form() {
        return form;
    }

    public void load() {
        form.run(workforce::roles, roles -> {
            staffRoles.setAll(roles);
            StaffRole was = selected.get();
            roles.stream().filter(r -> was != null && r.code().equals(was.code())).findFirst().ifPresent(this::select);
        });
    }

    public void select(StaffRole role) {
        if (role == null && adding.get()) {
            return;
        }
        adding.set(false);
        selected.set(role);
        Set<String> adds = Set.copyOf(role == null ? List.of() : role.permissions());
        extra.forEach((permission, on) -> on.set(adds.contains(permission.wireName())));
        code.set(role == null ? "" : role.code());
        name.set(role == null ? "" : role.name());
        form.clear();
    }

    /** Starts a new job: its code and name typed, what it adds ticked, then {@link #save}. */
    public void startNew() {
        selected.set(null);
        adding.set(true);
        extra.values().forEach(on -> on.set(false));
        code.set("");
        name.set("");
        form.clear();
    }

    /**
     * Saves the job: a new one with its code, name and what it adds, or the selected one's name and
     * what it adds. A code or name the server would refuse is said next to it before anything is sent;
     * the server refuses owners' and admins' powers.
     */
    public void save() {
        StaffRole role = selected.get();
        if (role == null && !adding.get()) {
            return;
        }
        String wanted = role == null ? code.get().strip() : role.code();
        String named = name.get() == null ? "" : name.get().strip();
        if (role == null && !CODE.matcher(wanted).matches()) {
            form.refuse("code", Phrase.of("console.settings.roles.code_invalid"));
            return;
        }
        if (role == null && staffRoles.stream().anyMatch(r -> r.code().equals(wanted))) {
            form.refuse("code", Phrase.of("console.settings.roles.code_taken"));
            return;
        }
        if (named.isEmpty() || named.length() > 100) {
            form.refuse("name", Phrase.of("console.settings.roles.name_invalid"));
            return;
        }
        List<String> adds = new ArrayList<>();
        extra.forEach((permission, on) -> {
            if (on.get()) {
                adds.add(permission.wireName());
            }
        });
        form.run(() -> workforce.putRole(wanted, named, adds), saved -> {
            int at = role == null ? -1 : staffRoles.indexOf(role);
            if (at >= 0) {
                staffRoles.set(at, saved);
            } else {
                staffRoles.add(saved);
            }
            adding.set(false);
            select(saved);
            form.said(Phrase.of("console.settings.roles.saved", saved.name()));
        });
    }

    /** The new job's code: 2 to 40 lower-case letters, digits or _, starting with a letter. */
    public StringProperty codeProperty() {
        return code;
    }

    /** The job's name, as typed. */
    public StringProperty nameProperty() {
        return name;
    }

    /** Whether a new job is being added (its code can be typed). */
    public ReadOnlyBooleanProperty addingProperty() {
        return adding.getReadOnlyProperty();
    }
}
