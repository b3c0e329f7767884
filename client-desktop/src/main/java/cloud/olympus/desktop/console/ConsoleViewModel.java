package cloud.olympus.desktop.console;

import cloud.olympus.client.api.Session;
import cloud.olympus.client.manager.Place;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The console's frame: the screens the person signed in may open, in the navigation's order, the
 * one open now (told when it comes on screen and goes off it), and the organisation's locations for
 * the scope every screen reads.
 */
public final class ConsoleViewModel {

    private final List<ConsoleScreen> screens;
    private final ConsoleScope scope;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<ConsoleScreen> open = new ReadOnlyObjectWrapper<>();

    /** @param all every screen of the console; those {@code session} may not open are left out */
    public ConsoleViewModel(List<ConsoleScreen> all, Session session, ConsoleScope scope, Executor background, Executor ui) {
        this.screens = all.stream().filter(s -> s.allowedFor(session)).toList();
        this.scope = scope;
        this.background = background;
        this.ui = ui;
    }

    /** The screens the navigation offers. */
    public List<ConsoleScreen> screens() {
        return screens;
    }

    public ConsoleScope scope() {
        return scope;
    }

    /** The screen on show; null before the first is opened (or when none may be). */
    public ReadOnlyObjectProperty<ConsoleScreen> openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Opens the first screen, and reads the organisation's locations with {@code places} off the FX thread. */
    public void start(Supplier<List<Place>> places) {
        if (!screens.isEmpty() && open.get() == null) {
            open(0);
        }
        background.execute(() -> {
            try {
                List<Place> found = places.get();
                ui.execute(() -> scope.placesAre(found));
            } catch (RuntimeException e) {
                // Without the list the whole business is shown, as for a business without locations.
            }
        });
    }

    /** Opens the screen at {@code index} in the navigation (nothing when there is none there). */
    public void open(int index) {
        if (index < 0 || index >= screens.size()) {
            return;
        }
        ConsoleScreen next = screens.get(index);
        ConsoleScreen was = open.get();
        if (next == was) {
            return;
        }
        if (was != null) {
            was.hidden();
        }
        open.set(next);
        next.shown();
    }

    /** Opens the screen with {@code id}, if the person may open it. */
    public boolean open(String id) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).id().equals(id)) {
                open(i);
                return true;
            }
        }
        return false;
    }

    /** The screen on show goes off screen: the console is left for the till or closed. */
    public void leave() {
        ConsoleScreen was = open.get();
        if (was != null) {
            was.hidden();
        }
    }

    /** The console is back on screen: the screen that was open is told so again. */
    public void back() {
        ConsoleScreen was = open.get();
        if (was != null) {
            was.shown();
        }
    }
}
