package cloud.olympus.client;

import java.time.Instant;

/** A logged-in session's tokens and when the access token stops working. */
public record Tokens(String accessToken, String refreshToken, Instant accessExpiresAt) {

    @Override
    public String toString() {
        return "Tokens[expires " + accessExpiresAt + "]";
    }
}
