package cloud.olympus.server.auth;

import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.domain.ErrorKind;

/**
 * Why a device gets no tokens (yet) for its device code, as RFC 8628 names it: each carries the
 * RFC's error code as {@code error}, so OAuth libraries that read it understand the answer too.
 */
public class DeviceGrantRefused extends DomainException {

    private DeviceGrantRefused(ErrorKind kind, String error, String message) {
        super(kind, message);
        with("error", error);
    }

    /** Nobody has approved the code yet: ask again after {@code interval} seconds. */
    public static DeviceGrantRefused pending(int interval) {
        return (DeviceGrantRefused) new DeviceGrantRefused(ErrorKind.AUTHORIZATION_PENDING, "authorization_pending",
                "Nobody has entered this device's code yet").with("interval", interval);
    }

    /** Asked again too soon: wait {@code interval} seconds (five more than before) between asks from now on. */
    public static DeviceGrantRefused slowDown(int interval) {
        return (DeviceGrantRefused) new DeviceGrantRefused(ErrorKind.SLOW_DOWN, "slow_down",
                "Asked too soon; wait " + interval + " seconds between asks").with("interval", interval);
    }

    public static DeviceGrantRefused denied() {
        return new DeviceGrantRefused(ErrorKind.ACCESS_DENIED, "access_denied", "The code was refused");
    }

    public static DeviceGrantRefused expired() {
        return new DeviceGrantRefused(ErrorKind.EXPIRED_TOKEN, "expired_token", "The code has expired; ask for a new one");
    }

    /** Unknown, from another server, or already exchanged for tokens: never tell which. */
    public static DeviceGrantRefused invalid() {
        return new DeviceGrantRefused(ErrorKind.INVALID_GRANT, "invalid_grant", "This device code is not valid");
    }
}
