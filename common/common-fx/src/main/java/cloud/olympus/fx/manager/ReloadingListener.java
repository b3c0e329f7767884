package cloud.olympus.fx.manager;

import cloud.olympus.client.realtime.RealtimeListener;
import cloud.olympus.client.realtime.RealtimeState;

/**
 * A listener to live events that loads what it shows again when the connection comes back after
 * having been up ({@link #onReload}), as when the server says too much was missed: events heard
 * before it dropped say nothing of what happened while it was down.
 */
public abstract class ReloadingListener implements RealtimeListener {

    private volatile boolean wasLive;

    @Override
    public void onState(RealtimeState state) {
        if (state == RealtimeState.LIVE) {
            if (wasLive) {
                onReload("reconnected");
            }
            wasLive = true;
        }
    }

    @Override
    public abstract void onReload(String reason);
}
