package cloud.olympus.server.support;

import cloud.olympus.server.auth.internal.SigningKey;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Access tokens signed with the server's own key, shaped by the test: only their claims decide. */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    /** An owner's token of the given tenant, user and session, valid ten minutes unless {@code shape} says otherwise. */
    public static String forge(SigningKey key, UUID tenantId, UUID userId, String sessionId,
                               UnaryOperator<JWTClaimsSet.Builder> shape) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("olympus").subject(userId.toString()).claim("tid", tenantId.toString()).claim("sid", sessionId)
                .claim("roles", List.of("owner")).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.kid()).build(), shape.apply(claims).build());
        try {
            jwt.sign(new MACSigner(key.secret()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** A copy of a real token with another expiry: same user, tenant, session and roles. */
    public static String expiringAt(SigningKey key, String token, Instant expiry) {
        try {
            JWTClaimsSet real = SignedJWT.parse(token).getJWTClaimsSet();
            return forge(key, UUID.fromString(real.getStringClaim("tid")), UUID.fromString(real.getSubject()),
                    real.getStringClaim("sid"), b -> b.claim("roles", real.getClaim("roles")).expirationTime(Date.from(expiry)));
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
