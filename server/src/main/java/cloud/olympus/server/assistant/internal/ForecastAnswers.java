package cloud.olympus.server.assistant.internal;

import cloud.olympus.server.analytics.forecast.Forecast;
import cloud.olympus.server.analytics.forecast.Forecasts;
import cloud.olympus.server.analytics.forecast.StockOutRisk;
import cloud.olympus.server.assistant.Answer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Answers looking ahead, from the analytics forecasts: the sales (or one product's units) expected on
 * the days asked about, within the forecast's week, and the items the forecast demand empties.
 */
@Component
public class ForecastAnswers {

    private final Forecasts forecasts;
    private final StockOutRisk stockOut;

    ForecastAnswers(Forecasts forecasts, StockOutRisk stockOut) {
        this.forecasts = forecasts;
        this.stockOut = stockOut;
    }

    public Draft answer(Intent intent, Scope scope) {
        return intent == Intent.STOCK_OUT ? stockOut(scope) : sales(scope);
    }

    /** The days of the forecast's week that fall within those asked about; the week starts after the day before them, or today. */
    private Draft sales(Scope scope) {
        Phrases say = scope.say();
        LocalDate today = scope.place().today();
        LocalDate date = scope.from().minusDays(1).isAfter(today) ? today : scope.from().minusDays(1);
        Forecast forecast = scope.product() == null
                ? forecasts.sales(scope.place().tenantId(), date, Forecasts.Horizon.WEEK)
                : forecasts.item(scope.place().tenantId(), scope.product().id(), date, Forecasts.Horizon.WEEK);
        List<Forecast.Day> days = forecast.days().stream()
                .filter(d -> !d.date().isBefore(scope.from()) && !d.date().isAfter(scope.to())).toList();
        if (days.isEmpty()) {
            days = forecast.days().subList(0, 1);
        }
        LocalDate from = days.get(0).date();
        LocalDate to = days.get(days.size() - 1).date();
        BigDecimal expected = sum(days, Forecast.Day::expected);
        BigDecimal low = sum(days, Forecast.Day::low);
        BigDecimal high = sum(days, Forecast.Day::high);
        boolean money = scope.product() == null;
        java.util.function.Function<BigDecimal, String> write = money ? say::money : say::number;
        String period = say.period(from, to, today);
        String text = (money ? say.say("sales_forecast", period, write.apply(expected), write.apply(low), write.apply(high))
                : say.say("sales_forecast.item", scope.product().name(), period, write.apply(expected), write.apply(low),
                write.apply(high))) + " " + say.say("forecast.method", forecast.method(), say.count(forecast.historyDays()));
        List<List<Object>> rows = days.stream().map(d -> List.<Object>of(d.date().toString(), d.expected(), d.low(), d.high())).toList();
        List<Answer.Figure> figures = List.of(new Answer.Figure("expected", expected, forecast.unit()),
                new Answer.Figure("low", low, forecast.unit()), new Answer.Figure("high", high, forecast.unit()),
                new Answer.Figure("interval_percent", forecast.intervalPercent(), "percent"));
        Map<String, Object> query = Draft.source("forecast", "target", forecast.target(), "item_id",
                forecast.itemId() == null ? null : forecast.itemId().toString(), "method", forecast.method(),
                "history_days", forecast.historyDays(), "interval_percent", forecast.intervalPercent(), "date", date.toString(),
                "horizon", "week", "from", from.toString(), "to", to.toString(), "location_id", scope.place().tenantId().toString());
        return new Draft(text, figures, new Answer.Table(List.of("date", "expected", "low", "high"), rows), query);
    }

    private Draft stockOut(Scope scope) {
        Phrases say = scope.say();
        LocalDate today = scope.place().today();
        LocalDate from = scope.from().isBefore(today) ? today : scope.from();
        LocalDate to = scope.to().isAfter(today.plusDays(StockOutRisk.MAX_DAYS)) ? today.plusDays(StockOutRisk.MAX_DAYS) : scope.to();
        if (to.isBefore(from)) {
            to = from;
        }
        List<StockOutRisk.Risk> risks = stockOut.forItems(scope.place().tenantId(), from, to).stream()
                .filter(r -> scope.product() == null || r.itemId().equals(scope.product().id())).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (StockOutRisk.Risk r : risks) {
            rows.add(List.of(r.itemId().toString(), r.name(), r.onHand(), r.expectedDemand(), r.runsOutOn().toString(),
                    r.daysToStockOut(), r.reorderQuantity()));
        }
        String period = say.period(from, to, today);
        List<String> listed = risks.stream().limit(scope.limit()).map(r -> say.say("stock_out.item", r.name(),
                say.count(r.onHand()), say.period(r.runsOutOn(), r.runsOutOn(), today))).toList();
        String text = risks.isEmpty() ? say.say("stock_out.none", period)
                : say.say("stock_out", say.count(risks.size()), period, String.join(", ", listed));
        return new Draft(text, List.of(new Answer.Figure("stock_out_risk", (long) risks.size(), "items")),
                new Answer.Table(List.of("item_id", "name", "on_hand", "expected_demand", "runs_out_on", "days_to_stock_out",
                        "reorder_quantity"), rows),
                Draft.source("forecast", "target", "stock_out_risk", "from", from.toString(), "to", to.toString(),
                        "location_id", scope.place().tenantId().toString()));
    }

    private static BigDecimal sum(List<Forecast.Day> days, java.util.function.Function<Forecast.Day, BigDecimal> value) {
        return days.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
