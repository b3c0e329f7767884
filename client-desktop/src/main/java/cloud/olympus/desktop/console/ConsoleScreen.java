package cloud.olympus.desktop.console;

import cloud.olympus.client.api.Session;
import javafx.scene.Node;

/**
 * One screen of the console: what the navigation shows for it and the view it opens. A screen builds
 * its view once, when first opened, and is told each time it comes back on screen so it can load
 * again what may have changed.
 */
public interface ConsoleScreen {

    /** The screen's name in ids ({@code #console-<id>}), file names and message keys ({@code console.screen.<id>}). */
    String id();

    /** Whether {@code session} may open this screen; the navigation leaves out the others. */
    boolean allowedFor(Session session);

    /** The screen's content, built on first call and the same node afterwards. */
    Node view();

    /** The screen came on screen (again). */
    default void shown() {
    }

    /** The screen went off screen: stop what only matters while it is seen. */
    default void hidden() {
    }
}
