package cloud.olympus.server.shared.idempotency;

import cloud.olympus.server.shared.domain.IdempotencyKeyReused;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a request at most once per {@code Idempotency-Key}. The key is claimed in the same
 * transaction as the work and the answer stored with it, so:
 * <ul>
 *   <li>a replay after the first has committed gets the first answer, unchanged;</li>
 *   <li>a concurrent replay waits on the key's row until the first commits, then gets its
 *       answer: one order, never two;</li>
 *   <li>work that fails rolls the claim back with it, so the client may simply try again;</li>
 *   <li>the same key with a different request is refused (422);</li>
 *   <li>a key belongs to the caller that used it first (a user, or a till for its sales): anyone
 *       else presenting it is refused (422), never answered with that caller's result.</li>
 * </ul>
 */
@Component
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[\\x21-\\x7E]{1," + MAX_KEY_LENGTH + "}");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate tx;

    IdempotentRequests(JdbcClient jdbc, JsonMapper json, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.json = json;
        this.tx = tx;
    }

    /** What the work answered, and whether this is a replay of an earlier answer. */
    public record Outcome<T>(T body, boolean replayed) {
    }

    /**
     * Runs {@code work} once for {@code key} (none given: just runs it), in one transaction of
     * the tenant in context.
     *
     * @param scope    what kind of request the key was used for, e.g. {@code POST /orders}
     * @param callerId who the key belongs to: the user, or the terminal for a till's sales
     * @param request  the request body, to notice a key reused for a different request
     */
    public <T> Outcome<T> run(String key, String scope, UUID callerId, Object request, Class<T> answerType, Supplier<T> work) {
        if (key == null) {
            return new Outcome<>(tx.execute(s -> work.get()), false);
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInput(HEADER + " must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters without spaces")
                    .field(HEADER);
        }
        byte[] hash = hash(scope, request);
        return tx.execute(status -> {
            boolean claimed = jdbc.sql("""
                            INSERT INTO platform.idempotency_keys (tenant_id, key, scope, request_hash, caller_id)
                            VALUES (:tenant, :key, :scope, :hash, :caller) ON CONFLICT DO NOTHING
                            """)
                    .param("tenant", TenantContext.require()).param("key", key).param("scope", scope).param("hash", hash)
                    .param("caller", callerId)
                    .update() == 1;
            if (!claimed) {
                return replay(key, hash, callerId, answerType);
            }
            T answer = work.get();
            jdbc.sql("UPDATE platform.idempotency_keys SET response = CAST(:response AS jsonb) WHERE key = :key")
                    .param("response", json.writeValueAsString(answer)).param("key", key).update();
            return new Outcome<>(answer, false);
        });
    }

    /**
     * Rewrites, in the caller's transaction, every kept answer of the tenant in context that mentions
     * {@code text} anywhere (a person's id, say): a replay then gets the rewritten answer. For what
     * must not outlive the thing it was about. Answers how many answers were rewritten.
     */
    public int rewriteAnswers(String text, java.util.function.UnaryOperator<JsonNode> rewrite) {
        var mentioning = jdbc.sql("""
                        SELECT key, response::text AS response FROM platform.idempotency_keys
                         WHERE response IS NOT NULL AND strpos(response::text, :text) > 0
                        """)
                .param("text", text)
                .query((rs, n) -> java.util.Map.entry(rs.getString("key"), rs.getString("response"))).list();
        for (var answer : mentioning) {
            jdbc.sql("UPDATE platform.idempotency_keys SET response = CAST(:response AS jsonb) WHERE key = :key")
                    .param("response", json.writeValueAsString(rewrite.apply(json.readTree(answer.getValue()))))
                    .param("key", answer.getKey()).update();
        }
        return mentioning.size();
    }

    private <T> Outcome<T> replay(String key, byte[] hash, UUID callerId, Class<T> answerType) {
        Optional<Stored> stored = jdbc.sql("""
                        SELECT request_hash, response::text AS response, caller_id
                          FROM platform.idempotency_keys WHERE key = :key
                        """)
                .param("key", key)
                .query((rs, n) -> new Stored(rs.getBytes("request_hash"), rs.getString("response"), (UUID) rs.getObject("caller_id")))
                .optional();
        Stored first = stored.orElseThrow(() -> new IllegalStateException("idempotency key vanished: " + key));
        if (first.callerId() != null && !first.callerId().equals(callerId)) {
            throw new IdempotencyKeyReused("This " + HEADER + " belongs to another caller's request; use a key of your own");
        }
        if (!Arrays.equals(first.hash(), hash)) {
            throw new IdempotencyKeyReused("This " + HEADER + " was already used for a different request");
        }
        return new Outcome<>(json.readValue(first.response(), answerType), true);
    }

    private byte[] hash(String scope, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(scope.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(json.writeValueAsBytes(request));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(byte[] hash, String response, UUID callerId) {
    }
}
