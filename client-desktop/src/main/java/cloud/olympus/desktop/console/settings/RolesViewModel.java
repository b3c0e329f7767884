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
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Who may do what. The roles' permissions come from the one access table the server checks
 * ({@link AccessPolicy}) and are fixed; what a business changes is what each of its staff roles
 * (jobs) adds on top for the people who have it, such as letting bartenders give discounts.
 */
public final class RolesViewModel {

    /** One permission and whether each role grants it. */
    public record Row(Permission permission, Map<Role, Boolean> granted) {
    }

    private final WorkforceAdmin workforce;
    private final List<Row> matrix;
    private final ObservableList<StaffRole> staffRoles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StaffRole> selected = new ReadOnlyObjectWrapper<>();
    private final Map<Permission, BooleanProperty> extra = new EnumMap<>(Permission.class);
    private final FormState form;

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
        selected.set(role);
        Set<String> adds = Set.copyOf(role == null ? List.of() : role.permissions());
        extra.forEach((permission, on) -> on.set(adds.contains(permission.wireName())));
        form.clear();
    }

    /** Saves what the selected staff role adds; the server refuses owners' and admins' powers. */
    public void save() {
        StaffRole role = selected.get();
        if (role == null) {
            return;
        }
        List<String> adds = new ArrayList<>();
        extra.forEach((permission, on) -> {
            if (on.get()) {
                adds.add(permission.wireName());
            }
        });
        form.run(() -> workforce.putRole(role.code(), role.name(), adds), saved -> {
            int at = staffRoles.indexOf(role);
            if (at >= 0) {
                staffRoles.set(at, saved);
            }
            select(saved);
            form.said(Phrase.of("console.settings.roles.saved", saved.name()));
        });
    }
}
