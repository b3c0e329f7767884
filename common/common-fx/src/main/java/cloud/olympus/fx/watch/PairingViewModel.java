package cloud.olympus.fx.watch;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.Tokens;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Pairing the watch with a person (RFC 8628): asks the server for a code for the business, shows
 * it, and asks for the tokens every {@code interval} until someone approves it on the till. A code
 * that runs out is replaced by a new one by itself; asked too often, it waits longer from then on;
 * without the server it keeps the code on screen and tries again. Refused, it says so and offers a
 * new code.
 */
public final class PairingViewModel {

    /** How long to wait before asking again after the server did not answer. */
    static final Duration RETRY = Duration.ofSeconds(5);
    private static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);

    public enum State {
        /** Asking the server for a code. */
        STARTING,
        /** Showing the code, waiting for a person to approve it. */
        WAITING,
        /** Approved: the client holds the session's tokens. */
        PAIRED,
        /** The person refused the code. */
        DENIED,
        /** No code could be had (no such business, the server refuses); {@link #problemProperty()} says why. */
        FAILED
    }

    /** The two calls pairing makes; {@link #of(OlympusClient)} makes them over HTTP. */
    public interface Server {

        OlympusClient.DeviceCode requestCode(String tenantSlug);

        /** The tokens, or an {@link OlympusApiException} whose problem says why not yet. */
        Tokens redeem(String deviceCode);

        static Server of(OlympusClient client) {
            return new Server() {
                @Override
                public OlympusClient.DeviceCode requestCode(String tenantSlug) {
                    return client.requestDeviceCode(tenantSlug);
                }

                @Override
                public Tokens redeem(String deviceCode) {
                    return client.redeemDeviceCode(deviceCode);
                }
            };
        }
    }

    private final Server server;
    private final String tenantSlug;
    private final Later later;
    private final Executor ui;
    private final Clock clock;
    private final Runnable onPaired;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.STARTING);
    private final ReadOnlyStringWrapper userCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyObjectWrapper<Instant> expiresAt = new ReadOnlyObjectWrapper<>();
    private volatile OlympusClient.DeviceCode code;
    private volatile Duration interval = Duration.ofSeconds(5);
    private volatile Instant codeExpires = Instant.MAX;
    private volatile Runnable pending = () -> { };
    private volatile boolean closed;

    /**
     * @param later    where the asking happens: after a delay, off the UI thread
     * @param onPaired runs on the UI thread once the client holds the tokens
     */
    public PairingViewModel(Server server, String tenantSlug, Later later, Executor ui, Clock clock, Runnable onPaired) {
        this.server = server;
        this.tenantSlug = tenantSlug;
        this.later = later;
        this.ui = ui;
        this.clock = clock;
        this.onPaired = onPaired;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The code to show, {@code BCDF-GHJK}; empty until there is one. */
    public ReadOnlyStringProperty userCodeProperty() {
        return userCode.getReadOnlyProperty();
    }

    /** What stands in the way: the server does not answer, the business is unknown; {@link Phrase#NONE} otherwise. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** When the code on screen runs out. */
    public ReadOnlyObjectProperty<Instant> expiresAtProperty() {
        return expiresAt.getReadOnlyProperty();
    }

    /** The business the watch pairs with. */
    public String tenantSlug() {
        return tenantSlug;
    }

    /** Asks for a code (a new one, after a refusal or a failure). */
    public void start() {
        pending.run();
        ui.execute(() -> {
            state.set(State.STARTING);
            userCode.set("");
        });
        pending = later.schedule(Duration.ZERO, this::requestCode);
    }

    /** Stops asking: the watch closes, or was paired. */
    public void close() {
        closed = true;
        pending.run();
    }

    private void requestCode() {
        if (closed) {
            return;
        }
        try {
            OlympusClient.DeviceCode fresh = server.requestCode(tenantSlug);
            code = fresh;
            interval = fresh.interval();
            codeExpires = clock.instant().plus(fresh.expiresIn());
            ui.execute(() -> {
                userCode.set(fresh.userCode());
                expiresAt.set(codeExpires);
                problem.set(Phrase.NONE);
                state.set(State.WAITING);
            });
            next(interval, this::poll);
        } catch (ServerUnreachableException e) {
            said(Problems.phrase(e), State.STARTING);
            next(RETRY, this::requestCode);
        } catch (OlympusApiException e) {
            said(Problems.phrase(e), State.FAILED);
            // Asked for too many codes: the server says when the next may be had.
            e.retryAfter().filter(wait -> e.status() == 429).ifPresent(wait -> next(wait, this::requestCode));
        }
    }

    private void poll() {
        if (closed) {
            return;
        }
        if (!clock.instant().isBefore(codeExpires)) {
            requestCode();
            return;
        }
        try {
            server.redeem(code.deviceCode());
            closed = true;
            ui.execute(() -> {
                problem.set(Phrase.NONE);
                state.set(State.PAIRED);
                onPaired.run();
            });
        } catch (ServerUnreachableException e) {
            said(Problems.phrase(e), State.WAITING);
            next(RETRY.compareTo(interval) > 0 ? RETRY : interval, this::poll);
        } catch (OlympusApiException e) {
            switch (e.problem().kind()) {
                case "authorization-pending" -> {
                    said(Phrase.NONE, State.WAITING);
                    next(interval, this::poll);
                }
                case "slow-down" -> {
                    Object told = e.problem().extra().get("interval");
                    Duration slower = interval.plus(SLOW_DOWN_STEP);
                    interval = told instanceof Number seconds && seconds.longValue() > slower.toSeconds()
                            ? Duration.ofSeconds(seconds.longValue()) : slower;
                    next(interval, this::poll);
                }
                case "access-denied" -> said(Phrase.of("watch.pairing.denied"), State.DENIED);
                // Ran out, or was used already: start over with a new code.
                case "expired-token", "invalid-grant" -> requestCode();
                default -> {
                    said(Problems.phrase(e), State.WAITING);
                    next(e.retryAfter().orElse(RETRY), this::poll);
                }
            }
        }
    }

    private void next(Duration delay, Runnable step) {
        if (!closed) {
            pending = later.schedule(delay, step);
        }
    }

    private void said(Phrase phrase, State now) {
        ui.execute(() -> {
            problem.set(phrase);
            state.set(now);
        });
    }
}
