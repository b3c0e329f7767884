package cloud.olympus.client.realtime;

/** Where a {@link RealtimeClient}'s connection stands. */
public enum RealtimeState {
    /** Opening the socket, authenticating or subscribing. */
    CONNECTING,
    /** Subscribed: events arrive as they happen. */
    LIVE,
    /** No connection; another attempt follows after a pause, until the client is closed. */
    DOWN
}
