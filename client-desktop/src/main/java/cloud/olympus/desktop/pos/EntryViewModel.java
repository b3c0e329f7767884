package cloud.olympus.desktop.pos;

import cloud.olympus.fx.i18n.Phrase;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;

/** One thing typed in at the till (a price, a note): the text, what is wrong with it, and taking it. */
public interface EntryViewModel {

    StringProperty textProperty();

    /** Why the text cannot be taken; {@link Phrase#NONE} when it can or nothing was tried yet. */
    ReadOnlyObjectProperty<Phrase> problemProperty();

    /** Whether the person may type here at all. */
    ReadOnlyBooleanProperty editableProperty();

    /** Takes what was typed; answers false, with the problem set, when it cannot be taken. */
    boolean submit();
}
