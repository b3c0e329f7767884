package cloud.olympus.fx.watch;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.realtime.RealtimeClient;
import cloud.olympus.client.realtime.RealtimeListener;
import cloud.olympus.client.realtime.RealtimeMessage;
import cloud.olympus.client.realtime.RealtimeState;
import cloud.olympus.model.auth.Permission;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The server's live events for a watch's cards: the realtime client on the topics the wearer may
 * see (orders, alerts), each event, connection change and reload handed to the {@link LiveWatchSource}.
 */
public final class RealtimeWatchFeed implements RealtimeListener, LiveWatchSource.Connection {

    private final LiveWatchSource cards;
    private final RealtimeClient socket;

    private RealtimeWatchFeed(OlympusApi api, Session session, LiveWatchSource cards) {
        this.cards = cards;
        this.socket = api.live(topics(session), this);
    }

    /** Cards that follow the server's live events as {@code session}'s person, polling only while the socket is down. */
    public static LiveWatchSource.Connection connect(OlympusApi api, Session session, LiveWatchSource cards) {
        return new RealtimeWatchFeed(api, session, cards);
    }

    /**
     * What the wearer may follow live: orders with {@code order_view}, alerts with {@code alert_view},
     * requests for approval with {@code approval_decide}.
     */
    public static Set<String> topics(Session session) {
        Set<String> topics = new LinkedHashSet<>();
        if (session.may(Permission.ORDER_VIEW)) {
            topics.add("orders");
        }
        if (session.may(Permission.ALERT_VIEW)) {
            topics.add("alerts");
        }
        if (session.may(Permission.APPROVAL_DECIDE)) {
            topics.add("approvals");
        }
        return topics;
    }

    @Override
    public void start() {
        socket.start();
    }

    @Override
    public void close() {
        socket.close();
    }

    @Override
    public void onMessage(RealtimeMessage message) {
        cards.event(message.topic(), message.data());
    }

    @Override
    public void onState(RealtimeState state) {
        if (state != RealtimeState.CONNECTING) {
            cards.connected(state == RealtimeState.LIVE);
        }
    }

    @Override
    public void onReload(String reason) {
        cards.reload();
    }
}
