package cloud.olympus.client.realtime;

/**
 * What a {@link RealtimeClient} tells its user. Called on the client's own threads, one call at a
 * time: hand the work to the UI thread, and do not block.
 */
public interface RealtimeListener {

    /** A live event, each once, in the order of their numbers. */
    void onMessage(RealtimeMessage message);

    /** The connection came up, went down, or is being opened. */
    default void onState(RealtimeState state) {
    }

    /**
     * Events were missed that the server no longer keeps (the client was away too long): load what
     * is shown again; live events follow.
     */
    default void onReload(String reason) {
    }
}
