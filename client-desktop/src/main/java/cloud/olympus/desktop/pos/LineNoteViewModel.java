package cloud.olympus.desktop.pos;

import cloud.olympus.fx.i18n.Phrase;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A note on a line of the sale, for the kitchen or the receipt: printable text within what the
 * server keeps for a line; blank removes the note.
 */
public final class LineNoteViewModel implements EntryViewModel {

    /** The longest note the server keeps on a line. */
    public static final int MAX_LENGTH = 500;

    private final Consumer<String> save;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);

    /** @param save keeps the note on the line: trimmed, or null to remove it */
    public LineNoteViewModel(String current, Consumer<String> save) {
        this.save = save;
        text.set(current == null ? "" : current);
        text.addListener((obs, was, now) -> problem.set(Phrase.NONE));
    }

    @Override
    public StringProperty textProperty() {
        return text;
    }

    @Override
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    @Override
    public boolean submit() {
        String note = text.get() == null ? "" : text.get().strip();
        if (note.codePoints().anyMatch(Character::isISOControl)) {
            problem.set(Phrase.of("note.not_printable"));
            return false;
        }
        int length = note.length();
        if (length > MAX_LENGTH) {
            problem.set(Phrase.of("note.too_long", MAX_LENGTH, length));
            return false;
        }
        problem.set(Phrase.NONE);
        save.accept(note.isEmpty() ? null : note);
        return true;
    }
}
