package cloud.olympus.server.shared.web.json;

import cloud.olympus.server.shared.domain.InputBounds;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.type.MapType;

/**
 * Holds every value of every request body to {@link InputBounds} as it is read, before any code
 * sees it: text without control characters, decimals of bounded size (1e1000000 is refused on
 * sight, never expanded), dates within two millennia, and free-form JSON (preferences, metadata)
 * bounded in depth and size. Wraps Jackson's own readers, so every request record gets this
 * without asking.
 */
public final class BoundedValues extends ValueDeserializerModifier {

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                   ValueDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (type == String.class) {
            return new Checked(deserializer, BoundedValues::text);
        }
        if (type == BigDecimal.class) {
            return new Checked(deserializer, (value, p) -> decimal((BigDecimal) value, p));
        }
        if (type == BigInteger.class) {
            return new Checked(deserializer, (value, p) -> check(value, InputBounds.integerProblem((BigInteger) value), p));
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return new Checked(deserializer, (value, p) -> check(value, Double.isFinite(((Number) value).doubleValue())
                    ? Optional.empty() : Optional.of("must be a finite number"), p));
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class || type == LocalDate.class) {
            return new Checked(deserializer, (value, p) -> check(value, timeProblem(value), p));
        }
        if (type == Object.class) {
            return new Checked(deserializer, (value, p) -> freeForm(value, p, "", 0));
        }
        return deserializer;
    }

    /** A free-form object (preferences, metadata) is bounded in size at its top level too. */
    @Override
    public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                                                      BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
        if (type.getContentType().getRawClass() != Object.class) {
            return deserializer;
        }
        return new Checked(deserializer, (value, p) -> {
            limits(((Map<?, ?>) value).size(), p, "", 0);
            return value;
        });
    }

    @Override
    public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type, KeyDeserializer deserializer) {
        if (type.getRawClass() != String.class) {
            return deserializer;
        }
        return new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) {
                Optional<String> problem = key.length() > InputBounds.MAX_FREE_FORM_KEY_LENGTH
                        ? Optional.of("has a key longer than " + InputBounds.MAX_FREE_FORM_KEY_LENGTH + " characters")
                        : InputBounds.textProblem(key).map(p -> "has a key that " + p);
                if (problem.isPresent()) {
                    throw new RejectedInput(context.getParser(), problem.get());
                }
                return deserializer == null ? key : deserializer.deserializeKey(key, context);
            }
        };
    }

    private static Object text(Object value, JsonParser parser) {
        return check(value, InputBounds.textProblem((String) value), parser);
    }

    private static Object decimal(BigDecimal value, JsonParser parser) {
        check(value, InputBounds.decimalProblem(value), parser);
        return InputBounds.plain(value);
    }

    private static Object check(Object value, Optional<String> problem, JsonParser parser) {
        if (problem.isPresent()) {
            throw new RejectedInput(parser, problem.get());
        }
        return value;
    }

    private static Optional<String> timeProblem(Object value) {
        if (value instanceof Instant instant) {
            return InputBounds.instantProblem(instant);
        }
        if (value instanceof OffsetDateTime time) {
            return InputBounds.instantProblem(time.toInstant());
        }
        if (value instanceof ZonedDateTime time) {
            return InputBounds.instantProblem(time.toInstant());
        }
        if (value instanceof LocalDateTime time) {
            return InputBounds.dateProblem(time.toLocalDate());
        }
        return InputBounds.dateProblem((LocalDate) value);
    }

    /** Walks a free-form value (maps, lists, scalars) as Jackson built it, checking each part. */
    @SuppressWarnings("unchecked")
    private static Object freeForm(Object value, JsonParser parser, String at, int depth) {
        if (value instanceof Map<?, ?> map) {
            limits(map.size(), parser, at, depth);
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
                String key = entry.getKey();
                String where = at.isEmpty() ? key : at + "." + key;
                if (key.length() > InputBounds.MAX_FREE_FORM_KEY_LENGTH || InputBounds.textProblem(key).isPresent()) {
                    throw new RejectedInput(parser, "has a key at " + (at.isEmpty() ? "the top" : at)
                            + " that is too long or holds control characters");
                }
                entry.setValue(freeForm(entry.getValue(), parser, where, depth + 1));
            }
            return value;
        }
        if (value instanceof List<?> list) {
            limits(list.size(), parser, at, depth);
            List<Object> items = (List<Object>) list;
            for (int i = 0; i < items.size(); i++) {
                items.set(i, freeForm(items.get(i), parser, at + "[" + i + "]", depth + 1));
            }
            return value;
        }
        Optional<String> problem = Optional.empty();
        Object checked = value;
        if (value instanceof String text) {
            problem = InputBounds.textProblem(text);
        } else if (value instanceof BigDecimal decimal) {
            problem = InputBounds.decimalProblem(decimal);
            checked = InputBounds.plain(decimal);
        } else if (value instanceof BigInteger integer) {
            problem = InputBounds.integerProblem(integer);
        } else if (value instanceof Double number && !Double.isFinite(number)) {
            problem = Optional.of("must be a finite number");
        }
        if (problem.isPresent()) {
            throw new RejectedInput(parser, (at.isEmpty() ? "" : "at " + at + " ") + problem.get());
        }
        return checked;
    }

    private static void limits(int size, JsonParser parser, String at, int depth) {
        if (depth >= InputBounds.MAX_FREE_FORM_DEPTH) {
            throw new RejectedInput(parser, "nests deeper than " + InputBounds.MAX_FREE_FORM_DEPTH + " levels");
        }
        if (size > InputBounds.MAX_FREE_FORM_ENTRIES) {
            throw new RejectedInput(parser, (at.isEmpty() ? "" : "at " + at + " ") + "has more than "
                    + InputBounds.MAX_FREE_FORM_ENTRIES + " entries");
        }
    }

    /** Jackson's reader for a type, followed by a check that may refuse or normalise what it read. */
    private static final class Checked extends DelegatingDeserializer {

        private final Check check;

        Checked(ValueDeserializer<?> delegate, Check check) {
            super(delegate);
            this.check = check;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, check);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            return value == null ? null : check.apply(value, parser);
        }
    }

    @FunctionalInterface
    private interface Check {
        Object apply(Object value, JsonParser parser);
    }
}
