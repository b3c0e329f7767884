package cloud.olympus.server.shared.web.graphql;

import cloud.olympus.server.shared.domain.InputBounds;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The GraphQL schema's own scalars, read as strictly as the REST API reads JSON: ids as UUIDs,
 * times as ISO-8601 instants and dates within the years Olympus stores, amounts as exact decimals
 * with at most 12 digits before the point and 6 after ({@code 1e1000000} is refused at once, never
 * expanded). {@code JSON} carries the free-form values the API answers (preferences, an alert's
 * arguments) and is never taken as input. Here rather than with the rest of GraphQL's wiring
 * because the schema cannot be built without them, whichever modules a test starts.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlScalars {

    static final GraphQLScalarType UUID_SCALAR = textual("UUID", "A UUID, e.g. 3f1c0d3e-8a8b-4c3e-9d57-2a4f0b1d9e11",
            "a UUID such as 3f1c0d3e-8a8b-4c3e-9d57-2a4f0b1d9e11", UUID::fromString, id -> Optional.empty());

    static final GraphQLScalarType DATE_TIME = textual("DateTime", "An instant in ISO-8601, UTC: 2026-11-25T08:00:00Z",
            "an ISO-8601 instant such as 2026-11-25T08:00:00Z", Instant::parse, instant -> InputBounds.instantProblem(instant));

    static final GraphQLScalarType DATE = textual("Date", "A calendar date in ISO-8601: 2026-11-25",
            "an ISO-8601 date such as 2026-11-25", LocalDate::parse, date -> InputBounds.dateProblem(date));

    static final GraphQLScalarType DECIMAL = GraphQLScalarType.newScalar()
            .name("Decimal")
            .description("An exact decimal number: money in the tenant's currency, a quantity. Answered as a JSON number at "
                    + "the currency's scale (19.90); taken as a number or a decimal string (\"19.90\").")
            .coercing(new DecimalCoercing())
            .build();

    static final GraphQLScalarType LONG = GraphQLScalarType.newScalar()
            .name("Long")
            .description("A whole number of up to 18 digits (a sequence number, loyalty points), answered as a JSON number")
            .coercing(new LongCoercing())
            .build();

    static final GraphQLScalarType JSON = GraphQLScalarType.newScalar()
            .name("JSON")
            .description("A free-form JSON value, only ever answered")
            .coercing(new JsonCoercing())
            .build();

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(UUID_SCALAR).scalar(DATE_TIME).scalar(DATE).scalar(DECIMAL).scalar(LONG).scalar(JSON);
    }

    private static <T> GraphQLScalarType textual(String name, String description, String expected, Function<String, T> parse,
                                                 Function<T, Optional<String>> bounds) {
        return GraphQLScalarType.newScalar().name(name).description(description)
                .coercing(new TextualCoercing<>(name, expected, parse, bounds))
                .build();
    }

    /** A value written as a string, parsed by {@code parse}, then held to {@code bounds}. */
    private record TextualCoercing<T>(String name, String expected, Function<String, T> parse,
                                      Function<T, Optional<String>> bounds) implements Coercing<T, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value == null) {
                throw new CoercingSerializeException(name + " has no value");
            }
            return value.toString();
        }

        @Override
        public T parseValue(Object input, GraphQLContext context, Locale locale) {
            if (!(input instanceof String text)) {
                throw new CoercingParseValueException("must be " + expected + ", written as a string");
            }
            return read(text, CoercingParseValueException::new);
        }

        @Override
        public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (!(input instanceof StringValue text)) {
                throw new CoercingParseLiteralException("must be " + expected + ", written as a string");
            }
            return read(text.getValue(), CoercingParseLiteralException::new);
        }

        private <E extends RuntimeException> T read(String text, Function<String, E> refusal) {
            T value;
            try {
                value = parse.apply(text.trim());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw refusal.apply("must be " + expected);
            }
            bounds.apply(value).ifPresent(problem -> {
                throw refusal.apply(problem);
            });
            return value;
        }
    }

    private static final class DecimalCoercing implements Coercing<BigDecimal, BigDecimal> {

        @Override
        public BigDecimal serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof BigDecimal decimal) {
                return decimal;
            }
            if (value instanceof Number number) {
                return new BigDecimal(number.toString());
            }
            throw new CoercingSerializeException("must be a number");
        }

        @Override
        public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
            BigDecimal value;
            if (input instanceof BigDecimal decimal) {
                value = decimal;
            } else if (input instanceof BigInteger || input instanceof Integer || input instanceof Long) {
                value = new BigDecimal(input.toString());
            } else if (input instanceof String text) {
                value = parse(text, CoercingParseValueException::new);
            } else {
                // A double has already lost exactness (a client that sent 0.1 as a float): refused rather than guessed.
                throw new CoercingParseValueException("must be a number or a decimal string");
            }
            return bounded(value, CoercingParseValueException::new);
        }

        @Override
        public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            BigDecimal value;
            if (input instanceof FloatValue number) {
                value = number.getValue();
            } else if (input instanceof IntValue number) {
                value = new BigDecimal(number.getValue());
            } else if (input instanceof StringValue text) {
                value = parse(text.getValue(), CoercingParseLiteralException::new);
            } else {
                throw new CoercingParseLiteralException("must be a number or a decimal string");
            }
            return bounded(value, CoercingParseLiteralException::new);
        }

        private static <E extends RuntimeException> BigDecimal parse(String text, Function<String, E> refusal) {
            if (text.length() > 64) {
                throw refusal.apply("must be a number of at most 64 characters");
            }
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw refusal.apply("must be a decimal number such as 19.90");
            }
        }

        private static <E extends RuntimeException> BigDecimal bounded(BigDecimal value, Function<String, E> refusal) {
            InputBounds.decimalProblem(value).ifPresent(problem -> {
                throw refusal.apply(problem);
            });
            return InputBounds.plain(value);
        }
    }

    private static final class LongCoercing implements Coercing<Long, Long> {

        @Override
        public Long serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Long || value instanceof Integer || value instanceof Short) {
                return ((Number) value).longValue();
            }
            throw new CoercingSerializeException("must be a whole number");
        }

        @Override
        public Long parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof Integer || input instanceof Long) {
                return ((Number) input).longValue();
            }
            if (input instanceof BigInteger big) {
                return exact(big, CoercingParseValueException::new);
            }
            throw new CoercingParseValueException("must be a whole number");
        }

        @Override
        public Long parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (!(input instanceof IntValue number)) {
                throw new CoercingParseLiteralException("must be a whole number");
            }
            return exact(number.getValue(), CoercingParseLiteralException::new);
        }

        private static <E extends RuntimeException> Long exact(BigInteger value, Function<String, E> refusal) {
            InputBounds.integerProblem(value).ifPresent(problem -> {
                throw refusal.apply(problem);
            });
            return value.longValue();
        }
    }

    private static final class JsonCoercing implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            return value;
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            throw new CoercingParseValueException("JSON values are answered, never taken as input");
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            throw new CoercingParseLiteralException("JSON values are answered, never taken as input");
        }
    }
}
