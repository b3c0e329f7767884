package cloud.olympus.server.graphql.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.AnyUser;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.domain.ErrorKind;
import cloud.olympus.server.shared.domain.NotAllowed;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.context.ContextSnapshot;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.execution.ContextPropagationHelper;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * {@link Requires} for GraphQL: a field whose controller method names a permission answers only
 * callers whose roles grant it, by the same access table as the REST endpoints; anyone else gets a
 * {@code FORBIDDEN} error for that field (and {@code null} in its place) before the method runs.
 * Nested fields check their own permission, so a cashier may list items but not their stock
 * movements. A field answered by a controller method must say {@link Requires} or {@link AnyUser};
 * one saying neither is refused to everyone, so a forgotten annotation fails closed.
 */
final class RequiredPermissions extends SimplePerformantInstrumentation {

    private final Map<Method, Optional<Permission>> permissions = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        Method method = fetcher instanceof SelfDescribingDataFetcher<?> described ? described.asMethod() : null;
        if (method == null) {
            return fetcher;
        }
        Optional<Permission> needed = permissions.computeIfAbsent(method, RequiredPermissions::permissionOf);
        return env -> {
            // The caller travels with the request's context; this runs before Spring puts it on the thread.
            try (ContextSnapshot.Scope scope = ContextPropagationHelper.captureFrom(env.getGraphQlContext()).setThreadLocals()) {
                check(method, needed);
            }
            return fetcher.get(env);
        };
    }

    /** The permission a controller method names; empty for {@link AnyUser}. */
    static Optional<Permission> permissionOf(Method method) {
        Requires requires = AnnotatedElementUtils.findMergedAnnotation(method, Requires.class);
        return Optional.ofNullable(requires).map(Requires::value);
    }

    private static void check(Method method, Optional<Permission> needed) {
        Caller caller = CurrentCaller.find().orElseThrow(() -> new DomainException(ErrorKind.INVALID_TOKEN,
                "The access token is invalid or has expired"));
        if (needed.isPresent()) {
            if (!caller.may(needed.get())) {
                throw new NotAllowed("This needs the permission " + needed.get().wireName() + ", which your role does not give");
            }
        } else if (!AnnotatedElementUtils.hasAnnotation(method, AnyUser.class)) {
            throw new NotAllowed("Nobody may ask for this field");
        }
    }
}
