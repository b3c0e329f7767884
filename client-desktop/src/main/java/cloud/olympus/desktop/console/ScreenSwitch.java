package cloud.olympus.desktop.console;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * How one console screen opens another with something to do there: the assistant's "add a shift"
 * opens the staff screen's new-shift form filled in, its "show these customers" opens the customers
 * screen with just them. The request waits until the screen comes on screen and takes it. Used on the
 * FX thread.
 */
public final class ScreenSwitch {

    /** A shift to plan: {@code people} more on {@code date} from {@code hour} o'clock. */
    public record ShiftToPlan(LocalDate date, int hour, int people) {
    }

    /** Customers to show, by id. */
    public record CustomersToShow(List<UUID> ids) {
        public CustomersToShow {
            ids = List.copyOf(ids);
        }
    }

    private final Map<String, Object> waiting = new HashMap<>();
    private Predicate<String> opener = id -> false;

    /** Screens are opened with {@code opener}: it answers whether the person may open the screen with that id. */
    public void openWith(Predicate<String> opener) {
        this.opener = opener;
    }

    /**
     * Opens the screen {@code screenId} with {@code request} waiting for it; answers false (and nothing
     * waits) when the person may not open it.
     */
    public boolean open(String screenId, Object request) {
        waiting.put(screenId, request);
        if (!opener.test(screenId)) {
            waiting.remove(screenId);
            return false;
        }
        return true;
    }

    /** The request waiting for the screen {@code screenId}, if it is a {@code type}; it is taken, so it is acted on once. */
    public <T> Optional<T> take(String screenId, Class<T> type) {
        Object request = waiting.get(screenId);
        if (!type.isInstance(request)) {
            return Optional.empty();
        }
        waiting.remove(screenId);
        return Optional.of(type.cast(request));
    }
}
