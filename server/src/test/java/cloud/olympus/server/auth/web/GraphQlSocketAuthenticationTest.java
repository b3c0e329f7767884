package cloud.olympus.server.auth.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.domain.ErrorKind;
import cloud.olympus.server.shared.tenancy.TenantContextAccessor;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * What the WebSocket's caller carries into each operation (their tenant and themselves), and the end
 * of a subscription whose token runs out; the token's check on connecting is tested over a real socket
 * ({@code GraphQlSubscriptionTests}).
 */
class GraphQlSocketAuthenticationTest {

    private static final UUID TENANT = UUID.randomUUID();

    private final GraphQlSocketAuthentication authentication = new GraphQlSocketAuthentication(null, null, null, Clock.systemUTC());

    @Test
    void everyOperationRunsAsTheSocketsCallerInTheirTenant() {
        ContextView seen = contextOfAnOperation(token(Instant.now().plusSeconds(3600)));

        assertThat(seen.<UUID>get(TenantContextAccessor.KEY)).isEqualTo(TENANT);
        SecurityContext security = seen.get(SecurityContext.class.getName());
        assertThat(security.getAuthentication().getName()).isEqualTo("user-1");
    }

    @Test
    void aTokenThatHasExpiredIsNobody() {
        ContextView seen = contextOfAnOperation(token(Instant.now().minusSeconds(1)));

        SecurityContext security = seen.get(SecurityContext.class.getName());
        assertThat(security.getAuthentication()).isNull();
        assertThat(seen.hasKey(TenantContextAccessor.KEY)).isFalse();
    }

    @Test
    void aSubscriptionEndsWithAnErrorWhenItsTokenExpires() {
        WebGraphQlInterceptor.Chain chain = request -> Mono.just(response(Flux.never()));

        WebGraphQlResponse answer = authentication.intercept(request(token(Instant.now().plusMillis(200))), chain)
                .block(Duration.ofSeconds(5));
        Flux<ExecutionResult> events = Flux.from(answer.getData());

        assertThatThrownBy(() -> events.blockLast(Duration.ofSeconds(10)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_TOKEN));
    }

    /** What an operation on a socket of {@code caller} runs with. */
    private ContextView contextOfAnOperation(JwtAuthenticationToken caller) {
        AtomicReference<ContextView> seen = new AtomicReference<>();
        WebGraphQlInterceptor.Chain chain = request -> Mono.deferContextual(context -> {
            seen.set(context);
            return Mono.just(response(Map.of()));
        });
        authentication.intercept(request(caller), chain).block(Duration.ofSeconds(5));
        return seen.get();
    }

    private static JwtAuthenticationToken token(Instant expiry) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "HS256").subject("user-1").claim("tid", TENANT.toString())
                .issuedAt(expiry.minusSeconds(3600)).expiresAt(expiry).build();
        return new JwtAuthenticationToken(jwt, List.of(), "user-1");
    }

    private static WebSocketGraphQlRequest request(JwtAuthenticationToken caller) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(GraphQlSocketAuthentication.class.getName() + ".caller", caller);
        WebSocketSessionInfo session = new WebSocketSessionInfo() {
            @Override
            public String getId() {
                return "socket-1";
            }

            @Override
            public Map<String, Object> getAttributes() {
                return attributes;
            }

            @Override
            public URI getUri() {
                return URI.create("ws://localhost/graphql/ws");
            }

            @Override
            public HttpHeaders getHeaders() {
                return new HttpHeaders();
            }

            @Override
            public Mono<Principal> getPrincipal() {
                return Mono.empty();
            }

            @Override
            public java.net.InetSocketAddress getRemoteAddress() {
                return null;
            }
        };
        return new WebSocketGraphQlRequest(URI.create("ws://localhost/graphql/ws"), new HttpHeaders(), null, null, Map.of(),
                Map.of("query", "subscription { orderEvents { seq } }"), "1", null, session);
    }

    private static WebGraphQlResponse response(Object data) {
        ExecutionResult result = ExecutionResult.newExecutionResult().data(data).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(ExecutionInput.newExecutionInput("{ x }").build(), result));
    }
}
