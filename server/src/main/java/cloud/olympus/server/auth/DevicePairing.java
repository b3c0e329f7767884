package cloud.olympus.server.auth;

import cloud.olympus.model.auth.PairingCode;
import cloud.olympus.server.auth.internal.AuthProperties;
import cloud.olympus.server.auth.internal.DeviceAuthorizationRepository;
import cloud.olympus.server.auth.internal.DeviceAuthorizationRepository.DeviceAuthorization;
import cloud.olympus.server.auth.internal.DeviceAuthorizationRepository.Paired;
import cloud.olympus.server.auth.internal.DeviceGrantRateLimiter;
import cloud.olympus.server.auth.internal.RefreshTokenCodec;
import cloud.olympus.server.auth.internal.UserCodes;
import cloud.olympus.server.auth.internal.UserRepository;
import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.domain.ErrorKind;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.domain.RateLimited;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.tenancy.TenantLookup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pairs a device without a keyboard (a watch) with a person's session: the OAuth device
 * authorization grant, RFC 8628. The device asks for a device code and a short user code for its
 * business; a logged-in person of that business types the user code on the till and approves it
 * (or refuses it); the device, asking every {@code interval} seconds meanwhile, then gets a session
 * of that person, once: its own refresh-token family, ended by logout or any change to the person
 * like every other session. Codes live {@code olympus.auth.device-grant.code-ttl} (10 minutes),
 * are stored hashed, and both asking for codes and typing wrong ones are rate limited. The business
 * sees its paired devices while their sessions are open, and a manager can end one's session.
 */
@Service
public class DevicePairing {

    /** Codes that ran out are kept this long (a late poll hears "expired"), then forgotten. */
    private static final Duration KEEP_EXPIRED = Duration.ofDays(1);
    /** What a device asking too often is slowed to at most, in seconds. */
    private static final int MAX_INTERVAL = 60;
    private static final int SLOW_DOWN_STEP = 5;

    private final TenantLookup tenants;
    private final DeviceAuthorizationRepository devices;
    private final UserRepository users;
    private final Sessions sessions;
    private final DeviceGrantRateLimiter rateLimiter;
    private final AuthProperties.DeviceGrant settings;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DevicePairing(TenantLookup tenants, DeviceAuthorizationRepository devices, UserRepository users, Sessions sessions,
                  DeviceGrantRateLimiter rateLimiter, AuthProperties properties, TransactionTemplate tx,
                  ApplicationEventPublisher events, Clock clock) {
        this.tenants = tenants;
        this.devices = devices;
        this.users = users;
        this.sessions = sessions;
        this.rateLimiter = rateLimiter;
        this.settings = properties.deviceGrant();
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /** What a device shows and keeps: the user code to show, the device code to poll with, for how long, how often. */
    public record DeviceCode(String deviceCode, String userCode, long expiresIn, int interval) {
    }

    /** A device of the business with this slug asks to be paired. */
    public DeviceCode start(String tenantSlug, String clientAddress, String userAgent) {
        rateLimiter.newCode(clientAddress).ifPresent(wait -> {
            throw new RateLimited("Too many pairing codes asked for from here; try again later", wait);
        });
        UUID tenantId = tenants.resolveSlug(tenantSlug.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFound("Business").field("tenant_slug"));
        int interval = (int) Math.max(1, settings.interval().toSeconds());
        String agent = userAgent == null ? null : userAgent.substring(0, Math.min(255, userAgent.length()));
        return TenantContext.callAs(tenantId, () -> tx.execute(s -> {
            Instant now = clock.instant();
            devices.purgeExpired(now.minus(KEEP_EXPIRED));
            String userCode = freeUserCode();
            String deviceCode = RefreshTokenCodec.newToken(tenantId);
            devices.insert(tenantId, RefreshTokenCodec.hash(deviceCode), userCodeHash(userCode), now.plus(settings.codeTtl()),
                    interval, agent);
            return new DeviceCode(deviceCode, PairingCode.display(userCode), settings.codeTtl().toSeconds(), interval);
        }));
    }

    /** The caller approves the code their business's device shows: the device gets a session of theirs. */
    public void approve(String userCode, Caller caller) {
        decide(userCode, caller, true);
    }

    /** The caller refuses the code: the device is told {@code access_denied}. */
    public void deny(String userCode, Caller caller) {
        decide(userCode, caller, false);
    }

    /**
     * The device asks for its tokens: a pair once the code is approved, the first time; before that
     * {@link DeviceGrantRefused} says why not.
     */
    public TokenPair redeem(String deviceCode, String clientAddress, String userAgent) {
        UUID tenantId = RefreshTokenCodec.tenantOf(deviceCode).orElseThrow(DeviceGrantRefused::invalid);
        byte[] hash = RefreshTokenCodec.hash(deviceCode);
        // A refusal is an answer, not a failure: the poll it records must be committed.
        Redemption redemption = TenantContext.callAs(tenantId, () -> tx.execute(s ->
                poll(tenantId, hash, clientAddress, userAgent)));
        if (redemption.refused() != null) {
            throw redemption.refused();
        }
        return redemption.tokens();
    }

    private record Redemption(TokenPair tokens, DeviceGrantRefused refused) {
        static Redemption refused(DeviceGrantRefused why) {
            return new Redemption(null, why);
        }
    }

    private Redemption poll(UUID tenantId, byte[] hash, String clientAddress, String userAgent) {
        Optional<DeviceAuthorization> found = devices.lockByDeviceCode(hash);
        if (found.isEmpty() || found.get().redeemedAt() != null) {
            return Redemption.refused(DeviceGrantRefused.invalid());
        }
        DeviceAuthorization device = found.get();
        Instant now = clock.instant();
        if (device.deniedAt() != null) {
            return Redemption.refused(DeviceGrantRefused.denied());
        }
        if (device.expiredAt(now)) {
            return Redemption.refused(DeviceGrantRefused.expired());
        }
        if (device.approvedAt() == null) {
            boolean tooSoon = device.lastPolledAt() != null
                    && now.isBefore(device.lastPolledAt().plusSeconds(device.intervalSeconds()));
            int interval = tooSoon ? Math.min(MAX_INTERVAL, device.intervalSeconds() + SLOW_DOWN_STEP) : device.intervalSeconds();
            devices.polled(device.id(), now, interval);
            return Redemption.refused(tooSoon ? DeviceGrantRefused.slowDown(interval) : DeviceGrantRefused.pending(interval));
        }
        Optional<User> user = users.findActive(device.userId());
        if (user.isEmpty()) {
            // The person who approved was removed or deactivated meanwhile: nobody's session to hand over, and the code is spent.
            devices.redeemed(device.id(), now, null);
            return Redemption.refused(DeviceGrantRefused.denied());
        }
        UUID session = UUID.randomUUID();
        devices.redeemed(device.id(), now, session);
        return new Redemption(sessions.startSession(tenantId, user.get().id(), user.get().roles(), clientAddress, userAgent,
                null, session), null);
    }

    /** The devices of the tenant in context paired with someone's session that is still open, newest first. */
    @Transactional(readOnly = true)
    public List<PairedDevice> paired() {
        return devices.listPaired();
    }

    /**
     * Ends the session of a paired device of the tenant in context, as a logout does: its refresh
     * token is refused from now on and its access token at the next session check. A device whose
     * session already ended is not found.
     */
    @Transactional
    public void unpair(Caller caller, UUID id) {
        Paired paired = devices.findPaired(id).orElseThrow(() -> new NotFound("Paired device"));
        if (sessions.endSession(paired.sessionId())) {
            PairedDevice device = paired.device();
            events.publishEvent(new PairedDeviceRevoked(TenantContext.require(), id, device.userId(), device.userAgent(),
                    caller.userId(), clock.instant(), caller.deviceId()));
        }
    }

    private void decide(String typed, Caller caller, boolean approve) {
        String code = PairingCode.normalise(typed).orElseThrow(() -> new InvalidInput(
                "user_code must be the eight letters the device shows, like BCDF-GHJK").field("user_code"));
        rateLimiter.entry(caller.userId()).ifPresent(wait -> {
            throw new RateLimited("Too many wrong codes; try again later", wait);
        });
        byte[] hash = userCodeHash(code);
        // The person's own business: a code another business's device shows is not there for them.
        boolean decided = TenantContext.callAs(caller.homeTenantId(), () -> Boolean.TRUE.equals(tx.execute(s -> {
            Instant now = clock.instant();
            Optional<DeviceAuthorization> waiting = devices.lockByUserCode(hash)
                    .filter(d -> d.undecided() && !d.expiredAt(now));
            waiting.ifPresent(d -> {
                if (approve) {
                    devices.approve(d.id(), caller.userId(), now);
                } else {
                    devices.deny(d.id(), caller.userId(), now);
                }
                events.publishEvent(new DevicePairingDecided(caller.homeTenantId(), d.id(), caller.userId(), approve, now,
                        caller.deviceId()));
            });
            return waiting.isPresent();
        })));
        if (!decided) {
            throw new DomainException(ErrorKind.NOT_FOUND, "No device is waiting for this code; it may have run out")
                    .field("user_code");
        }
        rateLimiter.rightCode(caller.userId());
    }

    /** A user code (normalised) no device of the tenant in context shows. */
    private String freeUserCode() {
        while (true) {
            String code = UserCodes.next();
            if (devices.lockByUserCode(userCodeHash(code)).isEmpty()) {
                return code;
            }
        }
    }

    /** Of a normalised code: {@code BCDFGHJK}. */
    private static byte[] userCodeHash(String code) {
        return RefreshTokenCodec.hash(code);
    }
}
