package cloud.olympus.server.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} is believed only when the
 * request comes from a configured trusted proxy ({@code olympus.http.trusted-proxies}, addresses or
 * CIDR ranges); then the client is the nearest address in the header that is not a trusted proxy
 * itself. Anyone else could write any address there.
 */
@Component
public class ClientAddresses {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<IpAddressMatcher> trusted;

    ClientAddresses(@Value("${olympus.http.trusted-proxies:}") String trustedProxies) {
        this.trusted = Arrays.stream(trustedProxies.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!isTrusted(remote)) {
            return remote;
        }
        List<String> hops = Collections.list(request.getHeaders("X-Forwarded-For")).stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::trim)
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!IP_LITERAL.matcher(hop).matches()) {
                return remote; // a proxy we trust wrote something that is no address: believe none of it
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return remote;
    }

    private boolean isTrusted(String address) {
        try {
            return trusted.stream().anyMatch(range -> range.matches(address));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
