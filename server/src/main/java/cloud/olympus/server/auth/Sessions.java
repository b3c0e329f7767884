package cloud.olympus.server.auth;

import cloud.olympus.server.shared.domain.RateLimited;
import cloud.olympus.server.auth.LoginFailed.Reason;
import cloud.olympus.server.auth.internal.AccessTokens;
import cloud.olympus.server.auth.internal.AuthProperties;
import cloud.olympus.server.auth.internal.LiveSessions;
import cloud.olympus.server.auth.internal.LoginRateLimiter;
import cloud.olympus.server.auth.internal.PasswordHasher;
import cloud.olympus.server.auth.internal.RefreshTokenCodec;
import cloud.olympus.server.auth.internal.RefreshTokenRepository;
import cloud.olympus.server.auth.internal.UserRepository;
import cloud.olympus.server.auth.internal.UserRepository.Credentials;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.tenancy.TenantLookup;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login, refresh and logout. A wrong slug, a wrong email and a wrong password look the same to
 * the caller (same status, same body, same time); a refresh token works once, and presenting it
 * again revokes every token of its session, unless it comes again within the grace period
 * ({@code olympus.auth.refresh-grace}, 30 s): then the answer to its first use was lost on the way,
 * and it gets a fresh pair of the same session, while the token of the lost answer is spent.
 */
@Service
public class Sessions {

    private static final String BAD_CREDENTIALS = "The tenant, email or password is not right";
    private static final String BAD_REFRESH = "The refresh token is not valid; log in again";

    private final TenantLookup tenants;
    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final LoginRateLimiter rateLimiter;
    private final LiveSessions liveSessions;
    private final AuthProperties properties;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Sessions(TenantLookup tenants, UserRepository users, RefreshTokenRepository refreshTokens, PasswordHasher hasher,
             AccessTokens accessTokens, LoginRateLimiter rateLimiter, LiveSessions liveSessions, AuthProperties properties,
             TransactionTemplate tx, ApplicationEventPublisher events, Clock clock) {
        this.tenants = tenants;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.rateLimiter = rateLimiter;
        this.liveSessions = liveSessions;
        this.properties = properties;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    public TokenPair login(String tenantSlug, String email, String password, String clientAddress, String userAgent) {
        String slug = tenantSlug.trim().toLowerCase(java.util.Locale.ROOT);
        String normalisedEmail = UserAccounts.normaliseEmail(email);
        LoginRateLimiter.Result limit = rateLimiter.acquire(slug, normalisedEmail, clientAddress);
        if (limit.refused().isPresent()) {
            failed(null, slug, normalisedEmail, clientAddress, Reason.RATE_LIMITED);
            throw new RateLimited("Too many failed login attempts; try again later", limit.refused().get());
        }
        Optional<UUID> tenant = tenants.resolveSlug(slug);
        if (tenant.isEmpty()) {
            hasher.rejectInConstantTime(password);
            failed(null, slug, normalisedEmail, clientAddress, Reason.UNKNOWN_TENANT);
            throw invalidCredentials();
        }
        UUID tenantId = tenant.get();
        return TenantContext.callAs(tenantId, () -> {
            Optional<Credentials> credentials = tx.execute(s -> users.findCredentials(normalisedEmail));
            if (credentials.isEmpty()) {
                hasher.rejectInConstantTime(password);
                failed(tenantId, slug, normalisedEmail, clientAddress, Reason.UNKNOWN_USER);
                throw invalidCredentials();
            }
            Credentials user = credentials.get();
            if (!hasher.matches(password, user.passwordHash())) {
                failed(tenantId, slug, normalisedEmail, clientAddress, Reason.WRONG_PASSWORD);
                throw invalidCredentials();
            }
            TokenPair pair = tx.execute(s -> startSession(tenantId, user.userId(), user.roles(), clientAddress, userAgent));
            rateLimiter.succeeded(limit.attempt());
            return pair;
        });
    }

    /**
     * Opens a new session of a user: its own refresh-token family, which logout, a reused token or
     * a change to the user ends like any other. Runs in the caller's transaction, under the user's tenant.
     */
    TokenPair startSession(UUID tenantId, UUID userId, java.util.Set<cloud.olympus.model.auth.Role> roles,
                           String clientAddress, String userAgent) {
        return startSession(tenantId, userId, roles, clientAddress, userAgent, null);
    }

    /**
     * As {@link #startSession(UUID, UUID, java.util.Set, String, String)}, for a PIN login on the
     * registered terminal {@code deviceId} (null for any other login): its tokens carry the terminal.
     */
    TokenPair startSession(UUID tenantId, UUID userId, java.util.Set<cloud.olympus.model.auth.Role> roles,
                           String clientAddress, String userAgent, UUID deviceId) {
        return startSession(tenantId, userId, roles, clientAddress, userAgent, deviceId, UUID.randomUUID());
    }

    /** As {@link #startSession(UUID, UUID, java.util.Set, String, String, UUID)}, with the session's id chosen by the caller. */
    TokenPair startSession(UUID tenantId, UUID userId, java.util.Set<cloud.olympus.model.auth.Role> roles,
                           String clientAddress, String userAgent, UUID deviceId, UUID session) {
        users.touchLastLogin(userId);
        String refresh = storeNewRefreshToken(tenantId, session, userId, userAgent, deviceId);
        events.publishEvent(new UserLoggedIn(tenantId, userId, clientAddress, clock.instant(), deviceId,
                deviceId == null ? UserLoggedIn.PASSWORD : UserLoggedIn.PIN));
        return new TokenPair(accessTokens.issue(userId, tenantId, session, roles, deviceId), refresh,
                accessTokens.lifetimeSeconds());
    }

    public TokenPair refresh(String refreshToken, String userAgent) {
        UUID tenantId = RefreshTokenCodec.tenantOf(refreshToken).orElseThrow(Sessions::invalidRefresh);
        byte[] hash = RefreshTokenCodec.hash(refreshToken);
        Optional<TokenPair> rotated = TenantContext.callAs(tenantId, () -> tx.execute(s -> {
            var stored = refreshTokens.lock(hash);
            if (stored.isEmpty()) {
                return Optional.<TokenPair>empty();
            }
            var token = stored.get();
            if (token.revoked()) {
                return Optional.<TokenPair>empty();
            }
            boolean lostAnswer = token.used() && token.usedAt().plus(properties.refreshGrace()).isAfter(clock.instant());
            if (token.used() && !lostAnswer) {
                // A spent token came back after the grace period: someone holds a copy. End the whole session.
                endSession(token.familyId());
                return Optional.<TokenPair>empty();
            }
            if (token.expiresAt().isBefore(clock.instant())) {
                return Optional.<TokenPair>empty();
            }
            Optional<User> user = users.findActive(token.userId());
            if (user.isEmpty()) {
                endSession(token.familyId());
                return Optional.<TokenPair>empty();
            }
            if (!lostAnswer) {
                refreshTokens.markUsed(token.id());
            } else {
                // Within the grace period the same token gets another pair of the same session: its first answer was
                // lost. The token that answer carried is spent, so one refresh token lives on, and whoever shows the
                // other after the grace period ends the session, as any reuse does.
                refreshTokens.spendFamily(token.familyId());
            }
            String next = storeNewRefreshToken(tenantId, token.familyId(), token.userId(), userAgent, token.deviceId());
            String access = accessTokens.issue(token.userId(), tenantId, token.familyId(), user.get().roles(),
                    token.deviceId());
            return Optional.of(new TokenPair(access, next, accessTokens.lifetimeSeconds()));
        }));
        return rotated.orElseThrow(Sessions::invalidRefresh);
    }

    /** Ends the session the refresh token belongs to. Unknown tokens are ignored. */
    public void logout(String refreshToken) {
        Optional<UUID> tenantId = RefreshTokenCodec.tenantOf(refreshToken);
        if (tenantId.isEmpty()) {
            return;
        }
        byte[] hash = RefreshTokenCodec.hash(refreshToken);
        TenantContext.runAs(tenantId.get(), () -> tx.executeWithoutResult(s ->
                refreshTokens.lock(hash).ifPresent(token -> endSession(token.familyId()))));
    }

    /**
     * Revokes the session's refresh tokens; its access tokens stop working with the next check (at
     * once on this instance). Answers whether anything of it was still live. Runs in the caller's transaction.
     */
    boolean endSession(UUID sessionId) {
        int revoked = refreshTokens.revokeFamily(sessionId);
        liveSessions.forget(java.util.List.of(sessionId));
        return revoked > 0;
    }

    private String storeNewRefreshToken(UUID tenantId, UUID familyId, UUID userId, String userAgent, UUID deviceId) {
        String token = RefreshTokenCodec.newToken(tenantId);
        String agent = userAgent == null ? null : userAgent.substring(0, Math.min(255, userAgent.length()));
        refreshTokens.insert(tenantId, familyId, userId, RefreshTokenCodec.hash(token),
                clock.instant().plus(properties.refreshTokenTtl()), agent, deviceId);
        return token;
    }

    private void failed(UUID tenantId, String slug, String email, String address, Reason reason) {
        Runnable publish = () -> tx.executeWithoutResult(s ->
                events.publishEvent(new LoginFailed(tenantId, slug, email, address, reason, clock.instant())));
        if (tenantId == null) {
            publish.run();
        } else {
            TenantContext.runAs(tenantId, publish);
        }
    }

    private static InvalidCredentials invalidCredentials() {
        return new InvalidCredentials(BAD_CREDENTIALS);
    }

    private static InvalidRefreshToken invalidRefresh() {
        return new InvalidRefreshToken(BAD_REFRESH);
    }
}
