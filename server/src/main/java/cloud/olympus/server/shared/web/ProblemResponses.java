package cloud.olympus.server.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems an endpoint answers with beyond those every endpoint of its kind may give (a bad
 * body, no token, a missing permission, an unknown id, a reused idempotency key), for the API
 * document.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ProblemResponses {

    ProblemType[] value();
}
