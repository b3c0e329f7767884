package cloud.olympus.desktop.receipt;

import cloud.olympus.model.commerce.PaymentMethod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A restaurant receipt as the till makes it: a large Margherita with olives and two colas, paid in cash. */
public final class SampleReceipt {

    public static final String CASHIER = "Carla Cashier";

    private SampleReceipt() {
    }

    public static Receipt margherita(String cashier) {
        return new Receipt(UUID.fromString("3f2a9c1e-7b4d-4e2a-9c1e-7b4d4e2a9c1e"), Instant.parse("2026-11-25T12:30:00Z"),
                "Bella Cucina", "Grazie!", cashier,
                List.of(new Receipt.Line("Pizza Margherita", List.of("Large +$4.00", "Olives +$1.00"), 1, "$18.00", null),
                        new Receipt.Line("Coca-Cola", List.of(), 2, "$7.00", null)),
                List.of(new Receipt.Total("subtotal", "$25.00"), new Receipt.Total("tax", "$2.19"),
                        new Receipt.Total("total", "$27.19")),
                List.of(new Receipt.Payment(PaymentMethod.CASH, "$30.00")), "$2.81");
    }
}
