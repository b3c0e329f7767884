package cloud.olympus.desktop.console;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.UserAccount;
import cloud.olympus.fx.forms.FormState;
import cloud.olympus.fx.i18n.Phrase;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Deactivating a user (asked first: they can no longer log in and their sessions end at once) and
 * reactivating them, as the Staff screen and Settings → Users both offer it. The server refuses
 * one's own and the last active owner, and says why in the form.
 */
public final class UserActivation {

    private final BusinessAdmin admin;
    private final FormState form;
    private final ReadOnlyBooleanWrapper confirming = new ReadOnlyBooleanWrapper(false);

    public UserActivation(BusinessAdmin admin, FormState form) {
        this.admin = admin;
        this.form = form;
    }

    /** Whether the question to deactivate the person selected is showing. */
    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    /** Asks whether to deactivate; nothing happens until {@link #deactivate}. No one selected, no question. */
    public void ask(boolean someoneSelected) {
        confirming.set(someoneSelected);
    }

    /** Keeps the person active: the question goes away. */
    public void keep() {
        confirming.set(false);
    }

    /** Deactivates the user; {@code then} gets the user as the server now has them. */
    public void deactivate(UUID userId, String name, Consumer<UserAccount> then) {
        confirming.set(false);
        change(userId, name, false, then);
    }

    /** Lets the user log in again; {@code then} gets the user as the server now has them. */
    public void reactivate(UUID userId, String name, Consumer<UserAccount> then) {
        change(userId, name, true, then);
    }

    private void change(UUID userId, String name, boolean active, Consumer<UserAccount> then) {
        form.run(() -> active ? admin.reactivateUser(userId) : admin.deactivateUser(userId), user -> {
            then.accept(user);
            form.said(Phrase.of(active ? "console.staff.people.reactivated" : "console.staff.people.deactivated", name));
        });
    }
}
