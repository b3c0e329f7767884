package cloud.olympus.server.commerce;

import cloud.olympus.model.WireNames;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One session of a till's cash drawer: opened with a float, cash paid in and out with a reason,
 * closed with a blind count. {@code reckoning} is what the drawer should hold against what was
 * counted; it is there only for those who may reconcile drawers ({@code cash_reconcile}), so a
 * cashier counts without knowing what to expect. {@code terminalName} is the name the till was
 * registered under. {@code managerClose} is there when a manager closed the drawer away from its till
 * (a till that is gone): why, and whether the cash was counted ({@code counted} is null when not).
 */
public record CashDrawer(UUID id, UUID terminalId, String terminalName, UUID openedBy, Instant openedAt, BigDecimal openingFloat,
                         Map<String, Integer> floatCount, List<Movement> movements, UUID closedBy, Instant closedAt,
                         BigDecimal counted, Map<String, Integer> countDetail, String closeNote, ManagerClose managerClose,
                         Reckoning reckoning) {

    /** A manager's close of a drawer away from its till: why, and whether the cash was counted. */
    public record ManagerClose(String reason, boolean counted) {
    }

    /** Whether the drawer is still open. */
    public boolean open() {
        return closedAt == null;
    }

    /** The drawer as a cashier sees it: everything but what it should hold. */
    public CashDrawer blind() {
        return new CashDrawer(id, terminalId, terminalName, openedBy, openedAt, openingFloat, floatCount, movements, closedBy, closedAt, counted,
                countDetail, closeNote, managerClose, null);
    }

    CashDrawer named(String name) {
        return new CashDrawer(id, terminalId, name, openedBy, openedAt, openingFloat, floatCount, movements, closedBy, closedAt,
                counted, countDetail, closeNote, managerClose, reckoning);
    }

    CashDrawer withReckoning(Reckoning reckoning) {
        return new CashDrawer(id, terminalId, terminalName, openedBy, openedAt, openingFloat, floatCount, movements, closedBy, closedAt, counted,
                countDetail, closeNote, managerClose, reckoning);
    }

    /** Cash paid into the drawer (change brought from the safe) or out of it (a delivery paid in cash), with why. */
    public record Movement(UUID id, Kind kind, BigDecimal amount, String reason, UUID createdBy, Instant createdAt) {
    }

    /** Which way cash moved. */
    public enum Kind {
        PAY_IN, PAY_OUT;

        @JsonValue
        public String wireName() {
            return WireNames.of(this);
        }
    }

    /**
     * What the drawer should hold: the float, plus cash taken for sales and cash tips, less cash
     * refunded, plus pay-ins, less pay-outs, over the session; against it what was counted, and the
     * difference (over when positive, short when negative). Counted and variance are absent while
     * the drawer is open. The figures always come from what is recorded now, so a till sale rung
     * while the drawer was open that reaches the server after the count still counts;
     * {@code expectedAtCount} is what the drawer was measured against when it was counted (absent
     * while open), kept for the record.
     */
    public record Reckoning(BigDecimal openingFloat, BigDecimal cashSales, BigDecimal cashTips, BigDecimal cashRefunds,
                            BigDecimal payIns, BigDecimal payOuts, BigDecimal expected, BigDecimal counted, BigDecimal variance,
                            BigDecimal expectedAtCount) {

        /** Works the figures out from the session's sums; {@code counted} is null while the drawer is open. */
        public static Reckoning of(BigDecimal openingFloat, BigDecimal cashSales, BigDecimal cashTips, BigDecimal cashRefunds,
                                   BigDecimal payIns, BigDecimal payOuts, BigDecimal counted) {
            BigDecimal expected = openingFloat.add(cashSales).add(cashTips).subtract(cashRefunds).add(payIns).subtract(payOuts);
            return new Reckoning(openingFloat, cashSales, cashTips, cashRefunds, payIns, payOuts, expected, counted,
                    counted == null ? null : counted.subtract(expected), null);
        }

        /** The same figures, with what the drawer was measured against at its count. */
        public Reckoning countedAgainst(BigDecimal expectedAtCount) {
            return new Reckoning(openingFloat, cashSales, cashTips, cashRefunds, payIns, payOuts, expected, counted, variance,
                    expectedAtCount);
        }
    }
}
