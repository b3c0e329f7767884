package cloud.olympus.server.auth.web;

import cloud.olympus.server.auth.internal.AdminKey;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates the platform operator by the admin key sent as a bearer token. */
class AdminKeyFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "ROLE_platform_admin";

    private final AdminKey key;

    AdminKeyFilter(AdminKey key) {
        this.key = key;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && key.matches(header.substring(7).trim())) {
            var authentication = UsernamePasswordAuthenticationToken.authenticated("platform-admin", null,
                    List.of(new SimpleGrantedAuthority(AUTHORITY)));
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }
}
