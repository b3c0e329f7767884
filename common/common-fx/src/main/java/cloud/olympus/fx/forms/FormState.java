package cloud.olympus.fx.forms;

import cloud.olympus.fx.i18n.Phrase;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What every form and list that talks to the server shows besides its own fields: whether a call
 * is under way, what the last one achieved, and what was wrong (by field, or with the whole form).
 * Calls go through {@link #run}, so a failure always lands where the view shows it.
 */
public final class FormState {

    private final Background work;
    private final ReadOnlyObjectWrapper<FieldProblems> problems = new ReadOnlyObjectWrapper<>(FieldProblems.NONE);
    private final ReadOnlyObjectWrapper<Phrase> status = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public FormState(Background work) {
        this.work = work;
    }

    /** What the server or the form's own check found wrong; {@link FieldProblems#NONE} when nothing. */
    public ReadOnlyObjectProperty<FieldProblems> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** What the last call achieved ("Saved"). */
    public ReadOnlyObjectProperty<Phrase> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether a call is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Forgets what was said: a new form, another row chosen. */
    public void clear() {
        problems.set(FieldProblems.NONE);
        status.set(Phrase.NONE);
    }

    /** The form's own check found {@code field} wrong; nothing is sent. */
    public void refuse(String field, Phrase why) {
        problems.set(FieldProblems.field(field, why));
        status.set(Phrase.NONE);
    }

    /** Says what a call achieved. */
    public void said(Phrase achieved) {
        status.set(achieved);
    }

    /** A call failed after part of its work was done: the failure as the form's problems, and what was achieved. */
    public void failed(RuntimeException failure, Phrase achieved) {
        problems.set(FieldProblems.of(failure));
        status.set(achieved);
    }

    /**
     * Runs {@code call} in the background, marked busy; {@code done} gets its answer on the UI thread,
     * and a failure becomes the form's problems.
     */
    public <T> void run(Supplier<T> call, Consumer<T> done) {
        busy.set(true);
        problems.set(FieldProblems.NONE);
        status.set(Phrase.NONE);
        work.run(call, answer -> {
            busy.set(false);
            done.accept(answer);
        }, failure -> {
            busy.set(false);
            problems.set(FieldProblems.of(failure));
        });
    }
}
