package cloud.olympus.server.auth;

import cloud.olympus.model.auth.Role;
import cloud.olympus.server.auth.internal.AccessTokens;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads the {@link Caller} of the request being served. */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    public static Optional<Caller> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        return Optional.of(fromJwt(token.getToken(), TenantContext.current().orElse(null)));
    }

    /** The caller; only for code behind authenticated routes. */
    public static Caller get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    }

    static Caller fromJwt(Jwt jwt, UUID acting) {
        UUID home = UUID.fromString(jwt.getClaimAsString("tid"));
        List<String> names = jwt.getClaimAsStringList("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> Role.fromWireName(n).ifPresent(roles::add));
        }
        String device = jwt.getClaimAsString(AccessTokens.DEVICE);
        return new Caller(UUID.fromString(jwt.getSubject()), home, acting == null ? home : acting, roles,
                device == null ? null : UUID.fromString(device));
    }
}
