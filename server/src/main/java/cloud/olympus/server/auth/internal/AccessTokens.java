package cloud.olympus.server.auth.internal;

import cloud.olympus.model.auth.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Issues and checks access tokens: HS256 JWTs carrying {@code sub} (user), {@code tid}
 * (tenant), {@code sid} (the session, i.e. the refresh-token family, so that ending the session
 * ends the token too), {@code roles}, {@code iat} and {@code exp}; {@code did} (the registered
 * terminal) when the session was opened with a PIN on one. A token missing any of them is
 * not one of ours.
 */
public class AccessTokens {

    static final String ISSUER = "olympus";
    public static final String SESSION = "sid";
    /** The registered terminal a PIN login happened on; only in tokens of such sessions. */
    public static final String DEVICE = "did";

    private final SigningKey key;
    private final AuthProperties properties;
    private final Clock clock;
    private final MACSigner signer;

    public AccessTokens(SigningKey key, AuthProperties properties, Clock clock) {
        this.key = key;
        this.properties = properties;
        this.clock = clock;
        try {
            this.signer = new MACSigner(key.secret());
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing key unusable", e);
        }
    }

    public String issue(UUID userId, UUID tenantId, UUID sessionId, Set<Role> roles) {
        return issue(userId, tenantId, sessionId, roles, null);
    }

    /** A token of a session opened on a registered terminal ({@code deviceId}, claim {@code did}), or of any other. */
    public String issue(UUID userId, UUID tenantId, UUID sessionId, Set<Role> roles, UUID deviceId) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        if (deviceId != null) {
            builder.claim(DEVICE, deviceId.toString());
        }
        JWTClaimsSet claims = builder
                .issuer(ISSUER)
                .subject(userId.toString())
                .claim("tid", tenantId.toString())
                .claim(SESSION, sessionId.toString())
                .claim("roles", roles.stream().sorted().map(Role::wireName).toList())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.accessTokenTtl())))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.kid()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign token", e);
        }
        return jwt.serialize();
    }

    public long lifetimeSeconds() {
        return properties.accessTokenTtl().toSeconds();
    }

    public JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key.secretKey()).macAlgorithm(MacAlgorithm.HS256).build();
        OAuth2TokenValidator<Jwt> shape = jwt -> {
            boolean ok = ISSUER.equals(jwt.getClaimAsString("iss")) && isUuid(jwt.getSubject())
                    && isUuid(jwt.getClaimAsString("tid")) && isUuid(jwt.getClaimAsString(SESSION))
                    && jwt.getClaimAsStringList("roles") != null && jwt.getExpiresAt() != null && jwt.getIssuedAt() != null
                    && (jwt.getClaimAsString(DEVICE) == null || isUuid(jwt.getClaimAsString(DEVICE)));
            return ok ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Token is not an Olympus access token", null));
        };
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), shape));
        // Spring fills in a missing iat from exp; a token must carry both itself.
        MappedJwtClaimSetConverter defaults = MappedJwtClaimSetConverter.withDefaults(Map.of());
        decoder.setClaimSetConverter(claims -> {
            if (claims.get(JwtClaimNames.IAT) == null || claims.get(JwtClaimNames.EXP) == null) {
                throw new BadJwtException("Token without issue or expiry time");
            }
            return defaults.convert(claims);
        });
        return decoder;
    }

    private static boolean isUuid(String value) {
        if (value == null) {
            return false;
        }
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
