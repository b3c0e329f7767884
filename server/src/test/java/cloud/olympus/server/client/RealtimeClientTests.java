package cloud.olympus.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.realtime.Backoff;
import cloud.olympus.client.realtime.RealtimeClient;
import cloud.olympus.client.realtime.RealtimeListener;
import cloud.olympus.client.realtime.RealtimeMessage;
import cloud.olympus.client.realtime.RealtimeState;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The clients' live connection against the real server: events as they happen, and what it missed while away. */
class RealtimeClientTests extends ApiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void hearsOrdersAndAfterItsSessionEndedAndALoginResumesWithWhatHappenedMeanwhile() {
        TestShop shop = openShop("restaurant");
        String item = shop.item("LIVE-1", "4.50", 100);
        OlympusClient till = new OlympusClient("http://localhost:" + port);
        till.login(shop.tenant().slug(), shop.tenant().ownerEmail(), TestTenants.PASSWORD);
        AtomicBoolean loggedIn = new AtomicBoolean(true);
        List<RealtimeMessage> heard = new CopyOnWriteArrayList<>();
        List<RealtimeState> states = new CopyOnWriteArrayList<>();
        RealtimeListener listener = new RealtimeListener() {
            @Override
            public void onMessage(RealtimeMessage message) {
                heard.add(message);
            }

            @Override
            public void onState(RealtimeState state) {
                states.add(state);
            }
        };
        try (RealtimeClient live = new RealtimeClient("http://localhost:" + port, () -> loggedIn.get() ? till.accessToken() : null,
                Set.of("orders"), listener, new Backoff(Duration.ofMillis(50), Duration.ofMillis(300), new Random(5)))) {
            live.start();
            await().atMost(WAIT).until(() -> live.state() == RealtimeState.LIVE);

            String before = shop.placed(item, 1).get("id").asString();
            await().atMost(WAIT).until(() -> ids(heard).contains(before));
            assertThat(heard.get(0).event()).isEqualTo("order.placed");
            assertThat(heard.get(0).data().get("total").decimalValue()).isPositive();

            // The till logs out: the server closes the socket, and while nobody is logged in an order comes.
            loggedIn.set(false);
            till.logout();
            await().atMost(WAIT).until(() -> live.state() == RealtimeState.DOWN);
            String meanwhile = shop.placed(item, 2).get("id").asString();

            till.login(shop.tenant().slug(), shop.tenant().ownerEmail(), TestTenants.PASSWORD);
            loggedIn.set(true);
            await().atMost(WAIT).until(() -> ids(heard).contains(meanwhile));
            assertThat(ids(heard)).containsExactly(before, meanwhile);
            assertThat(heard).extracting(RealtimeMessage::seq).isSorted();
            assertThat(states).containsSubsequence(RealtimeState.LIVE, RealtimeState.DOWN, RealtimeState.CONNECTING,
                    RealtimeState.LIVE);
        }
    }

    private static List<String> ids(List<RealtimeMessage> heard) {
        return heard.stream().map(m -> m.data().get("id").asString()).toList();
    }
}
