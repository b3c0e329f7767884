package cloud.olympus.server.auth.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks an endpoint's {@link Requires} permission before anything of the request is read: a
 * caller without it gets 403 whatever they sent, and their body is never parsed.
 */
@Configuration(proxyBeanMethods = false)
class PermissionCheck implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Requires requires = method.getMethodAnnotation(Requires.class);
        if (requires == null) {
            return true;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String wanted = requires.value().name();
        if (caller != null && caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(wanted))) {
            return true;
        }
        String mayAsk = Permission.ORDER_CREATE.name();
        if (requires.orApproval() && caller != null
                && caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(mayAsk))) {
            return true;
        }
        Problems.write(response, ProblemType.FORBIDDEN, "This needs the permission " + requires.value().wireName()
                + ", which your role does not give");
        return false;
    }
}
