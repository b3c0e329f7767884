package cloud.olympus.server.auth;

import cloud.olympus.server.auth.internal.AccessTokens;
import cloud.olympus.server.auth.internal.GrantedPermissions;
import cloud.olympus.server.auth.internal.LiveSessions;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Service;

/**
 * Checks an access token that arrives outside a request's security filters (the first message of a
 * WebSocket, a fresh token sent on an open one) by the same rules: signed by this server, not
 * expired, in the shape of our tokens, its session still open.
 */
@Service
public class BearerTokens {

    private final JwtDecoder decoder;
    private final LiveSessions sessions;
    private final GrantedPermissions permissions;

    BearerTokens(JwtDecoder decoder, LiveSessions sessions, GrantedPermissions permissions) {
        this.decoder = decoder;
        this.sessions = sessions;
        this.permissions = permissions;
    }

    /** A checked token: who presented it, the session it belongs to, and when it stops working. */
    public record Bearer(Caller caller, UUID sessionId, Instant expiresAt) {

        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    /**
     * The token's bearer, or empty when it is not a valid access token or its session has ended. Fails
     * (a runtime exception) only when the session cannot be checked: the database is unreachable.
     */
    public Optional<Bearer> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Jwt jwt;
        try {
            jwt = decoder.decode(token.trim());
        } catch (JwtException e) {
            return Optional.empty();
        }
        Bearer bearer = new Bearer(CurrentCaller.fromJwt(jwt, null, java.util.Set.of()),
                UUID.fromString(jwt.getClaimAsString(AccessTokens.SESSION)), jwt.getExpiresAt());
        if (!isOpen(bearer)) {
            return Optional.empty();
        }
        Caller caller = bearer.caller();
        Caller granted = new Caller(caller.userId(), caller.homeTenantId(), caller.actingTenantId(), caller.roles(),
                permissions.extra(caller.homeTenantId(), caller.userId()), caller.deviceId());
        return Optional.of(new Bearer(granted, bearer.sessionId(), bearer.expiresAt()));
    }

    /** Whether the bearer's session is still open (checked again every few seconds at most, as for requests). */
    public boolean isOpen(Bearer bearer) {
        return sessions.isOpen(bearer.caller().homeTenantId(), bearer.sessionId());
    }
}
