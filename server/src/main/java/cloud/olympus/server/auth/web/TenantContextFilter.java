package cloud.olympus.server.auth.web;

import cloud.olympus.server.auth.internal.LiveSessions;
import cloud.olympus.server.auth.internal.AccessTokens;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.shared.tenancy.TenantLookup;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.shared.web.Problems;
import cloud.olympus.server.shared.web.RequestLogFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the caller's tenant into the request: the token's tenant, or, when an organisation's
 * owner or admin names one of its locations in {@code X-Tenant-Id}, that location. Any other
 * tenant named there does not exist as far as the caller can tell (404). A token whose session has
 * ended (logout, a new password or roles, a removed user) is refused here, however long it had to run.
 */
public class TenantContextFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Tenant-Id";
    private static final Logger log = LoggerFactory.getLogger(TenantContextFilter.class);

    private final TenantLookup tenants;
    private final LiveSessions sessions;

    public TenantContextFilter(TenantLookup tenants, LiveSessions sessions) {
        this.tenants = tenants;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            chain.doFilter(request, response);
            return;
        }
        UUID home = UUID.fromString(token.getToken().getClaimAsString("tid"));
        UUID session = UUID.fromString(token.getToken().getClaimAsString(AccessTokens.SESSION));
        boolean open;
        try {
            open = sessions.isOpen(home, session);
        } catch (RuntimeException e) {
            log.warn("Could not check session {}: {}", session, e.getMessage());
            response.setHeader("Retry-After", "1");
            Problems.write(response, ProblemType.SERVICE_UNAVAILABLE, ProblemType.SERVICE_UNAVAILABLE.genericDetail());
            return;
        }
        if (!open) {
            SecurityContextHolder.clearContext();
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problems.write(response, ProblemType.INVALID_TOKEN, "This session has ended; log in again");
            return;
        }
        UUID acting = home;
        String requested = request.getHeader(HEADER);
        if (requested != null && !requested.isBlank()) {
            UUID wanted;
            try {
                wanted = UUID.fromString(requested.trim());
            } catch (IllegalArgumentException e) {
                Problems.write(response, ProblemType.MALFORMED_REQUEST, HEADER + " must be a tenant id (UUID)");
                return;
            }
            if (!wanted.equals(home)) {
                boolean mayActForLocations = token.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(Permission.LOCATION_ACT.name()));
                if (!mayActForLocations || !tenants.isLocationOf(wanted, home)) {
                    Problems.write(response, ProblemType.NOT_FOUND, "Tenant not found");
                    return;
                }
                acting = wanted;
            }
        }
        TenantContext.set(acting);
        MDC.put(RequestLogFilter.MDC_TENANT, acting.toString());
        MDC.put(RequestLogFilter.MDC_USER, token.getToken().getSubject());
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }
}
