package cloud.olympus.fx.connection;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches whether the server answers: probes it off the UI thread every few seconds and
 * publishes the state on the UI thread, where views bind to it.
 */
public final class ConnectionViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionViewModel.class);

    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.CHECKING);
    private final BooleanSupplier probe;
    private final Executor ui;
    private ScheduledFuture<?> schedule;

    /**
     * @param probe answers whether the server is up; may block, never called on the UI thread
     * @param ui    runs state changes where views can see them ({@code Platform::runLater})
     */
    public ConnectionViewModel(BooleanSupplier probe, Executor ui) {
        this.probe = probe;
        this.ui = ui;
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ConnectionState state() {
        return state.get();
    }

    /** Probes once, now, on the calling thread, and publishes the answer. */
    public void checkNow() {
        boolean up;
        try {
            up = probe.getAsBoolean();
        } catch (RuntimeException e) {
            // A probe that fails is a server that does not answer; the badge says so.
            LOG.debug("The server probe failed", e);
            up = false;
        }
        ConnectionState next = up ? ConnectionState.ONLINE : ConnectionState.OFFLINE;
        ui.execute(() -> state.set(next));
    }

    /** Probes every {@code interval} on {@code background} until {@link #stop()}. */
    public void start(ScheduledExecutorService background, Duration interval) {
        stop();
        schedule = background.scheduleWithFixedDelay(this::checkNow, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
    }
}
