package cloud.olympus.server.auth;

import cloud.olympus.server.auth.internal.DeviceRepository;
import cloud.olympus.server.auth.internal.LiveSessions;
import cloud.olympus.server.auth.internal.RefreshTokenCodec;
import cloud.olympus.server.auth.internal.RefreshTokenRepository;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.tenancy.TenantLookup;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shared terminals (POS devices) of the tenant in context. A manager registers one and gets its
 * device token once: {@code odt_} and 64 characters naming the business and 256 random bits; only
 * its SHA-256 is kept. The terminal sends it as {@code X-Device-Token} to list who may switch in and
 * to log them in with their PIN. Revoking a terminal stops its token at once and ends the sessions
 * opened on it.
 */
@Service
public class Devices {

    public static final String TOKEN_PREFIX = "odt_";
    /** The header a terminal shows its token in. */
    public static final String TOKEN_HEADER = "X-Device-Token";

    private final DeviceRepository devices;
    private final RefreshTokenRepository refreshTokens;
    private final LiveSessions liveSessions;
    private final TenantLookup tenants;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Devices(DeviceRepository devices, RefreshTokenRepository refreshTokens, LiveSessions liveSessions, TenantLookup tenants,
            TransactionTemplate tx, ApplicationEventPublisher events, Clock clock) {
        this.devices = devices;
        this.refreshTokens = refreshTokens;
        this.liveSessions = liveSessions;
        this.tenants = tenants;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /** A terminal just registered, with the token it is shown this once. */
    public record Registered(Device device, String token) {
    }

    /**
     * Registers a terminal of the tenant in context, standing at {@code locationId}: that tenant
     * itself (the default) or one of its locations.
     */
    @Transactional
    public Registered register(Caller caller, String name, UUID locationId) {
        UUID tenant = TenantContext.require();
        UUID location = locationId == null ? tenant : locationId;
        if (!location.equals(tenant) && !tenants.isLocationOf(location, tenant)) {
            throw new InvalidInput("location_id must be this business or one of its locations").field("location_id");
        }
        String token = TOKEN_PREFIX + RefreshTokenCodec.newToken(tenant);
        Device device = devices.insert(tenant, name.strip(), location, RefreshTokenCodec.hash(token), caller.userId());
        events.publishEvent(new DeviceRegistered(tenant, device.id(), device.name(), location, caller.userId(),
                device.registeredAt()));
        return new Registered(device, token);
    }

    @Transactional(readOnly = true)
    public List<Device> list() {
        return devices.list();
    }

    /** A terminal of the tenant in context, live or revoked. */
    @Transactional(readOnly = true)
    public Optional<Device> find(UUID id) {
        return devices.find(id);
    }

    /** The names of the tenant in context's terminals among {@code ids}, revoked ones too. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? java.util.Map.of() : devices.names(ids);
    }

    /**
     * The live terminal a token belongs to, marked as used, of whichever business; empty for a
     * malformed, unknown or revoked token.
     */
    public Optional<Device> ofToken(String token) {
        try {
            return Optional.of(authenticate(token));
        } catch (InvalidDeviceToken e) {
            return Optional.empty();
        }
    }

    /** Revokes a terminal; revoking one already revoked changes nothing. */
    @Transactional
    public void revoke(Caller caller, UUID id) {
        Device device = devices.find(id).orElseThrow(() -> new NotFound("Device"));
        if (device.revokedAt() != null) {
            return;
        }
        devices.revoke(id, caller.userId()).ifPresent(revoked -> {
            liveSessions.forget(refreshTokens.revokeAllOnDevice(id));
            events.publishEvent(new DeviceRevoked(revoked.tenantId(), id, revoked.name(), caller.userId(), clock.instant()));
        });
    }

    /**
     * The live terminal a token belongs to, marked as used, in a transaction of its own under the
     * terminal's tenant. Anything else (no token, a malformed, unknown or revoked one) is refused.
     */
    Device authenticate(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            throw new InvalidDeviceToken();
        }
        String raw = token.substring(TOKEN_PREFIX.length());
        UUID tenant = RefreshTokenCodec.tenantOf(raw).orElseThrow(InvalidDeviceToken::new);
        byte[] hash = RefreshTokenCodec.hash(token);
        Optional<Device> device = TenantContext.callAs(tenant, () -> tx.execute(s -> devices.use(hash)));
        return device.orElseThrow(InvalidDeviceToken::new);
    }
}
