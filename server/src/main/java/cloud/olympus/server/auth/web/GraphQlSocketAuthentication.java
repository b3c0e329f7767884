package cloud.olympus.server.auth.web;

import cloud.olympus.server.auth.internal.AccessTokens;
import cloud.olympus.server.auth.internal.GrantedPermissions;
import cloud.olympus.server.auth.internal.LiveSessions;
import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.domain.ErrorKind;
import cloud.olympus.server.shared.tenancy.TenantContextAccessor;
import graphql.ExecutionResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reactivestreams.Publisher;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Who is on a GraphQL WebSocket. Browsers cannot set headers on a WebSocket, so the access token
 * comes in the {@code connection_init} message ({@code {"Authorization": "Bearer …"}}; other clients
 * may send the header with the upgrade instead). It is checked as a request's is: valid, not expired,
 * its session still open. Without one the socket is closed (4401) before any operation runs. Every
 * operation on the socket then runs as that caller, in their tenant, and a subscription ends with an
 * {@code invalid-token} error when the token expires: connect again with a fresh one.
 */
@Component
class GraphQlSocketAuthentication implements WebSocketGraphQlInterceptor {

    private static final String CALLER = GraphQlSocketAuthentication.class.getName() + ".caller";
    private static final Pattern BEARER = Pattern.compile("^Bearer ([A-Za-z0-9._~+/-]+=*)$", Pattern.CASE_INSENSITIVE);

    private final JwtDecoder decoder;
    private final LiveSessions sessions;
    private final GrantedPermissions permissions;
    private final Clock clock;

    GraphQlSocketAuthentication(JwtDecoder decoder, LiveSessions sessions, GrantedPermissions permissions, Clock clock) {
        this.permissions = permissions;
        this.decoder = decoder;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo socket, Map<String, Object> payload) {
        return Mono.fromCallable(() -> {
            JwtAuthenticationToken caller = authenticate(bearer(payload, socket.getHeaders()));
            socket.getAttributes().put(CALLER, caller);
            return Map.of();
        });
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest socketRequest)) {
            return chain.next(request);
        }
        JwtAuthenticationToken caller = (JwtAuthenticationToken) socketRequest.getSessionInfo().getAttributes().get(CALLER);
        Instant expiry = caller == null ? null : caller.getToken().getExpiresAt();
        if (caller == null || expiry != null && !expiry.isAfter(clock.instant())) {
            // Nobody, as far as the fields can tell: each answers invalid-token.
            return chain.next(request).contextWrite(Context.of(SecurityContext.class.getName(), new SecurityContextImpl()));
        }
        SecurityContext security = new SecurityContextImpl(caller);
        UUID tenant = UUID.fromString(caller.getToken().getClaimAsString("tid"));
        return chain.next(request)
                .map(response -> expiry == null ? response : endingAt(response, expiry))
                .contextWrite(Context.of(SecurityContext.class.getName(), security, TenantContextAccessor.KEY, tenant));
    }

    private JwtAuthenticationToken authenticate(String token) {
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (JwtException e) {
            throw expired();
        }
        UUID home = UUID.fromString(jwt.getClaimAsString("tid"));
        UUID session = UUID.fromString(jwt.getClaimAsString(AccessTokens.SESSION));
        if (!sessions.isOpen(home, session)) {
            throw new DomainException(ErrorKind.INVALID_TOKEN, "This session has ended; log in again");
        }
        return (JwtAuthenticationToken) SecurityConfiguration.roleConverter(permissions).convert(jwt);
    }

    /** The token from the payload's {@code Authorization} (any case), else from the upgrade request's header. */
    private static String bearer(Map<String, Object> payload, HttpHeaders upgrade) {
        Object value = payload == null ? null : payload.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(HttpHeaders.AUTHORIZATION)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (value == null) {
            value = upgrade.getFirst(HttpHeaders.AUTHORIZATION);
        }
        Matcher matcher = value instanceof String text ? BEARER.matcher(text.trim()) : null;
        if (matcher == null || !matcher.matches()) {
            throw new DomainException(ErrorKind.INVALID_TOKEN, "This connection needs an access token");
        }
        return matcher.group(1);
    }

    /** A subscription's events stop when its token expires, with an error saying so. */
    @SuppressWarnings("unchecked")
    private WebGraphQlResponse endingAt(WebGraphQlResponse response, Instant expiry) {
        if (!(response.getData() instanceof Publisher<?> events)) {
            return response;
        }
        Duration left = Duration.between(clock.instant(), expiry);
        Flux<ExecutionResult> bounded = Flux.from((Publisher<ExecutionResult>) events)
                .takeUntilOther(Mono.delay(left.isNegative() ? Duration.ZERO : left))
                .concatWith(Mono.defer(() -> clock.instant().isBefore(expiry) ? Mono.empty() : Mono.error(expired())));
        return response.transform(answer -> answer.data(bounded));
    }

    private static DomainException expired() {
        return new DomainException(ErrorKind.INVALID_TOKEN, "The access token is invalid or has expired; connect again with a fresh one");
    }
}
