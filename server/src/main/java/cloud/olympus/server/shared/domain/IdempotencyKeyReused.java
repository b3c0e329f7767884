package cloud.olympus.server.shared.domain;

/** An idempotency key came back with a different request, or from a caller it does not belong to. */
public class IdempotencyKeyReused extends DomainException {

    public IdempotencyKeyReused(String message) {
        super(ErrorKind.IDEMPOTENCY_KEY_REUSED, message);
        field("Idempotency-Key");
    }
}
