package cloud.olympus.desktop.till;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.catalogue.CatalogueCache;
import cloud.olympus.client.outbox.Outbox;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * One terminal: its API client, its durable outbox, its cached catalogue and its remembered
 * settings, all kept under one folder ({@code OLYMPUS_TILL_DIR}, by default ~/.olympus-till).
 */
public final class Till implements AutoCloseable {

    private final Path dir;
    private final OlympusApi api;
    private final CatalogueCache catalogue;
    private final Clock clock;
    private Outbox outbox;
    private TerminalSettings settings;
    private Session session;

    public Till(String serverUrl, Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
        this.api = new OlympusApi(new OlympusClient(serverUrl));
        this.catalogue = new CatalogueCache(dir, api.client().json());
        this.settings = TerminalSettings.load(dir.resolve("terminal.json"), api.client().json());
    }

    public OlympusApi api() {
        return api;
    }

    public CatalogueCache catalogue() {
        return catalogue;
    }

    public TerminalSettings settings() {
        return settings;
    }

    public void update(TerminalSettings next) {
        settings = next;
        next.save(dir.resolve("terminal.json"), api.client().json());
    }

    public Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    /** Logs in; the outbox starts sending the sales kept so far under this session. */
    public Session login(String slug, String email, String password) {
        session = api.login(slug, email, password);
        update(settings.withLogin(slug, email));
        if (outbox == null) {
            outbox = new Outbox(dir.resolve("outbox"), api, clock);
            outbox.start();
        }
        return session;
    }

    public Outbox outbox() {
        if (outbox == null) {
            throw new IllegalStateException("not logged in");
        }
        return outbox;
    }

    public void logout() {
        try {
            api.client().logout();
        } catch (RuntimeException ignored) {
            // Offline: the session ends on the till; the server's token simply expires.
        }
        session = null;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        if (outbox != null) {
            outbox.close();
        }
    }
}
