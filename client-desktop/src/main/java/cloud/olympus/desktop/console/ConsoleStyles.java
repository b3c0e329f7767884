package cloud.olympus.desktop.console;

import java.util.Objects;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The console's own stylesheet for forms, dialogs and rows that need attention, added to a screen's root. */
public final class ConsoleStyles {

    private static final String FORMS = Objects.requireNonNull(
            ConsoleStyles.class.getResource("/cloud/olympus/desktop/console/console-forms.css")).toExternalForm();

    private ConsoleStyles() {
    }

    private static final PseudoClass INACTIVE = PseudoClass.getPseudoClass("inactive");

    public static void apply(Parent root) {
        root.getStylesheets().add(FORMS);
    }

    /** Lists those who no longer work or cannot log in greyed, with the {@code :inactive} pseudo-class. */
    public static <T> void greyInactive(TableView<T> table, Predicate<T> inactive) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                boolean grey = !empty && item != null && inactive.test(item);
                pseudoClassStateChanged(INACTIVE, grey);
                setOpacity(grey ? 0.55 : 1);
            }
        });
    }
}
