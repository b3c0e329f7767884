package cloud.olympus.fx.watch;

/**
 * Where the watch's cards learn that something changed: the server's live events
 * ({@link LiveWatchSource}), or whatever a test tells; the view model does not know which.
 */
public interface WatchSource extends AutoCloseable {

    /** Starts telling {@code listener}, on a background thread, what there is whenever it may have changed. */
    void start(Listener listener);

    /** Asks again now, after the wearer changed something. */
    void refresh();

    @Override
    void close();

    /** What a source tells the watch. */
    interface Listener {

        /** What there is now. */
        void glance(Glance glance);

        /** The server cannot be asked; what was known last still stands. */
        void unreachable(RuntimeException why);
    }
}
