package cloud.olympus.server.shared.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The stable kinds of error the API answers with. Clients switch on {@link #uri()}, which never
 * changes once published; titles are for people.
 */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request"),
    VALIDATION_FAILED("validation-failed", HttpStatus.BAD_REQUEST, "Validation failed"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Authentication required"),
    INVALID_CREDENTIALS("invalid-credentials", HttpStatus.UNAUTHORIZED, "Invalid credentials"),
    INVALID_TOKEN("invalid-token", HttpStatus.UNAUTHORIZED, "Invalid or expired token"),
    // The device authorization grant's answers to a polling device: 400 with the RFC 8628 error code in `error`.
    AUTHORIZATION_PENDING("authorization-pending", HttpStatus.BAD_REQUEST, "Authorization pending"),
    SLOW_DOWN("slow-down", HttpStatus.BAD_REQUEST, "Polling too often"),
    ACCESS_DENIED("access-denied", HttpStatus.BAD_REQUEST, "Access denied"),
    EXPIRED_TOKEN("expired-token", HttpStatus.BAD_REQUEST, "Device code expired"),
    INVALID_GRANT("invalid-grant", HttpStatus.BAD_REQUEST, "Invalid device code"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    PIN_LOCKED("pin-locked", HttpStatus.LOCKED, "PIN locked"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    OUT_OF_STOCK("out-of-stock", HttpStatus.CONFLICT, "Out of stock"),
    INVALID_STATUS_CHANGE("invalid-status-change", HttpStatus.CONFLICT, "Invalid status change"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused"),
    SALE_NOT_RECORDABLE("sale-not-recordable", HttpStatus.UNPROCESSABLE_CONTENT, "Sale cannot be recorded"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    public static final String BASE = "https://olympus.cloud/problems/";

    private final URI uri;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.uri = URI.create(BASE + slug);
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** What to tell a caller about an error of this type when nothing more specific is known. */
    public String genericDetail() {
        return switch (this) {
            case MALFORMED_REQUEST -> "The request is malformed";
            case UNAUTHORIZED -> "This request needs an access token";
            case FORBIDDEN -> "Not allowed";
            case NOT_FOUND -> "Nothing is here";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here";
            case NOT_ACCEPTABLE -> "The server cannot answer in the media type asked for";
            case PAYLOAD_TOO_LARGE -> "The request is larger than the server accepts";
            case UNSUPPORTED_MEDIA_TYPE -> "The request body's media type is not supported; send application/json";
            case RATE_LIMITED -> "Too many requests; try again later";
            case SERVICE_UNAVAILABLE -> "The server is busy; try again shortly";
            case INTERNAL_ERROR -> "The server could not complete the request";
            default -> title;
        };
    }

    /** The type for a bare HTTP status, for errors raised below the application (the container, the firewall). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? MALFORMED_REQUEST : INTERNAL_ERROR;
        };
    }
}
