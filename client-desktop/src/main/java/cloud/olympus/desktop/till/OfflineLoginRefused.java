package cloud.olympus.desktop.till;

import java.time.Instant;

/**
 * The password is right, but this terminal will not let its holder in without the server: the
 * login it kept has run out, has been changed on disk, or was kept before logins were sealed.
 */
public final class OfflineLoginRefused extends RuntimeException {

    /** Why the kept login does not open the till. */
    public enum Reason { EXPIRED, TAMPERED, OUTDATED }

    private final Reason reason;
    private final Instant expiredAt;

    OfflineLoginRefused(Reason reason, Instant expiredAt) {
        super(switch (reason) {
            case EXPIRED -> "the offline login ran out at " + expiredAt;
            case TAMPERED -> "the offline login kept on this terminal was changed";
            case OUTDATED -> "the offline login kept on this terminal is from before logins were sealed";
        });
        this.reason = reason;
        this.expiredAt = expiredAt;
    }

    public Reason reason() {
        return reason;
    }

    /** When it ran out; null unless {@link Reason#EXPIRED}. */
    public Instant expiredAt() {
        return expiredAt;
    }
}
