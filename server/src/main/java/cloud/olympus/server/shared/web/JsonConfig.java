package cloud.olympus.server.shared.web;

import cloud.olympus.server.shared.web.json.BoundedValues;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict JSON: a number where text belongs, text where a whole number or a switch belongs, is a
 * wrong type (400), not something to guess at. Amounts alone may also be written as decimal
 * strings. Unknown fields and trailing content are refused too (see application.yaml). Every value
 * of a request is held to {@link cloud.olympus.server.shared.domain.InputBounds} while it is read,
 * and the parser itself refuses absurd shapes (deep nesting, endless numbers and names) before they
 * cost anything.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(32)
            .maxNumberLength(64)
            .maxNameLength(1_000)
            .maxStringLength(1_048_576)
            .build();

    /** Boot's builder, on a parser factory with our limits; Boot's and our customizers apply as usual. */
    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    /**
     * Request bodies are read with every value bounded. Only requests: what the server stored itself
     * (settings, events, idempotent answers) is read back by the plain mapper, so a rule tightened
     * later never locks a tenant out of data it saved before.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer boundedRequests(JsonMapper.Builder builder) {
        JsonMapper bounded = builder
                .addModule(new SimpleModule("olympus-bounded-values").setDeserializerModifier(new BoundedValues()))
                .build();
        return converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(bounded));
    }

    @Bean
    JsonMapperBuilderCustomizer strictScalars() {
        return builder -> builder
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                // Amounts may come as numbers or decimal strings ("19.90"); both are read exactly as BigDecimal.
                .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }
}
