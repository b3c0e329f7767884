package cloud.olympus.server.auth;

import cloud.olympus.model.auth.AccessPolicy;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import cloud.olympus.server.auth.internal.AccessTokens;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads the {@link Caller} of the request being served. */
public final class CurrentCaller {

    private static final java.util.Map<String, Permission> BY_AUTHORITY = java.util.Arrays.stream(Permission.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Permission::name, p -> p));

    private CurrentCaller() {
    }

    public static Optional<Caller> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        return Optional.of(fromJwt(token.getToken(), TenantContext.current().orElse(null), granted(token)));
    }

    /** The caller; only for code behind authenticated routes. */
    public static Caller get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    }

    /** The permissions the request's authentication carries (worked out once, when its token was read). */
    private static Set<Permission> granted(JwtAuthenticationToken token) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        for (GrantedAuthority authority : token.getAuthorities()) {
            Permission permission = BY_AUTHORITY.get(authority.getAuthority());
            if (permission != null) {
                granted.add(permission);
            }
        }
        return granted;
    }

    static Caller fromJwt(Jwt jwt, UUID acting, Set<Permission> granted) {
        UUID home = UUID.fromString(jwt.getClaimAsString("tid"));
        List<String> names = jwt.getClaimAsStringList("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> Role.fromWireName(n).ifPresent(roles::add));
        }
        Set<Permission> extra = EnumSet.noneOf(Permission.class);
        extra.addAll(granted);
        extra.removeAll(AccessPolicy.permissionsOf(roles));
        String device = jwt.getClaimAsString(AccessTokens.DEVICE);
        return new Caller(UUID.fromString(jwt.getSubject()), home, acting == null ? home : acting, roles, extra,
                device == null ? null : UUID.fromString(device));
    }
}
