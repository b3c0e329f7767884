package cloud.olympus.server.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint every logged-in user may call, whatever their roles (their own account, for one).
 * Every endpoint under {@code /api/v1} says either this or {@link Requires}; a test holds it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AnyUser {
}
