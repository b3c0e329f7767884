package cloud.olympus.desktop.console;

import java.util.Objects;
import javafx.scene.Parent;

/** The console's own stylesheet for forms, dialogs and rows that need attention, added to a screen's root. */
public final class ConsoleStyles {

    private static final String FORMS = Objects.requireNonNull(
            ConsoleStyles.class.getResource("/cloud/olympus/desktop/console/console-forms.css")).toExternalForm();

    private ConsoleStyles() {
    }

    public static void apply(Parent root) {
        root.getStylesheets().add(FORMS);
    }
}
