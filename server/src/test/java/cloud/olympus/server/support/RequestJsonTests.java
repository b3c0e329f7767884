package cloud.olympus.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.auth.web.AuthController;
import cloud.olympus.server.auth.web.DeviceGrantController;
import cloud.olympus.server.auth.web.DevicePairingController;
import cloud.olympus.server.auth.web.UserController;
import cloud.olympus.server.commerce.web.OrderController;
import cloud.olympus.server.commerce.web.SaleController;
import cloud.olympus.server.customer.web.CustomerController;
import cloud.olympus.server.inventory.web.InventoryController;
import cloud.olympus.server.platform.web.AdminTenantController;
import cloud.olympus.server.platform.web.TenantController;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tests build request bodies from the API's own request records; here the JSON those records make
 * is held to what the API reads: every field the API document lists for the record, named as it
 * names them, and nothing else; and written alike by the server's mapper and by the one tests use
 * for a server in another process.
 */
class RequestJsonTests extends ApiTest {

    private static final List<Class<?>> CONTROLLERS = List.of(AuthController.class, DeviceGrantController.class,
            DevicePairingController.class, UserController.class, OrderController.class,
            SaleController.class, CustomerController.class, InventoryController.class, AdminTenantController.class,
            TenantController.class);

    @Autowired
    JsonMapper applicationJson;

    @Test
    void everyRequestRecordCarriesExactlyTheFieldsTheApiDocumentNames() {
        JsonNode schemas = http().get("/v3/api-docs").json().get("components").get("schemas");
        List<Class<?>> records = requestRecords().toList();
        assertThat(records).hasSizeGreaterThan(20);
        for (Class<?> type : records) {
            JsonNode schema = schemas.get(type.getSimpleName());
            assertThat(schema).as("the API document's schema of %s", type.getSimpleName()).isNotNull();
            JsonNode sent = Http.JSON.readTree(applicationJson.writeValueAsString(filled(type)));
            assertThat(sent.propertyNames()).as(type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(schema.get("properties").propertyNames());
        }
    }

    @Test
    void aServerInAnotherProcessGetsTheSameJsonAsTheServerWritesItself() {
        requestRecords().forEach(type -> assertThat(Http.WIRE.writeValueAsString(filled(type))).as(type.getSimpleName())
                .isEqualTo(applicationJson.writeValueAsString(filled(type))));
    }

    /** The controllers' public records: the request bodies tests build. */
    private static Stream<Class<?>> requestRecords() {
        return CONTROLLERS.stream().flatMap(controller -> Arrays.stream(controller.getDeclaredClasses()))
                .filter(type -> type.isRecord() && Modifier.isPublic(type.getModifiers()));
    }

    /** An instance with every field given, nested records and lists included, so that each shows in the JSON. */
    private static Object filled(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType());
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Type generic) {
        if (generic instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return List.of(value(parameterized.getActualTypeArguments()[0]));
        }
        Class<?> type = (Class<?>) (generic instanceof ParameterizedType parameterized ? parameterized.getRawType() : generic);
        if (type.isRecord()) {
            return filled(type);
        }
        if (type == Map.class) {
            return Map.of("key", "value");
        }
        if (type == String.class) {
            return "text";
        }
        if (type == UUID.class) {
            return UUID.fromString("00000000-0000-0000-0000-000000000001");
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("1E+1");
        }
        if (type == Integer.class) {
            return 3;
        }
        if (type == Boolean.class) {
            return true;
        }
        if (type == Instant.class) {
            return Instant.parse("2026-11-25T08:00:00.123456789Z");
        }
        throw new IllegalArgumentException("no sample value for " + generic);
    }
}
