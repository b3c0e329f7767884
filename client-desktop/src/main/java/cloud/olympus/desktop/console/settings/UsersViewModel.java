package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.UserAccount;
import cloud.olympus.desktop.console.UserActivation;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FormState;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.auth.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The people who may log in: listed by email a page at a time, added with a first password and
 * their roles, given other roles (their open sessions end), deactivated (asked first: they can no
 * longer log in) and reactivated, or removed (the last owner stays). Deactivated users stay listed.
 */
public final class UsersViewModel {

    static final int PAGE = 50;

    private final BusinessAdmin admin;
    private final ObservableList<UserAccount> users = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<UserAccount> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final FormState form;
    private final UserActivation activation;
    private String cursor;

    public UsersViewModel(BusinessAdmin admin, Background work) {
        this.admin = admin;
        this.form = new FormState(work);
        this.activation = new UserActivation(admin, form);
        for (Role role : Role.values()) {
            roles.put(role, new SimpleBooleanProperty());
        }
    }

    public ObservableList<UserAccount> users() {
        return users;
    }

    /** Whether there are more users than listed. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** The user whose roles the form changes; null while it adds a new one. */
    public ReadOnlyObjectProperty<UserAccount> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty roleProperty(Role role) {
        return roles.get(role);
    }

    /** Whether a call is under way, what it achieved and what was wrong. */
    public FormState form() {
        return form;
    }

    /** Lists the first page again. */
    public void load() {
        page(null);
    }

    /** Adds the next page to the list. */
    public void loadMore() {
        if (more.get()) {
            page(cursor);
        }
    }

    private void page(String from) {
        form.run(() -> admin.users(PAGE, from), page -> {
            if (from == null) {
                users.setAll(page.users());
            } else {
                users.addAll(page.users());
            }
            cursor = page.nextCursor();
            more.set(cursor != null);
        });
    }

    public void select(UserAccount user) {
        if (selected.get() == null || !selected.get().id().equals(user.id())) {
            activation.keep();
        }
        selected.set(user);
        email.set(user.email());
        displayName.set(user.displayName() == null ? "" : user.displayName());
        password.set("");
        roles.forEach((role, on) -> on.set(user.roles().contains(role.wireName())));
        form.clear();
    }

    /** Empties the form for someone new. */
    public void startNew() {
        activation.keep();
        selected.set(null);
        email.set("");
        displayName.set("");
        password.set("");
        roles.forEach((role, on) -> on.set(role == Role.CASHIER));
        form.clear();
    }

    /** Adds the user in the form, or gives the selected one the roles ticked. */
    public void save() {
        List<String> chosen = new ArrayList<>();
        roles.forEach((role, on) -> {
            if (on.get()) {
                chosen.add(role.wireName());
            }
        });
        if (chosen.isEmpty()) {
            form.refuse("roles", Phrase.of("console.settings.users.no_role"));
            return;
        }
        UserAccount changing = selected.get();
        if (changing == null) {
            if (!email.get().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                form.refuse("email", Phrase.of("console.settings.users.bad_email"));
                return;
            }
            if (password.get().length() < 8) {
                form.refuse("password", Phrase.of("console.settings.users.short_password"));
                return;
            }
        }
        form.run(() -> changing == null
                ? admin.addUser(email.get().trim(), displayName.get().isBlank() ? null : displayName.get().trim(), password.get(), chosen)
                : admin.changeRoles(changing.id(), chosen), saved -> {
                            int at = indexOf(saved);
                    if (at >= 0) {
                        users.set(at, saved);
                    } else {
                        users.add(0, saved);
                    }
                    select(saved);
                    form.said(Phrase.of(changing == null ? "console.settings.users.added" : "console.settings.users.changed",
                            saved.email()));
                });
    }

    /** Removes the selected user: they can no longer log in. */
    public void remove() {
        UserAccount user = selected.get();
        if (user == null) {
            return;
        }
        form.run(() -> {
            admin.removeUser(user.id());
            return user;
        }, removed -> {
            users.removeIf(u -> u.id().equals(removed.id()));
            startNew();
            form.said(Phrase.of("console.settings.users.removed", removed.email()));
        });
    }

    /** Asks whether to deactivate the user selected; nothing happens until {@link #deactivate()}. */
    public void askToDeactivate() {
        activation.ask(selected.get() != null && selected.get().active());
    }

    /** Deactivating and reactivating the one selected, with its question (whether it shows; Keep). */
    public UserActivation activation() {
        return activation;
    }

    /** Deactivates the user selected: they stay listed, greyed, and can no longer log in. */
    public void deactivate() {
        UserAccount user = selected.get();
        if (user == null) {
            activation.keep();
            return;
        }
        activation.deactivate(user.id(), nameOf(user), this::replace);
    }

    /** Lets the user selected log in again. */
    public void reactivate() {
        UserAccount user = selected.get();
        if (user != null) {
            activation.reactivate(user.id(), nameOf(user), this::replace);
        }
    }

    /** How the user is named in what the form says: their name, or their email when they have none. */
    public static String nameOf(UserAccount user) {
        return user.displayName() == null || user.displayName().isBlank() ? user.email() : user.displayName();
    }

    private void replace(UserAccount changed) {
        int at = indexOf(changed);
        if (at >= 0) {
            users.set(at, changed);
        }
        select(changed);
    }

    private int indexOf(UserAccount user) {
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).id().equals(user.id())) {
                return i;
            }
        }
        return -1;
    }
}
