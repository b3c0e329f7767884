package cloud.olympus.server.auth.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token lifetimes, the login rate limits, the optional fixed signing secret and the platform
 * operator's key.
 */
@ConfigurationProperties("olympus.auth")
public record AuthProperties(Duration accessTokenTtl, Duration refreshTokenTtl, String jwtSecret, String adminKey,
                             RateLimit rateLimit) {

    public AuthProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofHours(1) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
        jwtSecret = jwtSecret == null ? "" : jwtSecret;
        adminKey = adminKey == null ? "" : adminKey;
        rateLimit = rateLimit == null ? new RateLimit(10, Duration.ofMinutes(5), 60, Duration.ofMinutes(1)) : rateLimit;
    }

    /** Login attempts allowed per identity (tenant and email) and per client address. */
    public record RateLimit(int identityAttempts, Duration identityWindow, int addressAttempts, Duration addressWindow) {
    }
}
