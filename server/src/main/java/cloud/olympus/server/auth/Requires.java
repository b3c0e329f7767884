package cloud.olympus.server.auth;

import cloud.olympus.model.auth.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an endpoint needs. The caller's roles grant permissions through
 * {@link cloud.olympus.model.auth.AccessPolicy}; without this one the answer is 403 before
 * anything of the request is read. The API document names it on each operation
 * ({@code x-permission}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Requires {

    Permission value();

    /**
     * Whether a caller without the permission may instead bring a manager's approval: whoever may ask
     * for one ({@link Permission#ORDER_CREATE}) gets past the door, and the service refuses them (403)
     * unless the request carries an approval it can spend. The API document says so ({@code x-or-approval}).
     */
    boolean orApproval() default false;
}
