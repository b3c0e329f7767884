package cloud.olympus.server.realtime.web;

import cloud.olympus.server.auth.BearerTokens.Bearer;
import cloud.olympus.server.realtime.RealtimeFeed;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;

/**
 * One open socket: who is on it, what it subscribed to, and its outbox. Messages go out one at a time
 * without blocking anyone (the container's asynchronous send); at most {@code queueLimit} wait, and a
 * connection with more is too slow to follow and is closed, without holding up anybody else's.
 * Closing happens on an executor of its own, as it waits for the message on its way.
 */
final class SocketConnection {

    private static final Logger log = LoggerFactory.getLogger(SocketConnection.class);
    /** Tomcat's time limit for a blocking send, which is how a close frame goes out. */
    private static final String BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    private final WebSocketSession session;
    private final RemoteEndpoint.Async remote;
    private final int queueLimit;
    private final Executor closer;
    private final Runnable onTooSlow;
    private final long openedAt = System.nanoTime();
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private final List<String> early = new ArrayList<>();
    private boolean sending;
    private boolean closing;
    private CloseStatus closeWhenIdle;
    private boolean ready = true;
    private volatile long lastSent = System.nanoTime();
    private volatile Bearer bearer;
    private RealtimeFeed.Subscription subscription;
    private int badMessages;

    SocketConnection(WebSocketSession session, int queueLimit, long sendTimeoutMillis, Executor closer, Runnable onTooSlow) {
        this.session = session;
        Session endpoint = ((NativeWebSocketSession) session).getNativeSession(Session.class);
        endpoint.getUserProperties().put(BLOCKING_SEND_TIMEOUT, sendTimeoutMillis);
        this.remote = endpoint.getAsyncRemote();
        this.remote.setSendTimeout(sendTimeoutMillis);
        this.queueLimit = queueLimit;
        this.closer = closer;
        this.onTooSlow = onTooSlow;
    }

    String id() {
        return session.getId();
    }

    Bearer bearer() {
        return bearer;
    }

    void authenticated(Bearer bearer) {
        this.bearer = bearer;
    }

    long openedAt() {
        return openedAt;
    }

    long lastSent() {
        return lastSent;
    }

    synchronized int badMessage() {
        return ++badMessages;
    }

    /**
     * Queues a message. Over the limit, the connection is too slow: what waits is dropped and the
     * socket closed with {@code 4008}.
     */
    void send(String text) {
        boolean start;
        synchronized (this) {
            if (!ready && !closing) {
                early.add(text);
                return;
            }
            start = enqueue(text);
        }
        if (start) {
            pump();
        }
    }

    /** Holds messages back (while a subscription is being set up, so that its answer goes first). */
    synchronized void hold() {
        ready = false;
    }

    /** Sends {@code first}, then what was held back, then carries on. */
    void release(List<String> first) {
        boolean start = false;
        synchronized (this) {
            ready = true;
            for (String text : first) {
                start |= enqueue(text);
            }
            for (String text : early) {
                start |= enqueue(text);
            }
            early.clear();
        }
        if (start) {
            pump();
        }
    }

    /** Answers whether the caller should start sending, once out of the lock. */
    private boolean enqueue(String text) {
        if (closing) {
            return false;
        }
        if (queue.size() >= queueLimit) {
            queue.clear();
            onTooSlow.run();
            closeLocked(RealtimeSocketHandler.TOO_SLOW);
            return false;
        }
        queue.add(text);
        if (sending) {
            return false;
        }
        sending = true;
        return true;
    }

    /**
     * Sends what is queued, one message after another: each completion starts the next, on this thread
     * when the send completed at once, else on the container's thread that completed it.
     */
    private void pump() {
        while (true) {
            String next;
            CloseStatus closeNow = null;
            synchronized (this) {
                next = closing ? null : queue.poll();
                if (next == null) {
                    sending = false;
                    closeNow = closeWhenIdle;
                }
            }
            if (next == null) {
                if (closeNow != null) {
                    closeSession(closeNow);
                }
                return;
            }
            AtomicInteger state = new AtomicInteger();
            try {
                remote.sendText(next, result -> {
                    if (!result.isOK()) {
                        failed(result.getException());
                    } else if (!state.compareAndSet(0, 1)) {
                        pump();
                    }
                });
            } catch (RuntimeException e) {
                failed(e);
                return;
            }
            lastSent = System.nanoTime();
            if (state.compareAndSet(0, 2)) {
                return;
            }
        }
    }

    private void failed(Throwable e) {
        log.debug("Live socket {}: a send failed: {}", id(), String.valueOf(e));
        CloseStatus status;
        synchronized (this) {
            sending = false;
            queue.clear();
            status = closeWhenIdle != null ? closeWhenIdle : CloseStatus.SESSION_NOT_RELIABLE;
            closing = true;
        }
        closeSession(status);
    }

    /** The subscription this socket follows now; the one before, if any, to be closed by the caller. */
    synchronized RealtimeFeed.Subscription subscribe(RealtimeFeed.Subscription next) {
        RealtimeFeed.Subscription previous = subscription;
        subscription = closing ? null : next;
        return closing ? next : previous;
    }

    synchronized boolean closing() {
        return closing;
    }

    void close(CloseStatus status) {
        synchronized (this) {
            closeLocked(status);
        }
    }

    /**
     * Nothing more goes out but the close. A message on its way is let finish first: the container
     * would cut it off, and the close frame with it. If it never finishes, its send timeout closes.
     */
    private void closeLocked(CloseStatus status) {
        if (closing) {
            return;
        }
        closing = true;
        queue.clear();
        if (sending) {
            closeWhenIdle = status;
        } else {
            closeSession(status);
        }
    }

    private void closeSession(CloseStatus status) {
        closer.execute(() -> {
            try {
                session.close(status);
            } catch (IOException | RuntimeException e) {
                log.debug("Live socket {}: closing: {}", id(), e.toString());
            }
        });
    }

    /** The socket is gone: its subscription ends. */
    void closed() {
        RealtimeFeed.Subscription last;
        synchronized (this) {
            closing = true;
            queue.clear();
            early.clear();
            last = subscription;
            subscription = null;
        }
        if (last != null) {
            last.close();
        }
    }
}
