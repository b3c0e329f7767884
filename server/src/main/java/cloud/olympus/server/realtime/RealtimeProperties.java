package cloud.olympus.server.realtime;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long events are kept for screens that reconnect, and how each WebSocket is held to account.
 *
 * @param replayWindow   events are kept this long; a screen that missed older ones reloads
 * @param maxReplay      the most events replayed to one subscriber; more missed than that, it reloads
 * @param purgeInterval  how often events past the window are deleted
 * @param socket         the limits of each connection
 */
@ConfigurationProperties("olympus.realtime")
public record RealtimeProperties(Duration replayWindow, int maxReplay, Duration purgeInterval, Socket socket) {

    public RealtimeProperties {
        replayWindow = replayWindow == null ? Duration.ofMinutes(30) : replayWindow;
        maxReplay = maxReplay <= 0 ? 1000 : maxReplay;
        purgeInterval = purgeInterval == null ? Duration.ofMinutes(1) : purgeInterval;
        socket = socket == null ? new Socket(0, null, null, 0, null, null) : socket;
    }

    /**
     * @param queueSize       messages waiting to go out to one connection; a connection with more is too slow and is closed
     * @param sendTimeout     the longest one message may take to go out before the connection is given up
     * @param authTimeout     how long a connection without a token in its upgrade request has to send one
     * @param maxMessageChars the longest message a client may send
     * @param keepalive       a connection that has heard nothing this long is sent a ping
     * @param checkInterval   how often connections are checked for expired tokens, ended sessions and keep-alives
     */
    public record Socket(int queueSize, Duration sendTimeout, Duration authTimeout, int maxMessageChars, Duration keepalive,
                         Duration checkInterval) {

        public Socket {
            queueSize = queueSize <= 0 ? 512 : queueSize;
            sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
            authTimeout = authTimeout == null ? Duration.ofSeconds(5) : authTimeout;
            maxMessageChars = maxMessageChars <= 0 ? 8192 : maxMessageChars;
            keepalive = keepalive == null ? Duration.ofSeconds(25) : keepalive;
            checkInterval = checkInterval == null ? Duration.ofSeconds(1) : checkInterval;
        }
    }
}
