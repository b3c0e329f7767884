package cloud.olympus.server.auth;

/** What a login or refresh hands out; {@code expiresIn} is the access token's life in seconds. */
public record TokenPair(String accessToken, String refreshToken, long expiresIn) {
}
