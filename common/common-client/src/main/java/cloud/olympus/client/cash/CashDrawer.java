package cloud.olympus.client.cash;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A till's cash drawer as the server answers it ({@code /api/v1/cash/drawers}). {@code reckoning},
 * what the drawer should hold against what was counted, is there only for someone who may
 * reconcile drawers: a cashier counts blind. {@code terminalName} is the name the till was
 * registered under.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CashDrawer(UUID id, UUID terminalId, String terminalName, UUID openedBy, Instant openedAt, BigDecimal openingFloat,
                         Map<String, Integer> floatCount, List<Movement> movements, UUID closedBy, Instant closedAt,
                         BigDecimal counted, Map<String, Integer> countDetail, String closeNote, Reckoning reckoning) {

    public CashDrawer {
        movements = movements == null ? List.of() : List.copyOf(movements);
    }

    public boolean open() {
        return closedAt == null;
    }

    /** Cash paid in ({@code pay_in}) or out ({@code pay_out}), and why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Movement(UUID id, String kind, BigDecimal amount, String reason, UUID createdBy, Instant createdAt) {
    }

    /** What the drawer should hold, and, once counted, the count and counted less expected. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reckoning(BigDecimal openingFloat, BigDecimal cashSales, BigDecimal cashTips, BigDecimal cashRefunds,
                            BigDecimal payIns, BigDecimal payOuts, BigDecimal expected, BigDecimal counted, BigDecimal variance) {
    }
}
