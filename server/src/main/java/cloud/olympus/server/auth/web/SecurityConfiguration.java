package cloud.olympus.server.auth.web;

import cloud.olympus.server.auth.internal.AdminKey;
import cloud.olympus.server.auth.internal.GrantedPermissions;
import cloud.olympus.server.auth.internal.LiveSessions;
import cloud.olympus.model.auth.Role;
import cloud.olympus.server.shared.tenancy.TenantLookup;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.shared.web.Problems;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Two doors. The admin API answers only the platform operator's key; everything else under
 * {@code /api}, and GraphQL at {@code /graphql}, wants an access token, whose tenant then governs
 * every transaction of the request. (GraphQL over WebSocket, {@code /graphql/ws}, checks the token
 * its first message carries: {@link GraphQlSocketAuthentication}.)
 * Every refusal is a problem document.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String[] PUBLIC = {
            "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout",
            "/api/v1/auth/device/code", "/api/v1/auth/device/token", "/api/v1/auth/pin", "/api/v1/auth/pin/staff",
            "/health", "/health/**", "/metrics", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
            "/swagger-ui/**", "/error"
    };

    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http, AdminKey key) throws Exception {
        http.securityMatcher("/api/v1/admin/**");
        common(http);
        http.addFilterBefore(new AdminKeyFilter(key), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("platform_admin"))
                .exceptionHandling(e -> e.authenticationEntryPoint(problemEntryPoint()).accessDeniedHandler(problemDenied()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, TenantLookup tenants, LiveSessions sessions,
                            GrantedPermissions permissions) throws Exception {
        common(http);
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/api/**", "/graphql").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(roleConverter(permissions)))
                        .authenticationEntryPoint(problemEntryPoint())
                        .accessDeniedHandler(problemDenied()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problemEntryPoint()).accessDeniedHandler(problemDenied()))
                .addFilterAfter(new TenantContextFilter(tenants, sessions), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    private static void common(HttpSecurity http) throws Exception {
        http.csrf(c -> c.disable())
                .cors(Customizer.withDefaults())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }

    /**
     * The roles claim ({@code ["cashier"]}) becomes the permissions those roles grant, by the access
     * table ({@code SALE_RECORD}, ...), and those the person's business adds for them (their staff
     * role's, one briefly cached look-up), which {@link PermissionCheck} compares with
     * {@link cloud.olympus.server.auth.Requires}. A role the server does not know grants nothing.
     */
    static Converter<Jwt, AbstractAuthenticationToken> roleConverter(GrantedPermissions permissions) {
        return jwt -> {
            List<String> claimed = jwt.getClaimAsStringList("roles");
            List<Role> roles = claimed == null ? List.of()
                    : claimed.stream().map(Role::fromWireName).flatMap(java.util.Optional::stream).toList();
            java.util.UUID user = java.util.UUID.fromString(jwt.getSubject());
            java.util.UUID tenant = java.util.UUID.fromString(jwt.getClaimAsString("tid"));
            List<GrantedAuthority> authorities = permissions.of(tenant, user, roles).stream()
                    .<GrantedAuthority>map(p -> new SimpleGrantedAuthority(p.name())).toList();
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        };
    }


    private static AuthenticationEntryPoint problemEntryPoint() {
        return (request, response, e) -> {
            if (e instanceof OAuth2AuthenticationException) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                Problems.write(response, ProblemType.INVALID_TOKEN, "The access token is invalid or has expired");
            } else {
                response.setHeader("WWW-Authenticate", "Bearer");
                Problems.write(response, ProblemType.UNAUTHORIZED, "This request needs an access token");
            }
        };
    }

    private static AccessDeniedHandler problemDenied() {
        return (request, response, e) -> Problems.write(response, ProblemType.FORBIDDEN, "Your role does not allow this");
    }
}
