package cloud.olympus.server.shared.web;

import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.domain.ErrorKind;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which problem an error is, whatever door the request came through: the REST API answers it as
 * {@code application/problem+json}, GraphQL as an error whose {@code extensions} carry the same type.
 */
public final class ProblemMapping {

    private static final Logger log = LoggerFactory.getLogger(ProblemMapping.class);

    private ProblemMapping() {
    }

    /** The one problem type of each kind of broken rule. */
    public static ProblemType typeOf(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> ProblemType.VALIDATION_FAILED;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case CONFLICT -> ProblemType.CONFLICT;
            case NOT_ALLOWED -> ProblemType.FORBIDDEN;
            case RATE_LIMITED -> ProblemType.RATE_LIMITED;
            case OUT_OF_STOCK -> ProblemType.OUT_OF_STOCK;
            case INVALID_STATUS_CHANGE -> ProblemType.INVALID_STATUS_CHANGE;
            case SALE_NOT_RECORDABLE -> ProblemType.SALE_NOT_RECORDABLE;
            case IDEMPOTENCY_KEY_REUSED -> ProblemType.IDEMPOTENCY_KEY_REUSED;
            case INVALID_CREDENTIALS -> ProblemType.INVALID_CREDENTIALS;
            case INVALID_TOKEN -> ProblemType.INVALID_TOKEN;
            case AUTHORIZATION_PENDING -> ProblemType.AUTHORIZATION_PENDING;
            case SLOW_DOWN -> ProblemType.SLOW_DOWN;
            case ACCESS_DENIED -> ProblemType.ACCESS_DENIED;
            case EXPIRED_TOKEN -> ProblemType.EXPIRED_TOKEN;
            case INVALID_GRANT -> ProblemType.INVALID_GRANT;
            case PIN_LOCKED -> ProblemType.PIN_LOCKED;
        };
    }

    /** A rule of the business, broken: its kind decides the type, its details travel as members. */
    public static ProblemDetail of(DomainException broken) {
        ProblemDetail problem = Problems.of(typeOf(broken.kind()), broken.getMessage());
        broken.details().forEach(problem::setProperty);
        return problem;
    }

    /**
     * The database said no, or could not be reached. A timeout or an exhausted pool is the server
     * being busy (503, try again); a value PostgreSQL cannot store or a broken constraint means a
     * check is missing before it (our fault, so logged), but the caller still learns it was the data,
     * not a crash. Empty for errors that are simply ours.
     */
    public static Optional<ProblemDetail> ofDatabase(Throwable error) {
        if (error instanceof CannotCreateTransactionException e) {
            log.warn("Database busy: {}", e.getMostSpecificCause().getMessage());
            return Optional.of(busy());
        }
        if (!(error instanceof DataAccessException e)) {
            return Optional.empty();
        }
        if (e instanceof DuplicateKeyException) {
            return Optional.of(Problems.of(ProblemType.CONFLICT, "A record with the same key already exists"));
        }
        String state = sqlState(e);
        if ("57014".equals(state) || e instanceof QueryTimeoutException) {
            log.warn("A statement ran into the timeout: {}", e.getMostSpecificCause().getMessage());
            return Optional.of(Problems.of(ProblemType.SERVICE_UNAVAILABLE, "The request took too long and was stopped; try again"));
        }
        if (e instanceof CannotGetJdbcConnectionException || e instanceof TransientDataAccessException
                || e instanceof ConcurrencyFailureException) {
            log.warn("Database busy: {}", e.getMostSpecificCause().getMessage());
            return Optional.of(busy());
        }
        if (state != null && state.startsWith("22")) {
            log.warn("PostgreSQL refused a value that passed validation ({}): {}", state, e.getMostSpecificCause().getMessage());
            return Optional.of(Problems.of(ProblemType.VALIDATION_FAILED, "A value in the request is outside what Olympus can store"));
        }
        if (e instanceof DataIntegrityViolationException) {
            log.warn("A constraint refused a change that passed validation: {}", e.getMostSpecificCause().getMessage());
            return Optional.of(Problems.of(ProblemType.CONFLICT, "The change conflicts with data already saved"));
        }
        return Optional.empty();
    }

    private static ProblemDetail busy() {
        return Problems.of(ProblemType.SERVICE_UNAVAILABLE, ProblemType.SERVICE_UNAVAILABLE.genericDetail());
    }

    private static String sqlState(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
