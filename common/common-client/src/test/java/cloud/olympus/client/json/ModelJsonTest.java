package cloud.olympus.client.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.auth.Role;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.commerce.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The shared enums travel by their wire names, both ways, as the server and the files already on tills have them. */
class ModelJsonTest {

    private final JsonMapper json = new OlympusClient("http://localhost:9").json();

    @Test
    void everyConstantIsWrittenByItsWireNameAndReadBack() {
        for (Enum<?>[] constants : List.<Enum<?>[]>of(Role.values(), Permission.values(), PaymentMethod.values(),
                PaymentStatus.values(), OrderStatus.values(), OrderSource.values())) {
            for (Enum<?> constant : constants) {
                String written = json.writeValueAsString(constant);
                assertThat(written).isEqualTo("\"" + constant.name().toLowerCase(java.util.Locale.ROOT) + "\"");
                assertThat(json.readValue(written, constant.getDeclaringClass())).isEqualTo(constant);
            }
        }
    }

    @Test
    void aSaleKeptByAnEarlierTillReadsAsBeforeAndIsWrittenTheSameWay() {
        UUID id = UUID.randomUUID();
        String kept = """
                {"id":"%s","source":"pos","lines":[],"tenders":[{"method":"gift_card","amount":5.00,"tip":null,"reference":"GC-1"}],
                 "rung_at":"2026-11-25T12:30:00Z","offline":false,"subtotal":5.00,"tax":0.00,"total":5.00}
                """.formatted(id);
        OrderDraft sale = json.readValue(kept, OrderDraft.class);
        assertThat(sale.source()).isEqualTo(OrderSource.POS);
        assertThat(sale.tenders()).singleElement().satisfies(t -> assertThat(t.method()).isEqualTo(PaymentMethod.GIFT_CARD));
        assertThat(json.writeValueAsString(sale)).contains("\"source\":\"pos\"", "\"method\":\"gift_card\"");
        assertThat(json.writeValueAsString(Map.of("method", PaymentMethod.CASH))).isEqualTo("{\"method\":\"cash\"}");
    }

    @Test
    void anOrderFromTheServerReadsIntoTheSharedTypes() {
        OrderSummary order = json.readValue("""
                {"id":"%s","order_number":"B-1","status":"preparing","source":"pos","payment_status":"partially_paid",
                 "total":10.00,"payments":[{"id":"%s","method":"CARD","amount":4.00}],"refunds":[{"method":null,"amount":1.00}]}
                """.formatted(UUID.randomUUID(), UUID.randomUUID()), OrderSummary.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PREPARING);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
        assertThat(order.payments()).singleElement().satisfies(p -> assertThat(p.method()).isEqualTo(PaymentMethod.CARD));
        assertThat(order.refunds()).singleElement().satisfies(r -> assertThat(r.method()).isNull());
        assertThat(order.total()).isEqualByComparingTo(new BigDecimal("10.00"));
    }

    @Test
    void aNameTheClientDoesNotKnowIsRefusedWithTheNamesItDoes() {
        assertThatThrownBy(() -> json.readValue("\"voucher\"", PaymentMethod.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("'voucher' is not one of [cash, card, gift_card, loyalty_points, other]");
        assertThatThrownBy(() -> json.readValue("3", OrderStatus.class)).isInstanceOf(JacksonException.class);
        assertThat(json.readValue("\"2026-11-25T12:30:00Z\"", Instant.class)).isNotNull();
    }
}
