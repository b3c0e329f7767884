package cloud.olympus.client;

import cloud.olympus.client.json.ModelJson;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Olympus API over HTTP. Logs in, keeps the tokens, refreshes the access token shortly before
 * it expires (one refresh at a time: a refresh token works only once), and turns problem+json
 * answers into {@link OlympusApiException}s carrying the server's message.
 */
public class OlympusClient {

    private static final Logger LOG = LoggerFactory.getLogger(OlympusClient.class);
    /** Refresh this long before the access token's expiry, so requests never carry a dying token. */
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(2);
    /** The header a registered terminal names itself with on the PIN calls. */
    public static final String DEVICE_TOKEN = "X-Device-Token";
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final HttpUrl base;
    private final OkHttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private final Object refreshLock = new Object();
    private volatile Tokens tokens;
    /** The server ended the session; calls say so until the next login. */
    private volatile boolean ended;
    /** Which app is asking ({@code till}, {@code watch}, {@code tablet}, {@code console}), sent as {@code X-Olympus-Client}. */
    private volatile String clientKind;

    public OlympusClient(String baseUrl) {
        this(baseUrl, new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofSeconds(15))
                .callTimeout(Duration.ofSeconds(20))
                .build(), Clock.systemUTC());
    }

    public OlympusClient(String baseUrl, OkHttpClient http, Clock clock) {
        this.base = Objects.requireNonNull(HttpUrl.parse(baseUrl), () -> "not an http(s) URL: " + baseUrl);
        this.http = http;
        this.clock = clock;
        // A field an older server (or an event written before it existed) leaves out reads as its
        // default (false, 0) rather than failing the whole answer.
        this.json = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addModule(ModelJson.module()).build();
    }

    /**
     * Names the app every request comes from ({@code till}, {@code watch}, {@code tablet} or
     * {@code console}), so the server can record where, for example, a clock-in was made; it is
     * also the user agent ({@code Olympus watch (Linux)}), which describes a paired device.
     */
    public OlympusClient identifyAs(String kind) {
        this.clientKind = kind;
        return this;
    }

    public JsonMapper json() {
        return json;
    }

    public String baseUrl() {
        return base.toString();
    }

    /** Logs in and keeps the session's tokens for later calls. */
    public Tokens login(String tenantSlug, String email, String password) {
        JsonNode answer = send(request("POST", "/api/v1/auth/login",
                Map.of("tenant_slug", tenantSlug, "email", email, "password", password)), false);
        tokens = tokensFrom(answer);
        ended = false;
        return tokens;
    }

    /**
     * A device without a keyboard asks to be paired (RFC 8628): the code it shows and the code it
     * polls {@link #redeemDeviceCode} with. No login needed.
     */
    public DeviceCode requestDeviceCode(String tenantSlug) {
        JsonNode answer = send(request("POST", "/api/v1/auth/device/code", Map.of("tenant_slug", tenantSlug)), false);
        return new DeviceCode(answer.get("device_code").asString(), answer.get("user_code").asString(),
                Duration.ofSeconds(answer.get("expires_in").asLong()), Duration.ofSeconds(answer.get("interval").asLong()));
    }

    /**
     * Asks for the tokens of a paired device and keeps them, as a login does. Until a person has
     * approved the code the server refuses with a problem whose kind says why
     * ({@code authorization-pending}, {@code slow-down}, {@code access-denied}, {@code expired-token},
     * {@code invalid-grant}), thrown as an {@link OlympusApiException}.
     */
    public Tokens redeemDeviceCode(String deviceCode) {
        JsonNode answer = send(request("POST", "/api/v1/auth/device/token", Map.of("device_code", deviceCode)), false);
        tokens = tokensFrom(answer);
        ended = false;
        return tokens;
    }

    /** What a device shows ({@code userCode}) and keeps ({@code deviceCode}) while it waits to be paired. */
    public record DeviceCode(String deviceCode, String userCode, Duration expiresIn, Duration interval) {

        @Override
        public String toString() {
            return "DeviceCode[" + userCode + ", expires in " + expiresIn + "]";
        }
    }

    /**
     * Logs in on a registered terminal with a person's PIN ({@code POST /auth/pin}, the terminal's
     * token as {@code X-Device-Token}) and keeps the new session's tokens, as a password login does.
     * The session in place before is not ended here: see {@link #logout(Tokens)}.
     */
    public Tokens loginWithPin(String deviceToken, java.util.UUID userId, String pin) {
        JsonNode answer = send(request("POST", "/api/v1/auth/pin", Map.of("user_id", userId, "pin", pin))
                .header(DEVICE_TOKEN, deviceToken), false);
        tokens = tokensFrom(answer);
        ended = false;
        return tokens;
    }

    /** A GET a registered terminal makes with its own token rather than a person's session. */
    public JsonNode getAsDevice(String path, String deviceToken) {
        return send(request("GET", path, null).header(DEVICE_TOKEN, deviceToken), false);
    }

    /** A GET of the logged-in user that also shows the terminal's token ({@code X-Device-Token}). */
    public JsonNode getAtDevice(String path, String deviceToken) {
        return send(request("GET", path, null).header(DEVICE_TOKEN, deviceToken), true);
    }

    /** Ends a session this client no longer holds (the one a PIN login replaced) on the server. */
    public void logout(Tokens previous) {
        send(request("POST", "/api/v1/auth/logout", Map.of("refresh_token", previous.refreshToken())), false);
    }

    /** Ends the session on the server and forgets its tokens. */
    public void logout() {
        Tokens current = tokens;
        tokens = null;
        if (current != null) {
            send(request("POST", "/api/v1/auth/logout", Map.of("refresh_token", current.refreshToken())), false);
        }
    }

    public Optional<Tokens> tokens() {
        return Optional.ofNullable(tokens);
    }

    /**
     * An access token good for a while yet, refreshed first when it is about to expire: for
     * connections that carry the token themselves, such as the live socket.
     *
     * @throws NotLoggedInException without a login, {@link SessionEndedException} once the server ended the session
     */
    public String accessToken() {
        return freshAccessToken();
    }

    /** Whether the server answers its health check, within the client's timeouts. */
    public boolean isServerUp() {
        try (Response response = http.newCall(new Request.Builder().url(base.resolve("/health")).get().build()).execute()) {
            return response.isSuccessful();
        } catch (IOException e) {
            LOG.debug("No answer from {} to the health check: {}", base.host(), e.toString());
            return false;
        }
    }

    public JsonNode get(String path) {
        return send(request("GET", path, null), true);
    }

    public JsonNode post(String path, Object body) {
        return send(request("POST", path, body), true);
    }

    /** A POST that is safe to repeat: the server answers a repeat of the key with the first answer. */
    public JsonNode post(String path, Object body, String idempotencyKey) {
        return send(request("POST", path, body).header("Idempotency-Key", idempotencyKey), true);
    }

    /**
     * A POST safe to repeat, as {@link #post(String, Object, String)}, that also shows this
     * terminal's token ({@code X-Device-Token}): for what only the till itself may do, such as
     * keeping its cash drawer. Without a token it is a plain POST.
     */
    public JsonNode postAtDevice(String path, Object body, String idempotencyKey, String deviceToken) {
        Request.Builder request = request("POST", path, body).header("Idempotency-Key", idempotencyKey);
        return send(deviceToken == null ? request : request.header(DEVICE_TOKEN, deviceToken), true);
    }

    public JsonNode put(String path, Object body) {
        return send(request("PUT", path, body), true);
    }

    public JsonNode patch(String path, Object body) {
        return send(request("PATCH", path, body), true);
    }

    /** A DELETE; most answer nothing (204). */
    public JsonNode delete(String path) {
        return send(request("DELETE", path, null), true);
    }

    /** A GET answered with text as it came (a CSV file, a JSON document to keep as it is). */
    public String getText(String path) {
        Request built = request("GET", path, null).header("Accept", "*/*")
                .header("Authorization", "Bearer " + freshAccessToken()).build();
        try (Response response = http.newCall(built).execute()) {
            String body = response.body().string();
            if (response.isSuccessful()) {
                return body;
            }
            throw new OlympusApiException(Problem.parse(json, response.code(), body), retryAfter(response));
        } catch (IOException e) {
            throw new ServerUnreachableException("No answer from " + base.host() + " for GET " + built.url().encodedPath(), e);
        }
    }

    /** A POST of text of {@code mediaType} (a CSV file), answered with JSON. */
    public JsonNode postText(String path, String text, String mediaType) {
        return postText(path, text, mediaType, new Cancellation());
    }

    /** The same, stopped at once (a {@link java.util.concurrent.CancellationException}) when {@code cancellation} is cancelled. */
    public JsonNode postText(String path, String text, String mediaType, Cancellation cancellation) {
        Request.Builder request = request("POST", path, null)
                .post(RequestBody.create(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), MediaType.get(mediaType)));
        String token = freshAccessToken();
        try {
            return execute(request.header("Authorization", "Bearer " + token).build(), cancellation);
        } catch (OlympusApiException e) {
            if (e.status() != 401) {
                throw e;
            }
            return execute(request.header("Authorization", "Bearer " + refreshedAccessToken(token)).build(), cancellation);
        }
    }

    /** A GET read straight into {@code type}, without an intermediate tree. */
    public <T> T get(String path, Class<T> type) {
        Request.Builder request = request("GET", path, null).header("Authorization", "Bearer " + freshAccessToken());
        Request built = request.build();
        try (Response response = http.newCall(built).execute()) {
            if (response.isSuccessful()) {
                return json.readValue(response.body().byteStream(), type);
            }
            throw new OlympusApiException(Problem.parse(json, response.code(), response.body().string()), retryAfter(response));
        } catch (IOException e) {
            throw new ServerUnreachableException("No answer from " + base.host() + " for GET " + built.url().encodedPath(), e);
        }
    }

    /**
     * A GET whose answer is a file (a zip, a CSV), copied into {@code out} as it arrives, with how
     * many bytes have come so far told to {@code progress}. Stops, with a
     * {@link java.util.concurrent.CancellationException}, as soon as {@code cancellation} is
     * cancelled, also while waiting for the server. Answers how many bytes were copied.
     */
    public long download(String path, java.io.OutputStream out, java.util.function.LongConsumer progress,
                         Cancellation cancellation) {
        java.util.function.BooleanSupplier cancelled = cancellation::isCancelled;
        Request built = request("GET", path, null).header("Accept", "*/*")
                .header("Authorization", "Bearer " + freshAccessToken()).build();
        okhttp3.Call call = http.newCall(built);
        cancellation.attach(call);
        try (Response response = call.execute()) {
            if (!response.isSuccessful()) {
                throw new OlympusApiException(Problem.parse(json, response.code(), response.body().string()), retryAfter(response));
            }
            byte[] buffer = new byte[64 * 1024];
            long copied = 0;
            try (java.io.InputStream in = response.body().byteStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (cancelled.getAsBoolean()) {
                        call.cancel();
                        throw new java.util.concurrent.CancellationException("download of " + built.url().encodedPath() + " stopped");
                    }
                    out.write(buffer, 0, n);
                    copied += n;
                    progress.accept(copied);
                }
            }
            return copied;
        } catch (IOException e) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("download of " + built.url().encodedPath() + " stopped");
            }
            throw new ServerUnreachableException("No answer from " + base.host() + " for GET " + built.url().encodedPath(), e);
        }
    }

    private Request.Builder request(String method, String path, Object body) {
        HttpUrl url = Objects.requireNonNull(base.resolve(path), () -> "bad path " + path);
        RequestBody payload = body == null ? (method.equals("GET") ? null : RequestBody.create(new byte[0], JSON_TYPE))
                : RequestBody.create(json.writeValueAsBytes(body), JSON_TYPE);
        Request.Builder request = new Request.Builder().url(url).method(method, payload).header("Accept", "application/json");
        String kind = clientKind;
        // The app's name as its user agent too: the business sees "Olympus watch" among its paired devices.
        return kind == null ? request : request.header("X-Olympus-Client", kind)
                .header("User-Agent", "Olympus " + kind + " (" + System.getProperty("os.name", "unknown") + ")");
    }

    private JsonNode send(Request.Builder request, boolean authenticated) {
        if (!authenticated) {
            return execute(request.build());
        }
        String token = freshAccessToken();
        try {
            return execute(request.header("Authorization", "Bearer " + token).build());
        } catch (OlympusApiException e) {
            if (e.status() != 401) {
                throw e;
            }
            // The access token was refused: refresh once (a lost answer is forgiven by the server), then try again.
            return execute(request.header("Authorization", "Bearer " + refreshedAccessToken(token)).build());
        }
    }

    private JsonNode execute(Request built) {
        return execute(built, null);
    }

    private JsonNode execute(Request built, Cancellation cancellation) {
        okhttp3.Call call = http.newCall(built);
        if (cancellation != null) {
            cancellation.attach(call);
        }
        try (Response response = call.execute()) {
            String body = response.body().string();
            if (response.isSuccessful()) {
                return body.isEmpty() ? json.missingNode() : json.readTree(body);
            }
            throw new OlympusApiException(Problem.parse(json, response.code(), body), retryAfter(response));
        } catch (IOException e) {
            if (cancellation != null && cancellation.isCancelled()) {
                throw new java.util.concurrent.CancellationException(built.method() + " " + built.url().encodedPath() + " stopped");
            }
            throw new ServerUnreachableException("No answer from " + base.host() + " for " + built.method() + " "
                    + built.url().encodedPath(), e);
        }
    }

    private String freshAccessToken() {
        Tokens current = tokens;
        if (current == null) {
            throw ended ? new SessionEndedException() : new NotLoggedInException();
        }
        if (clock.instant().isBefore(current.accessExpiresAt().minus(REFRESH_MARGIN))) {
            return current.accessToken();
        }
        synchronized (refreshLock) {
            current = tokens;
            if (current != null && clock.instant().isBefore(current.accessExpiresAt().minus(REFRESH_MARGIN))) {
                return current.accessToken();
            }
            return refresh(current);
        }
    }

    /** A new access token after {@code refused} was refused, unless another thread has got one meanwhile. */
    private String refreshedAccessToken(String refused) {
        synchronized (refreshLock) {
            Tokens current = tokens;
            if (current != null && !current.accessToken().equals(refused)) {
                return current.accessToken();
            }
            return refresh(current);
        }
    }

    /** Spends the refresh token for a new pair; a refusal means the session is over. Holds the refresh lock. */
    private String refresh(Tokens current) {
        if (current == null) {
            throw new NotLoggedInException();
        }
        JsonNode answer;
        try {
            answer = send(request("POST", "/api/v1/auth/refresh", Map.of("refresh_token", current.refreshToken())), false);
        } catch (OlympusApiException e) {
            if (e.status() == 401) {
                tokens = null;
                ended = true;
                throw new SessionEndedException();
            }
            throw e;
        }
        tokens = tokensFrom(answer);
        return tokens.accessToken();
    }

    private Tokens tokensFrom(JsonNode answer) {
        Instant expires = clock.instant().plusSeconds(answer.get("expires_in").asLong());
        return new Tokens(answer.get("access_token").asString(), answer.get("refresh_token").asString(), expires);
    }

    private static Duration retryAfter(Response response) {
        String header = response.header("Retry-After");
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            // An HTTP date instead of seconds: the caller waits as it would without the header.
            LOG.debug("Retry-After '{}' is not a number of seconds; ignored", header);
            return null;
        }
    }
}
