package cloud.olympus.server.assistant.recommend;

import cloud.olympus.model.alerts.Alert;
import cloud.olympus.server.analytics.forecast.StockOutRisk;
import cloud.olympus.server.assistant.internal.Phrases;
import cloud.olympus.server.assistant.recommend.Recommendation.Action;
import cloud.olympus.server.assistant.recommend.Recommendation.Figure;
import cloud.olympus.server.assistant.recommend.Recommendation.Kind;
import cloud.olympus.server.assistant.recommend.Recommendation.Priority;
import cloud.olympus.server.customer.LapsedCustomers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes each kind of recommendation in the caller's language, with the assistant's own phrases: the
 * title, reason and expected impact say the numbers as that language writes them (counts, decimals,
 * amounts in the business's currency, days), while the figures and the action keep them as they are.
 */
record RecommendationWriter(Phrases say, LocalDate today, int scale, String currency) {

    Recommendation reorder(StockOutRisk.Risk risk, int daysAhead, int mediumDays) {
        Priority priority = risk.daysToStockOut() <= 1 ? Priority.HIGH
                : risk.daysToStockOut() <= mediumDays ? Priority.MEDIUM : Priority.LOW;
        BigDecimal shortUnits = risk.expectedDemand().subtract(BigDecimal.valueOf(risk.onHand())).max(BigDecimal.ZERO);
        BigDecimal sales = risk.unitPrice() == null ? null
                : shortUnits.multiply(risk.unitPrice()).setScale(scale, RoundingMode.HALF_UP);
        String reason = say.say(risk.maxStock() == null ? "reorder.reason" : "reorder.reason.max", say.count(risk.onHand()),
                say.number(risk.expectedDemand()), say.count(daysAhead), say.period(risk.runsOutOn(), risk.runsOutOn(), today),
                say.count(risk.reorderQuantity()), say.number(risk.safetyStock()),
                risk.maxStock() == null ? "" : say.count(risk.maxStock()));
        String impact = sales == null ? say.say("reorder.impact", say.number(shortUnits))
                : say.say("reorder.impact.sales", say.number(shortUnits), say.money(sales));
        return new Recommendation(Kind.REORDER, priority, say.say("reorder.title", risk.name()), reason, impact,
                List.of(new Figure("on_hand", risk.onHand(), "units"),
                        new Figure("expected_demand", risk.expectedDemand(), "units"),
                        new Figure("runs_out_on", risk.runsOutOn(), "date"),
                        new Figure("days_to_stock_out", risk.daysToStockOut(), "days"),
                        new Figure("safety_stock", risk.safetyStock(), "units"),
                        new Figure("reorder_quantity", risk.reorderQuantity(), "units")),
                new Action("reorder", risk.itemId(), risk.reorderQuantity(), null, null, null));
    }

    /** The busiest short hour of a day: the orders expected, the people planned, how many more it needs. */
    record Peak(int hour, BigDecimal expected, int staff, int needed, Alert.Severity severity) {
    }

    Recommendation addStaff(LocalDate date, Peak peak, int shortHours, BigDecimal threshold) {
        String hour = String.format("%02d:00", peak.hour());
        String reason = say.say("add_staff.reason", say.number(peak.expected()), hour, say.count(peak.staff()), say.number(threshold))
                + " " + (shortHours == 1 ? say.say("add_staff.short.one") : say.say("add_staff.short", say.count(shortHours)));
        return new Recommendation(Kind.ADD_STAFF, peak.severity() == Alert.Severity.CRITICAL ? Priority.HIGH : Priority.MEDIUM,
                say.say("add_staff.title", say.count(peak.needed()), say.period(date, date, today), hour), reason,
                say.say("add_staff.impact", say.number(threshold.multiply(BigDecimal.valueOf(peak.needed())))),
                List.of(new Figure("expected_orders", peak.expected(), "orders"),
                        new Figure("planned_staff", peak.staff(), "people"),
                        new Figure("orders_per_staff_hour", threshold, "orders"),
                        new Figure("short_hours", shortHours, "hours"),
                        new Figure("staff_to_add", peak.needed(), "people")),
                new Action("add_shift", null, peak.needed(), date, peak.hour(), null));
    }

    Recommendation winBack(List<LapsedCustomers.Lapsed> away, int listed) {
        BigDecimal monthly = away.stream().map(LapsedCustomers.Lapsed::monthlySpend).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(scale, RoundingMode.HALF_UP);
        long typicalAway = away.stream().mapToLong(LapsedCustomers.Lapsed::daysAway).sorted().skip(away.size() / 2).findFirst().orElse(0);
        Priority priority = away.size() >= 10 ? Priority.HIGH : away.size() >= 3 ? Priority.MEDIUM : Priority.LOW;
        boolean one = away.size() == 1;
        return new Recommendation(Kind.WIN_BACK, priority,
                one ? say.say("win_back.title.one") : say.say("win_back.title", say.count(away.size())),
                say.say(one ? "win_back.reason.one" : "win_back.reason", say.count(away.size()),
                        say.count(LapsedCustomers.MIN_VISITS), say.count(typicalAway)),
                say.say("win_back.impact", say.money(monthly)),
                List.of(new Figure("customers", away.size(), "customers"),
                        new Figure("monthly_spend", monthly, currency),
                        new Figure("typical_days_away", typicalAway, "days")),
                new Action("contact_customers", null, null, null, null,
                        away.stream().limit(listed).map(LapsedCustomers.Lapsed::customerId).toList()));
    }
}
