package cloud.olympus.client;

import okhttp3.Call;

/**
 * A way to stop a call to the server that is under way: cancelling closes its connection, so the
 * call ends at once with a {@link java.util.concurrent.CancellationException} instead of waiting for
 * an answer. What the server had already received it may still carry out.
 */
public final class Cancellation {

    private volatile boolean cancelled;
    private Call call;

    /** Stops the call under way, and any started with this afterwards. */
    public void cancel() {
        Call running;
        synchronized (this) {
            cancelled = true;
            running = call;
        }
        if (running != null) {
            running.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** The call this stops from now on; one started after cancelling is stopped straight away. */
    void attach(Call started) {
        boolean already;
        synchronized (this) {
            call = started;
            already = cancelled;
        }
        if (already) {
            started.cancel();
        }
    }
}
