package cloud.olympus.server.auth.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token lifetimes, how long a just-rotated refresh token may be presented again (an answer lost on
 * the way), how often an access token's session is checked, the login rate limits, the optional
 * fixed signing secret, the platform operator's key, the device authorization grant's codes, and
 * PIN login on registered terminals.
 */
@ConfigurationProperties("olympus.auth")
public record AuthProperties(Duration accessTokenTtl, Duration refreshTokenTtl, Duration refreshGrace,
                             Duration sessionCheckInterval, String jwtSecret, String adminKey, RateLimit rateLimit,
                             DeviceGrant deviceGrant, Pin pin) {

    public AuthProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofHours(1) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
        refreshGrace = refreshGrace == null ? Duration.ofSeconds(30) : refreshGrace;
        sessionCheckInterval = sessionCheckInterval == null ? Duration.ofSeconds(5) : sessionCheckInterval;
        jwtSecret = jwtSecret == null ? "" : jwtSecret;
        adminKey = adminKey == null ? "" : adminKey;
        rateLimit = rateLimit == null ? new RateLimit(null, null, null, null, null, null) : rateLimit;
        deviceGrant = deviceGrant == null ? new DeviceGrant(null, null, null, null, null, null) : deviceGrant;
        pin = pin == null ? new Pin(null, null, null) : pin;
    }

    /**
     * PIN login on registered terminals: wrong tries allowed per terminal and person in a window
     * before a wait, and wrong tries in a row (on any terminal) that lock the PIN until a manager unlocks it.
     */
    public record Pin(Integer attempts, Duration window, Integer lockAfter) {

        public Pin {
            attempts = attempts == null ? 3 : attempts;
            window = window == null ? Duration.ofSeconds(30) : window;
            lockAfter = lockAfter == null ? 5 : lockAfter;
        }
    }

    /**
     * Failed logins allowed before a wait: for one account from one client address (the lock a
     * guesser runs into), for one account from everywhere (a slower ceiling on guessing spread over
     * many addresses), and from one address over all accounts (spraying). Successful logins count
     * towards none of them.
     */
    public record RateLimit(Integer identityAttempts, Duration identityWindow, Integer accountAttempts, Duration accountWindow,
                            Integer addressAttempts, Duration addressWindow) {

        public RateLimit {
            identityAttempts = identityAttempts == null ? 10 : identityAttempts;
            identityWindow = identityWindow == null ? Duration.ofMinutes(5) : identityWindow;
            accountAttempts = accountAttempts == null ? 100 : accountAttempts;
            accountWindow = accountWindow == null ? Duration.ofHours(1) : accountWindow;
            addressAttempts = addressAttempts == null ? 60 : addressAttempts;
            addressWindow = addressWindow == null ? Duration.ofMinutes(1) : addressWindow;
        }
    }

    /**
     * A device's codes: how long they live and how often it may ask for its tokens; how many codes
     * one client address may ask for, and how many wrong user codes one person may enter, in a window.
     */
    public record DeviceGrant(Duration codeTtl, Duration interval, Integer codesPerAddress, Duration codeWindow,
                              Integer wrongCodesPerUser, Duration wrongCodeWindow) {

        public DeviceGrant {
            codeTtl = codeTtl == null ? Duration.ofMinutes(10) : codeTtl;
            interval = interval == null ? Duration.ofSeconds(5) : interval;
            codesPerAddress = codesPerAddress == null ? 20 : codesPerAddress;
            codeWindow = codeWindow == null ? Duration.ofMinutes(10) : codeWindow;
            wrongCodesPerUser = wrongCodesPerUser == null ? 10 : wrongCodesPerUser;
            wrongCodeWindow = wrongCodeWindow == null ? Duration.ofMinutes(10) : wrongCodeWindow;
        }
    }
}
