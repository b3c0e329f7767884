package cloud.olympus.fx.watch;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watch app from start to end: pairing first, then the cards of the person who paired it;
 * back to pairing when the server ends that session. Exactly one of {@link #pairingProperty()}
 * and {@link #glancesProperty()} is set once {@link #start()} has run.
 */
public final class WatchAppViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(WatchAppViewModel.class);
    private static final Duration SESSION_RETRY = Duration.ofSeconds(5);

    private final OlympusClient client;
    private final String tenantSlug;
    private final ScheduledExecutorService background;
    private final Executor ui;
    private final Clock clock;
    private final Vibration vibration;
    private final Duration pollEvery;
    private final ReadOnlyObjectWrapper<PairingViewModel> pairing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WatchViewModel> glances = new ReadOnlyObjectWrapper<>();

    /** @param pollEvery how often the cards are asked for while the live connection is down */
    public WatchAppViewModel(OlympusClient client, String tenantSlug, ScheduledExecutorService background, Executor ui,
                             Clock clock, Vibration vibration, Duration pollEvery) {
        this.client = client;
        this.tenantSlug = tenantSlug;
        this.background = background;
        this.ui = ui;
        this.clock = clock;
        this.vibration = vibration;
        this.pollEvery = pollEvery;
    }

    /** Pairing while the watch has no session; null once it has. */
    public ReadOnlyObjectProperty<PairingViewModel> pairingProperty() {
        return pairing.getReadOnlyProperty();
    }

    /** The cards once paired; null before. */
    public ReadOnlyObjectProperty<WatchViewModel> glancesProperty() {
        return glances.getReadOnlyProperty();
    }

    /** Starts pairing; on the UI thread. */
    public void start() {
        WatchViewModel old = glances.get();
        if (old != null) {
            old.close();
            glances.set(null);
        }
        PairingViewModel next = new PairingViewModel(PairingViewModel.Server.of(client), tenantSlug, Later.on(background), ui,
                clock, this::paired);
        pairing.set(next);
        next.start();
    }

    public void close() {
        if (pairing.get() != null) {
            pairing.get().close();
        }
        if (glances.get() != null) {
            glances.get().close();
        }
    }

    private void paired() {
        background.execute(this::openCards);
    }

    /** Who paired the watch, then their cards. */
    private void openCards() {
        OlympusApi api = new OlympusApi(client);
        Session session;
        try {
            session = api.session();
        } catch (RuntimeException e) {
            LOG.debug("Could not learn who paired the watch yet: {}", e.toString());
            background.schedule(this::openCards, SESSION_RETRY.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return;
        }
        WatchBackend backend = new ApiWatchBackend(api, session, clock);
        // Live events keep the cards current; the server is asked every pollEvery only while they do not come.
        LiveWatchSource source = new LiveWatchSource(backend, client.json(), Later.on(background), background, pollEvery, clock);
        source.connectWith(RealtimeWatchFeed.connect(api, session, source));
        WatchViewModel cards = new WatchViewModel(session, backend, source, vibration, background, ui);
        cards.signedOutProperty().addListener((obs, was, out) -> {
            if (out) {
                start();
            }
        });
        ui.execute(() -> {
            glances.set(cards);
            pairing.set(null);
            cards.start();
        });
    }
}
