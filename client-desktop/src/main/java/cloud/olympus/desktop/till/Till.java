package cloud.olympus.desktop.till;

import cloud.olympus.client.files.DurableFiles;
import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.Tokens;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.PinHolder;
import cloud.olympus.client.api.RegisteredDevice;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.api.TenantProfile;
import cloud.olympus.client.catalogue.CatalogueCache;
import cloud.olympus.client.outbox.Outbox;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One terminal: its API client, its durable outbox, its cached catalogue and its remembered
 * settings, all kept under one folder ({@code OLYMPUS_TILL_DIR}, by default ~/.olympus-till).
 */
public final class Till implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Till.class);
    private static final String DEVICE_TOKEN_FILE = "device-token";
    private static final String DEVICE_ID_FILE = "device-id";

    private final Path dir;
    private final OlympusApi api;
    private final CatalogueCache catalogue;
    private final Clock clock;
    private Outbox outbox;
    private TerminalSettings settings;
    private Session session;
    private volatile boolean offline;
    private final java.util.concurrent.ScheduledExecutorService reconnector =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "olympus-reconnect");
                thread.setDaemon(true);
                return thread;
            });
    /** The credentials of an offline session, in memory only, to log in once the server answers. */
    private String[] pending;
    /** The name on this session's receipts: the user's display name, or their email when they have none. */
    private String cashier;
    /** Print jobs, each on a thread of its own: a printer that hangs holds up neither the till nor the next job. */
    private final java.util.concurrent.ExecutorService printing = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "olympus-printer");
        thread.setDaemon(true);
        return thread;
    });

    public Till(String serverUrl, Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
        this.api = new OlympusApi(new OlympusClient(serverUrl).identifyAs("till"));
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

    /**
     * Logs in with the server, or, when it cannot be reached, against what this terminal remembers
     * of the user's last login here, for as long as the business lets such a login last. An offline
     * session may do what its remembered roles allow, sells into the outbox and logs in with the
     * server by itself once it answers again; the outbox then sends what was sold.
     *
     * @throws ServerUnreachableException the server does not answer and nothing remembered fits
     * @throws OfflineLoginRefused        the password fits what was remembered, but that ran out or was changed
     */
    public Session login(String slug, String email, String password) {
        Tokens before = api.client().tokens().orElse(null);
        try {
            session = api.login(slug, email, password);
            endReplaced(before);
            offline = false;
            cashier = session.name().orElse(email);
            update(settings.withLogin(slug, email).remember(OfflineLogin.remember(slug, email, password, session.userId(),
                    session.tenantId(), session.roles(), session.displayName(), clock.instant(), offlineLoginValidity())));
            learnDeviceId();
        } catch (ServerUnreachableException unreachable) {
            OfflineLogin remembered = settings.offlineLogins().stream().filter(l -> l.isFor(slug, email))
                    .flatMap(l -> l.open(password, clock.instant()).stream()).findFirst()
                    .orElseThrow(() -> unreachable);
            session = Session.fromRoles(remembered.userId(), remembered.tenantId(), remembered.roles(), remembered.displayName());
            cashier = session.name().orElse(email);
            offline = true;
            pending = new String[]{slug, email, password};
            update(settings.withLogin(slug, email));
            reconnector.scheduleWithFixedDelay(this::reconnect, 5, 5, java.util.concurrent.TimeUnit.SECONDS);
        }
        startOutbox();
        return session;
    }

    private void startOutbox() {
        if (outbox == null) {
            outbox = new Outbox(dir.resolve("outbox"), api, clock);
            outbox.start();
            // Refunds made here name this till when it is registered, so cash paid out comes out of its drawer.
            api.atTerminal(deviceId().orElse(null));
        } else if (!offline) {
            // Logged in again after the server ended the session: what waited for this goes now.
            outbox.loggedIn();
        }
    }

    /** Ends a session the till no longer uses, on the server; offline, it simply expires there. */
    private void endReplaced(Tokens previous) {
        if (previous == null || api.client().tokens().map(previous::equals).orElse(false)) {
            return;
        }
        try {
            api.client().logout(previous);
        } catch (RuntimeException e) {
            LOG.info("The previous session was not ended on the server: {}", e.getMessage());
        }
    }

    /** The token this till shows for PIN login, once a manager has registered it; kept in its folder. */
    public synchronized Optional<String> deviceToken() {
        Path file = dir.resolve(DEVICE_TOKEN_FILE);
        try {
            if (!java.nio.file.Files.exists(file)) {
                return Optional.empty();
            }
            String token = java.nio.file.Files.readString(file).trim();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (java.io.IOException e) {
            LOG.warn("The till's device token in {} cannot be read; PIN login waits for the till to be registered again", file, e);
            return Optional.empty();
        }
    }

    /**
     * The id this till was registered under, once a manager has registered it (since drawers were kept
     * by till: a till registered before keeps PIN login, and is registered again for a drawer).
     */
    public synchronized Optional<java.util.UUID> deviceId() {
        Path file = dir.resolve(DEVICE_ID_FILE);
        if (deviceToken().isEmpty() || !java.nio.file.Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.util.UUID.fromString(java.nio.file.Files.readString(file).trim()));
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warn("The till's device id in {} cannot be read; the drawer waits for the till to be registered again", file, e);
            return Optional.empty();
        }
    }

    /**
     * Registers this till for PIN login under {@code name} (the session logged in needs
     * {@code device_manage}) and keeps the token in its folder, readable by the user only, with the
     * id it was registered under: from now on its sales, refunds and drawer name it by that id.
     */
    public synchronized RegisteredDevice register(String name) {
        RegisteredDevice device = api.registerDevice(name);
        Path file = dir.resolve(DEVICE_TOKEN_FILE);
        try {
            // The token first: an id left from before is put right at the next login, which asks the server
            // which till the token is; a token lost would be a registration lost.
            DurableFiles.writePrivate(file, (device.token() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            DurableFiles.writePrivate(dir.resolve(DEVICE_ID_FILE),
                    (device.id() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("The till's device token cannot be kept in " + file, e);
        }
        api.atTerminal(device.id());
        return device;
    }

    /**
     * Logged in, a registered till asks the server which till its token is: one registered before
     * tills kept the id they were registered under (a token and no id) learns and keeps that id, so
     * its drawer, sales and refunds name it from now on; a token the server no longer knows (revoked)
     * is forgotten, so nothing names a till that is gone. Without an answer it asks at the next login.
     */
    private synchronized void learnDeviceId() {
        Optional<String> token = deviceToken();
        if (token.isEmpty()) {
            return;
        }
        try {
            RegisteredDevice device = api.currentDevice(token.get());
            if (!deviceId().map(device.id()::equals).orElse(false)) {
                DurableFiles.writePrivate(dir.resolve(DEVICE_ID_FILE),
                        (device.id() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                LOG.info("This till learnt it was registered as {} ({})", device.name(), device.id());
            }
            api.atTerminal(device.id());
        } catch (OlympusApiException e) {
            if (e.status() == 401 && "invalid-token".equals(e.problem().kind())) {
                forgetDevice();
            } else {
                LOG.warn("The server did not say which till this is: {}", e.getMessage());
            }
        } catch (ServerUnreachableException e) {
            LOG.info("Which till this is waits for the next login: {}", e.getMessage());
        } catch (java.io.IOException e) {
            LOG.warn("The till's device id could not be kept in its folder", e);
        }
    }

    /**
     * Forgets the device token and id (revoked, or unknown to the server): PIN login and the drawer
     * wait for the till to be registered again; sales name the till by its own id meanwhile.
     */
    public synchronized void forgetDevice() {
        try {
            java.nio.file.Files.deleteIfExists(dir.resolve(DEVICE_TOKEN_FILE));
            java.nio.file.Files.deleteIfExists(dir.resolve(DEVICE_ID_FILE));
        } catch (java.io.IOException e) {
            LOG.warn("The till's device token could not be deleted", e);
        }
        api.atTerminal(null);
    }

    /**
     * Switches the till to {@code userId} with their PIN: their session replaces the one before,
     * which is ended on the server. A refused PIN leaves the session before as it was. A token the
     * server no longer knows (revoked) is forgotten, and the refusal is passed on.
     *
     * @throws IllegalStateException the till is not registered
     */
    public synchronized Session switchTo(java.util.UUID userId, String pin) {
        String token = deviceToken().orElseThrow(() -> new IllegalStateException("this till is not registered for PIN login"));
        Tokens before = api.client().tokens().orElse(null);
        Session next;
        try {
            next = api.pinLogin(token, userId, pin);
        } catch (OlympusApiException e) {
            if (e.status() == 401 && "invalid-token".equals(e.problem().kind())) {
                forgetDevice();
            }
            throw e;
        }
        endReplaced(before);
        session = next;
        learnDeviceId();
        cashier = next.name().orElse(userId.toString());
        offline = false;
        pending = null;
        startOutbox();
        return next;
    }

    /** Who may switch in with a PIN on this till; a token the server no longer knows is forgotten (the refusal is passed on). */
    public java.util.List<PinHolder> pinStaff() {
        String token = deviceToken().orElseThrow(() -> new IllegalStateException("this till is not registered for PIN login"));
        try {
            return api.pinStaff(token);
        } catch (OlympusApiException e) {
            if (e.status() == 401 && "invalid-token".equals(e.problem().kind())) {
                forgetDevice();
            }
            throw e;
        }
    }

    /** The logged-in user's display name (their email when they have none), as printed on receipts; empty when logged out. */
    public Optional<String> cashier() {
        return Optional.ofNullable(cashier);
    }

    /** Where print jobs run. */
    public java.util.concurrent.Executor printing() {
        return printing;
    }

    /**
     * How long a login remembered now will let its holder in without the server: the business's
     * setting as the server has it, else as last kept on this terminal, else a week.
     */
    private java.time.Duration offlineLoginValidity() {
        try {
            return api.tenant().offlineLoginValidity();
        } catch (ServerUnreachableException | OlympusApiException e) {
            java.time.Duration kept = catalogue.current().or(catalogue::load).map(c -> c.tenant().offlineLoginValidity())
                    .orElse(java.time.Duration.ofDays(TenantProfile.DEFAULT_OFFLINE_LOGIN_DAYS));
            LOG.info("The business's offline login setting could not be read ({}); using {} days", e.getMessage(), kept.toDays());
            return kept;
        }
    }

    /**
     * Keeps prices, stock and new items current while the till is open: every two minutes, in the
     * background, hands a fresh catalogue to {@code fresh}. Offline or logged out, the till goes on
     * selling from what it has and tries again next time.
     */
    public java.util.concurrent.ScheduledFuture<?> keepCatalogueFresh(java.util.concurrent.ScheduledExecutorService background,
                                                                     java.util.function.Consumer<CatalogueCache.Stored> fresh) {
        return background.scheduleWithFixedDelay(() -> {
            try {
                fresh.accept(catalogue.refresh(api));
            } catch (ServerUnreachableException | cloud.olympus.client.NotLoggedInException e) {
                LOG.debug("The catalogue was not refreshed: {}", e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("The catalogue could not be refreshed; selling from the copy on this till", e);
            }
        }, 2, 2, java.util.concurrent.TimeUnit.MINUTES);
    }

    /** Whether this session was opened without the server, and has not reached it yet. */
    public boolean isOffline() {
        return offline;
    }

    /** For an offline session: logs in with the server if it answers now; answers whether the session is online. */
    public synchronized boolean reconnect() {
        if (!offline || pending == null) {
            return !offline;
        }
        try {
            session = api.login(pending[0], pending[1], pending[2]);
            offline = false;
            pending = null;
            learnDeviceId();
            if (outbox != null) {
                outbox.kick();
            }
            return true;
        } catch (ServerUnreachableException e) {
            LOG.debug("Still no answer from the server: {}", e.getMessage());
            return false;
        } catch (OlympusApiException e) {
            // The password changed or the user was removed meanwhile: trying again will not help. The offline
            // session goes on, and the outbox keeps its sales until someone logs in with the server.
            LOG.warn("The server refused the offline session's login, which stops trying: {}", e.getMessage());
            pending = null;
            return false;
        }
    }

    /**
     * The id sales, refunds and the drawer name this till by: the id it was registered under, once it
     * is registered; until then its own id, made once and kept in its folder (a sale is recorded all
     * the same). A sale keeps the id it was rung under, so one sent again is known as the same sale.
     */
    public synchronized java.util.UUID terminalId() {
        return deviceId().orElseGet(this::ownId);
    }

    private java.util.UUID ownId() {
        Path file = dir.resolve("terminal-id");
        try {
            if (java.nio.file.Files.exists(file)) {
                return java.util.UUID.fromString(java.nio.file.Files.readString(file).trim());
            }
            java.util.UUID id = java.util.UUID.randomUUID();
            DurableFiles.write(file, (id + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return id;
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new IllegalStateException("The terminal's id in " + file + " cannot be read or written", e);
        }
    }

    /**
     * This till's cash drawer on the server, changed with the till's device token: only a registered
     * till keeps one ({@link #deviceId()}).
     */
    public cloud.olympus.client.cash.CashApi cash() {
        return new cloud.olympus.client.cash.CashApi(api.client(), deviceToken().orElse(null));
    }

    /** A new API client to the same server, for a manager approving something beside the cashier's session. */
    public OlympusApi freshApi() {
        return new OlympusApi(new OlympusClient(api.client().baseUrl()).identifyAs("till"));
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
        } catch (RuntimeException e) {
            // Offline: the session ends on the till; the server's token simply expires.
            LOG.info("Logged out on the till only; the server was not told: {}", e.getMessage());
        }
        session = null;
        cashier = null;
        offline = false;
        pending = null;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Where the console keeps the figures it last showed {@code session}'s person, to show them (with
     * their time) while the server cannot be reached; the person's own folder, forgotten at logout.
     */
    public cloud.olympus.fx.manager.FigureStore figures(Session session) {
        return new cloud.olympus.fx.manager.FigureStore(dir.resolve("figures"), api.client().json(), clock)
                .of(session.tenantId(), session.userId());
    }

    @Override
    public void close() {
        reconnector.shutdownNow();
        printing.shutdown();
        if (outbox != null) {
            outbox.close();
        }
    }
}
