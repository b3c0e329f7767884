package cloud.olympus.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.SaleBuilder;
import cloud.olympus.server.support.TestShop;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/** One-line sales a till rang, at a retail business's tax rate, for tests that need sales at given times. */
final class RungSales {

    private static final BigDecimal TAX = new BigDecimal("0.0825");

    private RungSales() {
    }

    /** Records the sale of {@code quantity} of {@code item} at {@code price}, rung at {@code rungAt}, paid in full; answers its id. */
    static String rung(TestShop shop, String item, String price, int quantity, Instant rungAt, String tender) {
        BigDecimal subtotal = new BigDecimal(price).multiply(BigDecimal.valueOf(quantity));
        BigDecimal tax = subtotal.multiply(TAX).setScale(2, RoundingMode.HALF_UP);
        String total = subtotal.add(tax).toPlainString();
        UUID saleId = UUID.randomUUID();
        SaleBuilder sale = SaleBuilder.sale(saleId, UUID.randomUUID(), rungAt).line(item, quantity, price)
                .amounts(subtotal.toPlainString(), tax.toPlainString(), total).tender(tender, total);
        Http.Response recorded = shop.owner().withHeader("Idempotency-Key", saleId.toString()).post("/api/v1/sales", sale.request());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json().get("id").asString();
    }
}
