package cloud.olympus.client.json;

import cloud.olympus.model.WireNames;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.commerce.PaymentStatus;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The shared model's enums in JSON as the server writes them: by their wire names
 * ({@code "gift_card"}, {@code "partially_paid"}), read back ignoring case. A name the client does
 * not know is refused with the names it does.
 */
public final class ModelJson {

    /** The enums of {@code common-model} that travel between server and clients. */
    public static final List<Class<? extends Enum<?>>> WIRE_ENUMS = List.of(Role.class, Permission.class, PaymentMethod.class,
            PaymentStatus.class, OrderStatus.class, OrderSource.class);

    private ModelJson() {
    }

    /** A module that writes and reads {@link #WIRE_ENUMS} by their wire names. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("olympus-model");
        add(module, Role.class);
        add(module, Permission.class);
        add(module, PaymentMethod.class);
        add(module, PaymentStatus.class);
        add(module, OrderStatus.class);
        add(module, OrderSource.class);
        return module;
    }

    private static <E extends Enum<E>> void add(SimpleModule module, Class<E> type) {
        module.addSerializer(type, new WireNameSerializer<>());
        module.addDeserializer(type, new WireNameDeserializer<>(type));
    }

    private static final class WireNameSerializer<E extends Enum<E>> extends ValueSerializer<E> {
        @Override
        public void serialize(E value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(WireNames.of(value));
        }
    }

    private static final class WireNameDeserializer<E extends Enum<E>> extends ValueDeserializer<E> {
        private final Class<E> type;

        WireNameDeserializer(Class<E> type) {
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.reportInputMismatch(type, "expected one of %s as text", WireNames.list(type));
            }
            String text = parser.getString();
            return WireNames.parse(type, text).orElseGet(() -> context.reportInputMismatch(type,
                    "'%s' is not one of %s", text, WireNames.list(type)));
        }
    }
}
