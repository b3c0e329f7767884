package cloud.olympus.server.realtime.web;

import cloud.olympus.server.auth.BearerTokens;
import cloud.olympus.server.auth.BearerTokens.Bearer;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.shared.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The door of {@code /ws}: an upgrade with {@code Authorization: Bearer} is let in only with a valid
 * access token of an open session. Without the header only a browser (it names its {@code Origin},
 * and cannot set the header) is let in, to send its token as its first message; anyone else gets the
 * same 401 problem as the REST API, before the upgrade.
 */
class BearerHandshake implements HandshakeInterceptor {

    private final BearerTokens tokens;

    BearerHandshake(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) throws IOException {
        HttpServletResponse servlet = ((ServletServerHttpResponse) response).getServletResponse();
        HttpHeaders headers = request.getHeaders();
        if (!"websocket".equalsIgnoreCase(headers.getFirst(HttpHeaders.UPGRADE))) {
            Problems.write(servlet, ProblemType.MALFORMED_REQUEST, "This is a WebSocket: connect with Upgrade: websocket");
            return false;
        }
        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            if (headers.getOrigin() != null) {
                return true;
            }
            servlet.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            Problems.write(servlet, ProblemType.UNAUTHORIZED,
                    "This socket needs an access token: send Authorization: Bearer <token> with the upgrade");
            return false;
        }
        Optional<Bearer> bearer;
        try {
            bearer = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? tokens.verify(authorization.substring(7)) : Optional.empty();
        } catch (RuntimeException e) {
            servlet.setHeader(HttpHeaders.RETRY_AFTER, "1");
            Problems.write(servlet, ProblemType.SERVICE_UNAVAILABLE, ProblemType.SERVICE_UNAVAILABLE.genericDetail());
            return false;
        }
        if (bearer.isEmpty()) {
            servlet.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            Problems.write(servlet, ProblemType.INVALID_TOKEN, "The access token is invalid or has expired");
            return false;
        }
        attributes.put(RealtimeSocketHandler.BEARER, bearer.get());
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }
}
