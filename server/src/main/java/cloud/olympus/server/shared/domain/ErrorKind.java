package cloud.olympus.server.shared.domain;

/**
 * What kind of rule a {@link DomainException} says was broken. Each kind has one stable problem
 * type on the API; the web layer alone decides how it is answered.
 */
public enum ErrorKind {
    /** A value is missing, out of bounds or makes no sense. */
    INVALID,
    /** No such record, as far as the caller can see. */
    NOT_FOUND,
    /** The request contradicts what is already recorded. */
    CONFLICT,
    /** The caller may not do this. */
    NOT_ALLOWED,
    /** Too many attempts; try again later. */
    RATE_LIMITED,
    /** Not enough stock to reserve. */
    OUT_OF_STOCK,
    /** An order cannot move to the status asked for. */
    INVALID_STATUS_CHANGE,
    /** A till's sale cannot be recorded truthfully as sent. */
    SALE_NOT_RECORDABLE,
    /** An idempotency key came back with another request, or from another caller. */
    IDEMPOTENCY_KEY_REUSED,
    /** The tenant, email or password is not right. */
    INVALID_CREDENTIALS,
    /** A refresh token is unknown, spent, expired or revoked. */
    INVALID_TOKEN,
    /** A device asks for its tokens before anyone has approved its code (RFC 8628). */
    AUTHORIZATION_PENDING,
    /** A device asks for its tokens more often than it was told to. */
    SLOW_DOWN,
    /** The person asked to approve a device's code refused it. */
    ACCESS_DENIED,
    /** A device's code ran out before it was approved and redeemed. */
    EXPIRED_TOKEN,
    /** A device code that is unknown or was already exchanged for tokens. */
    INVALID_GRANT,
    /** A PIN locked after too many wrong tries, until a manager unlocks it. */
    PIN_LOCKED
}
