package cloud.olympus.server.shared.web;

import cloud.olympus.server.shared.web.json.InputBounds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses query parameters (filters, cursors, search text) holding control characters, naming the
 * parameter, before any of them reaches a query: the text of request bodies is held to the same
 * rule while it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestTextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getQueryString() != null && !isForm(request)) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                String name = ApiExceptionHandler.printable(parameter.getKey());
                Optional<String> problem = InputBounds.textProblem(parameter.getKey());
                for (String value : parameter.getValue()) {
                    problem = problem.or(() -> InputBounds.textProblem(value));
                }
                if (problem.isPresent()) {
                    var detail = Problems.of(ProblemType.VALIDATION_FAILED, "Parameter '" + name + "' " + problem.get());
                    detail.setProperty("field", name);
                    Problems.write(response, detail);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** A form body would be read to list parameters; the API takes none, and refuses them later. */
    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }
}
