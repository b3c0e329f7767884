package cloud.olympus.server.auth.web;

import cloud.olympus.server.auth.AnyUser;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.ProblemDocumentation;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.models.Operation;
import java.util.EnumSet;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Names in the API document the permission each operation needs ({@code x-permission}, its wire
 * name), with the 403 a caller without it gets; operations any logged-in user may call say so
 * with {@code x-any-user}.
 */
@Component
class PermissionDocumentation implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Requires requires = handler.getMethodAnnotation(Requires.class);
        if (requires != null) {
            operation.addExtension("x-permission", requires.value().wireName());
            if (requires.orApproval()) {
                operation.addExtension("x-or-approval", true);
            }
            String needs = "Needs the permission `" + requires.value().wireName() + "`.";
            operation.setDescription(operation.getDescription() == null ? needs : operation.getDescription() + "\n\n" + needs);
            ProblemDocumentation.add(operation, EnumSet.of(ProblemType.FORBIDDEN));
        } else if (handler.hasMethodAnnotation(AnyUser.class)) {
            operation.addExtension("x-any-user", true);
        }
        return operation;
    }
}
