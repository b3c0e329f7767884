package cloud.olympus.server.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** X-Forwarded-For names the client only when a trusted proxy wrote it. */
class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses("10.0.0.5, 10.1.0.0/16");
    private final ClientAddresses direct = new ClientAddresses("");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(direct.of(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aStrangerCannotChooseItsAddress() {
        assertThat(behindProxies.of(request("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedHopIsTheClient() {
        assertThat(behindProxies.of(request("10.0.0.5", "198.51.100.1"))).isEqualTo("198.51.100.1");
        // The client made up the first entry; the proxies appended the truth.
        assertThat(behindProxies.of(request("10.0.0.5", "1.2.3.4, 198.51.100.1, 10.1.4.4"))).isEqualTo("198.51.100.1");
        assertThat(behindProxies.of(request("10.0.0.5", null))).isEqualTo("10.0.0.5");
        assertThat(behindProxies.of(request("10.0.0.5", "not-an-address"))).isEqualTo("10.0.0.5");
    }

    private static MockHttpServletRequest request(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
