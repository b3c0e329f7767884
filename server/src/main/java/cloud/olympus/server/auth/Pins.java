package cloud.olympus.server.auth;

import cloud.olympus.model.auth.Role;
import cloud.olympus.server.auth.LoginFailed.Reason;
import cloud.olympus.server.auth.PinChanged.Change;
import cloud.olympus.server.auth.internal.AuthProperties;
import cloud.olympus.server.auth.internal.PasswordHasher;
import cloud.olympus.server.auth.internal.PinRateLimiter;
import cloud.olympus.server.auth.internal.PinRepository;
import cloud.olympus.server.auth.internal.PinRepository.StoredPin;
import cloud.olympus.server.auth.internal.UserRepository;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotAllowed;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.domain.RateLimited;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PINs for switching user on a registered terminal. A person sets their own (4 to 6 digits, not
 * one digit repeated nor a run like 1234, confirmed with their password); it is stored hashed like a
 * password. On a terminal, a right PIN opens a session of that person as a password login would,
 * carrying the terminal; wrong ones are slowed down per terminal and person, and the fifth in a row
 * ({@code olympus.auth.pin.lock-after}) locks the PIN until a manager unlocks it. A person without a
 * PIN, a removed one or someone of another business gets the answer a wrong PIN gets.
 */
@Service
public class Pins {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{4,6}");
    private static final String WRONG_PIN = "The PIN is not right";

    private final Devices devices;
    private final PinRepository pins;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PinRateLimiter rateLimiter;
    private final Sessions sessions;
    private final AuthProperties.Pin settings;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Pins(Devices devices, PinRepository pins, UserRepository users, PasswordHasher hasher, PinRateLimiter rateLimiter,
         Sessions sessions, AuthProperties properties, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock) {
        this.devices = devices;
        this.pins = pins;
        this.users = users;
        this.hasher = hasher;
        this.rateLimiter = rateLimiter;
        this.sessions = sessions;
        this.settings = properties.pin();
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /** Someone a terminal offers to switch to. */
    public record PinHolder(UUID userId, String displayName, boolean locked) {
    }

    /** The caller sets their own PIN, proving who they are with their password. */
    public void setOwn(Caller caller, String pin, String password) {
        requireGoodPin(pin);
        rateLimiter.take(null, caller.userId()).ifPresent(wait -> {
            throw new RateLimited("Too many wrong passwords; try again later", wait);
        });
        TenantContext.runAs(caller.homeTenantId(), () -> tx.executeWithoutResult(s -> {
            User user = users.find(caller.userId()).orElseThrow(UserNotFound::new);
            String hash = users.findCredentials(user.email()).map(UserRepository.Credentials::passwordHash).orElse(null);
            if (!hasher.matches(password, hash)) {
                throw new InvalidInput("The password is not right").field("password");
            }
            pins.set(caller.homeTenantId(), user.id(), hasher.hash(pin));
            events.publishEvent(new PinChanged(caller.homeTenantId(), user.id(), Change.SET, user.id(), caller.deviceId(),
                    clock.instant()));
        }));
        rateLimiter.succeeded(null, caller.userId());
    }

    /**
     * Gives a user of the tenant in context a PIN without checking who asks, unless they have one:
     * for provisioning and seeding, not for requests. Answers whether it was set.
     */
    @Transactional
    public boolean provision(UUID userId, String pin) {
        requireGoodPin(pin);
        users.find(userId).orElseThrow(UserNotFound::new);
        if (pins.lock(userId).isPresent()) {
            return false;
        }
        pins.set(TenantContext.require(), userId, hasher.hash(pin));
        return true;
    }

    /** A manager clears a user's lock (and failures) in the tenant in context. */
    @Transactional
    public void unlock(Caller caller, UUID userId) {
        users.find(userId).orElseThrow(UserNotFound::new);
        StoredPin stored = pins.lock(userId).orElseThrow(() -> new NotFound("PIN"));
        pins.unlock(userId);
        if (stored.locked()) {
            events.publishEvent(new PinChanged(TenantContext.require(), userId, Change.UNLOCKED, caller.userId(),
                    caller.deviceId(), clock.instant()));
        }
    }

    /** An admin removes a user's PIN; only an owner removes an owner's. Removing none changes nothing. */
    @Transactional
    public void remove(Caller caller, UUID userId) {
        User user = users.find(userId).orElseThrow(UserNotFound::new);
        if (user.roles().contains(Role.OWNER) && !caller.has(Role.OWNER)) {
            throw new NotAllowed("Only an owner can remove an owner's PIN");
        }
        if (pins.remove(userId)) {
            events.publishEvent(new PinChanged(TenantContext.require(), userId, Change.REMOVED, caller.userId(),
                    caller.deviceId(), clock.instant()));
        }
    }

    /** Who may switch in on the terminal with this token: its business's people with a PIN, by name. */
    public List<PinHolder> staff(String deviceToken) {
        Device device = devices.authenticate(deviceToken);
        return TenantContext.callAs(device.tenantId(), () -> tx.execute(s -> pins.holders().stream()
                .map(h -> new PinHolder(h.userId(), h.displayName(), h.locked())).toList()));
    }

    /** Logs a person in on the terminal with this token with their PIN: the answer a password login gets. */
    public TokenPair login(String deviceToken, UUID userId, String pin, String clientAddress, String userAgent) {
        Device device = devices.authenticate(deviceToken);
        UUID tenant = device.tenantId();
        Optional<java.time.Duration> wait = rateLimiter.take(device.id(), userId);
        if (wait.isPresent()) {
            TenantContext.runAs(tenant, () -> tx.executeWithoutResult(s -> failed(tenant, device, userId, clientAddress,
                    Reason.RATE_LIMITED)));
            throw new RateLimited("Too many wrong PINs; try again later", wait.get());
        }
        String typed = pin == null ? "" : pin;
        // A refusal is an answer, not a failure: the count it adds must be committed.
        Attempt attempt = TenantContext.callAs(tenant, () -> tx.execute(s -> attempt(tenant, device, userId, typed,
                clientAddress, userAgent)));
        switch (attempt.outcome()) {
            case OK -> {
                rateLimiter.succeeded(device.id(), userId);
                return attempt.tokens();
            }
            case LOCKED -> throw new PinLocked();
            default -> throw new InvalidCredentials(WRONG_PIN);
        }
    }

    private enum Outcome { OK, WRONG, LOCKED }

    private record Attempt(Outcome outcome, TokenPair tokens) {
    }

    private Attempt attempt(UUID tenant, Device device, UUID userId, String pin, String clientAddress, String userAgent) {
        Optional<StoredPin> found = pins.lock(userId);
        Optional<User> user = found.flatMap(p -> users.findActive(userId));
        if (found.isEmpty() || user.isEmpty()) {
            hasher.rejectInConstantTime(pin);
            failed(tenant, device, null, clientAddress, Reason.NO_PIN);
            return new Attempt(Outcome.WRONG, null);
        }
        if (found.get().locked()) {
            failed(tenant, device, userId, clientAddress, Reason.PIN_LOCKED);
            return new Attempt(Outcome.LOCKED, null);
        }
        if (!hasher.matches(pin, found.get().hash())) {
            failed(tenant, device, userId, clientAddress, Reason.WRONG_PIN);
            if (pins.failed(userId, settings.lockAfter())) {
                events.publishEvent(new PinChanged(tenant, userId, Change.LOCKED, null, device.id(), clock.instant()));
                return new Attempt(Outcome.LOCKED, null);
            }
            return new Attempt(Outcome.WRONG, null);
        }
        pins.succeeded(userId);
        return new Attempt(Outcome.OK, sessions.startSession(tenant, userId, user.get().roles(), clientAddress, userAgent,
                device.id()));
    }

    private void failed(UUID tenant, Device device, UUID userId, String clientAddress, Reason reason) {
        events.publishEvent(new LoginFailed(tenant, null, null, clientAddress, reason, clock.instant(), device.id(), userId));
    }

    private static void requireGoodPin(String pin) {
        if (pin == null || !DIGITS.matcher(pin).matches()) {
            throw new InvalidInput("pin must be 4 to 6 digits").field("pin");
        }
        if (isTrivial(pin)) {
            throw new InvalidInput("pin is too easy to guess (one digit repeated, or a run like 1234 or 4321); choose another")
                    .field("pin");
        }
    }

    /** One digit repeated, or digits each one up or each one down from the last. */
    static boolean isTrivial(String pin) {
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length(); i++) {
            int step = pin.charAt(i) - pin.charAt(i - 1);
            same &= step == 0;
            up &= step == 1;
            down &= step == -1;
        }
        return same || up || down;
    }
}
