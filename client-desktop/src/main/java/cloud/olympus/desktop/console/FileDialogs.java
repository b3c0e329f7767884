package cloud.olympus.desktop.console;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where the console asks a person for a file to open or to save to: the system's file dialogs, or in tests a folder. */
public interface FileDialogs {

    /** A file to read, of the kind {@code extension} ("csv"), or empty when the person chose none. */
    Optional<Path> open(Window owner, String extension);

    /** Where to save a file suggested as {@code suggestedName}, or empty when the person chose none. */
    Optional<Path> save(Window owner, String suggestedName);

    /** The system's own dialogs. */
    static FileDialogs system() {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String extension) {
                FileChooser chooser = new FileChooser();
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                        "*." + extension));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }
}
