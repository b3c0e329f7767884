package cloud.olympus.server.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request with method, path, status and duration, under a request id that is
 * taken from {@code X-Request-Id} when the caller sends a sane one, made up otherwise, and echoed
 * in the response. The id (and later the tenant and user) sit in the MDC, so structured logging
 * ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=logstash}) carries them as fields.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLogFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_REQUEST_ID = "request_id";
    public static final String MDC_TENANT = "tenant_id";
    public static final String MDC_USER = "user_id";

    private static final Logger log = LoggerFactory.getLogger("cloud.olympus.server.http");
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String offered = request.getHeader(HEADER);
        String requestId = offered != null && SANE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        long started = System.nanoTime();
        MDC.put(MDC_REQUEST_ID, requestId);
        response.setHeader(HEADER, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            long micros = (System.nanoTime() - started) / 1_000;
            if (!isQuiet(request)) {
                log.info("{} {} {} {}.{} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        micros / 1000, String.format("%03d", micros % 1000));
            }
            MDC.remove(MDC_REQUEST_ID);
            MDC.remove(MDC_TENANT);
            MDC.remove(MDC_USER);
        }
    }

    private static boolean isQuiet(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith("/health") || uri.equals("/metrics");
    }
}
