package cloud.olympus.server.shared.web;

import cloud.olympus.server.shared.idempotency.IdempotentRequests;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Declares each operation's error answers in the API document: every status it may answer with,
 * as application/problem+json, with the problem types behind it ({@code x-problem-types}). What
 * an operation may give follows from its shape (a body or parameters can be malformed, a path id
 * can be unknown, an Idempotency-Key can be reused), from its security (no token; a permission it
 * needs, added by the auth module), and from {@link ProblemResponses} for the rest.
 */
@Component
class ProblemResponsesCustomizer implements OperationCustomizer, OpenApiCustomizer {

    /** Operations anyone may call: their only error answers are those of their shape. */
    private static final Set<String> PUBLIC_PREFIXES = Set.of("cloud.olympus.server.auth.web.AuthController",
            "cloud.olympus.server.auth.web.DeviceGrantController", "cloud.olympus.server.auth.web.PinLoginController");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Set<ProblemType> types = EnumSet.noneOf(ProblemType.class);
        boolean input = false;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                input = true;
                types.add(ProblemType.UNSUPPORTED_MEDIA_TYPE);
                types.add(ProblemType.PAYLOAD_TOO_LARGE);
            }
            if (parameter.hasParameterAnnotation(RequestParam.class)) {
                input = true;
            }
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                input = true;
                types.add(ProblemType.NOT_FOUND);
            }
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (header != null && IdempotentRequests.HEADER.equalsIgnoreCase(header.name())) {
                types.add(ProblemType.IDEMPOTENCY_KEY_REUSED);
            }
        }
        if (input) {
            types.add(ProblemType.MALFORMED_REQUEST);
            types.add(ProblemType.VALIDATION_FAILED);
        }
        if (!PUBLIC_PREFIXES.contains(handler.getBeanType().getName())) {
            types.add(ProblemType.UNAUTHORIZED);
            types.add(ProblemType.INVALID_TOKEN);
        }
        ProblemResponses declared = handler.getMethodAnnotation(ProblemResponses.class);
        if (declared != null) {
            types.addAll(List.of(declared.value()));
        }
        ProblemDocumentation.add(operation, types);
        return operation;
    }

    /** The problem document's schema (RFC 9457), once for all operations. */
    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description("Stable kind of error: switch on this"));
        properties.put("title", new StringSchema().description("Short summary of the kind, for people"));
        properties.put("status", new IntegerSchema());
        properties.put("detail", new StringSchema().description("What went wrong this time, for people"));
        properties.put("instance", new StringSchema().description("The request path"));
        properties.put("field", new StringSchema().description("The request field at fault, where there is one"));
        ObjectSchema problem = new ObjectSchema();
        problem.setProperties(properties);
        problem.setRequired(List.of("type", "title", "status"));
        problem.setDescription("An error, as application/problem+json");
        api.getComponents().addSchemas(ProblemDocumentation.SCHEMA, problem);
    }
}
