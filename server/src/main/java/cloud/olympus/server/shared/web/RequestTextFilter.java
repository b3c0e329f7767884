package cloud.olympus.server.shared.web;

import cloud.olympus.server.shared.domain.InputBounds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses query parameters (filters, cursors, search text) holding control characters or broken
 * characters, naming the parameter, before any of them reaches a query. It reads the query string
 * itself, never the body. The text of request bodies is held to the same rule while it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestTextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                String name;
                String value;
                try {
                    name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                    value = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
                } catch (IllegalArgumentException e) {
                    Problems.write(response, ProblemType.MALFORMED_REQUEST, "The query string is not properly encoded");
                    return;
                }
                Optional<String> problem = InputBounds.textProblem(name).or(() -> InputBounds.textProblem(value));
                if (problem.isPresent()) {
                    String shown = ApiExceptionHandler.printable(name);
                    var detail = Problems.of(ProblemType.VALIDATION_FAILED, "Parameter '" + shown + "' " + problem.get());
                    detail.setProperty("field", shown);
                    Problems.write(response, detail);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
