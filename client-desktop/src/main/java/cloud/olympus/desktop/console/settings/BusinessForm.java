package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.Business;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FormState;
import cloud.olympus.fx.i18n.Phrase;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the forms of the business's own settings share: they fill from the business as the server
 * has it, check themselves, send their part of the change, and show what the server refused next
 * to the field it named. Every form is refilled from the server's answer after a save.
 */
abstract class BusinessForm {

    /** A change to send: the business's name (null: unchanged), settings and branding merged key by key. */
    record Change(String name, Map<String, Object> settings, Map<String, Object> branding) {
    }

    private final BusinessAdmin admin;
    private final FormState form;
    private Consumer<Business> saved = b -> { };

    BusinessForm(BusinessAdmin admin, Background work) {
        this.admin = admin;
        this.form = new FormState(work);
    }

    /** Who hears of the business as saved: the other forms, to refill. */
    void onSaved(Consumer<Business> listener) {
        this.saved = listener;
    }

    /** What this form does once its change is saved, before every form is refilled. */
    void saved(Business business) {
    }

    /** Puts the business's values in the form. */
    abstract void fill(Business business);

    /** The change the form asks for, or null after setting the problem that stops it. */
    abstract Change change();

    /** Whether a save is under way, what it achieved and what was wrong. */
    public FormState form() {
        return form;
    }

    /** Sends the form's change when it passes its checks. */
    public void save() {
        form.clear();
        Change change = change();
        if (change == null) {
            return;
        }
        form.run(() -> admin.change(change.name(), change.settings(), change.branding()), business -> {
            saved(business);
            saved.accept(business);
            form.said(Phrase.of("console.settings.saved"));
        });
    }

    /** Stops a save: the form's own check found {@code field} wrong. */
    Change refuse(String field, Phrase why) {
        form.refuse(field, why);
        return null;
    }

    static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : value.toString();
    }
}
