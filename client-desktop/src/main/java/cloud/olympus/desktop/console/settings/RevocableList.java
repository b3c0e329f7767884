package cloud.olympus.desktop.console.settings;

import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FormState;
import cloud.olympus.fx.i18n.Phrase;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list of the business's devices, and revoking one: asked first, done only once confirmed, then
 * the list is asked for again and what happened is said.
 *
 * @param <T> what is listed
 */
public abstract class RevocableList<T> {

    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<T> confirming = new ReadOnlyObjectWrapper<>();
    private final FormState form;

    protected RevocableList(Background work) {
        this.form = new FormState(work);
    }

    /** The list as the server gave it, on the background thread. */
    protected abstract List<T> fetch();

    /** Revokes {@code item} on the server, on the background thread. */
    protected abstract void revoke(T item);

    /** Whether {@code item} may still be revoked. */
    protected abstract boolean revocable(T item);

    /** What is said once {@code item} is revoked. */
    protected abstract Phrase revoked(T item);

    public ObservableList<T> items() {
        return items;
    }

    /** What waits for the revoke to be confirmed; null when nothing does. */
    public ReadOnlyObjectProperty<T> confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    /** Whether a call is under way, what it achieved and what was wrong. */
    public FormState form() {
        return form;
    }

    public void load() {
        form.run(this::fetch, items::setAll);
    }

    /** Asks to revoke {@code item}; nothing happens until {@link #confirm()}. */
    public void askToRevoke(T item) {
        if (item != null && revocable(item)) {
            confirming.set(item);
            form.clear();
        }
    }

    public void cancel() {
        confirming.set(null);
    }

    /** Revokes what was asked about, then lists again. */
    public void confirm() {
        T item = confirming.get();
        if (item == null) {
            return;
        }
        confirming.set(null);
        form.run(() -> {
            revoke(item);
            return fetch();
        }, list -> {
            items.setAll(list);
            form.said(revoked(item));
        });
    }
}
