package cloud.olympus.fx.watch;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the server for the whole glance every few seconds, and at once when asked to refresh. */
public final class PollingWatchSource implements WatchSource {

    private static final Logger LOG = LoggerFactory.getLogger(PollingWatchSource.class);

    private final Supplier<Glance> fetch;
    private final Later later;
    private final Executor background;
    private final Duration every;
    private volatile Listener listener;
    private volatile Runnable next = () -> { };
    private volatile boolean closed;

    /**
     * @param fetch      asks the server; may block
     * @param background where an asked-for refresh runs
     */
    public PollingWatchSource(Supplier<Glance> fetch, Later later, Executor background, Duration every) {
        this.fetch = fetch;
        this.later = later;
        this.background = background;
        this.every = every;
    }

    @Override
    public void start(Listener listener) {
        this.listener = listener;
        background.execute(this::poll);
    }

    @Override
    public void refresh() {
        if (listener != null) {
            background.execute(this::poll);
        }
    }

    @Override
    public void close() {
        closed = true;
        next.run();
    }

    private synchronized void poll() {
        if (closed) {
            return;
        }
        next.run();
        try {
            listener.glance(fetch.get());
        } catch (RuntimeException e) {
            LOG.debug("No glance from the server: {}", e.toString());
            listener.unreachable(e);
        }
        if (!closed) {
            next = later.schedule(every, this::poll);
        }
    }
}
