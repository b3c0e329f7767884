package cloud.olympus.fx.manager;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.manager.Dashboard;
import cloud.olympus.client.manager.Forecast;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The Today screen's figures read from the shapes the analytics contract gives. */
class TodayViewModelTest {

    private final JsonMapper json = new OlympusClient("http://localhost:9").json();

    private static final String DASHBOARD = """
            {"date": "2026-11-27", "scope": "location", "tenant_id": "5b0c6c1e-3f1c-4d59-9a55-6d1f5e1e2a10", "currency": "USD",
             "as_of": "2026-11-27T18:00:00Z",
             "sales": {"revenue": 1200.00, "orders": 60, "average_order": 20.00, "refunds": 0.00, "items": 150,
                       "vs_yesterday": {"revenue": 1000.00, "orders": 50, "revenue_change_percent": 20.0},
                       "vs_last_week": {"revenue": 1500.00, "orders": 60, "revenue_change_percent": -20.0}},
             "by_hour": [{"hour": 11, "revenue": 100.00, "orders": 5, "last_week_revenue": 80.00, "last_week_orders": 4},
                         {"hour": 12, "revenue": 300.00, "orders": 15, "last_week_revenue": 320.00, "last_week_orders": 16}],
             "peak_hours": [12, 11], "top_products": [{"item_id": null, "name": "Margherita", "quantity": 30, "revenue": 420.00}],
             "top_categories": [], "payment_mix": [{"method": "card", "amount": 900.00, "count": 45, "share_percent": 75.0}],
             "customers": {"new": 3, "returning": 12, "loyalty_members": 40, "at_risk": 2},
             "inventory": {"low_stock": 2, "stock_out_risk": 1, "stock_value": 5400.00},
             "staff": {"on_shift_now": 4, "labour_cost": 310.00, "labour_percent_of_sales": 25.8}, "locations": []}
            """;
    private static final String FORECAST = """
            {"target": "sales", "item_id": null, "unit": "USD", "method": "holt_winters_weekly", "interval_percent": 80,
             "history_days": 90, "days": [{"date": "2026-11-28", "expected": 1300.00, "low": 1100.00, "high": 1500.00}],
             "hours": [], "today_hours": [{"hour": 12, "expected": 290.00, "low": 250.00, "high": 330.00}],
             "backtest": {"days": 28, "mape_percent": 9.5, "baseline": "moving_average_7", "baseline_mape_percent": 14.0,
                          "coverage_percent": 81.0}}
            """;

    @Test
    void tilesCarryTheirTrendAgainstYesterdayAndLastWeek() {
        Dashboard dashboard = json.readValue(DASHBOARD, Dashboard.class);
        List<TodayViewModel.Kpi> kpis = TodayViewModel.kpis(dashboard);

        assertThat(kpis).extracting(TodayViewModel.Kpi::key)
                .containsExactly("mobile.today.revenue", "mobile.today.orders", "mobile.today.average");
        assertThat(kpis.get(0).vsYesterday()).isEqualByComparingTo("20.0");
        assertThat(kpis.get(0).vsLastWeek()).isEqualByComparingTo("-20.0");
        assertThat(kpis.get(1).vsYesterday()).isEqualByComparingTo("20.0");
        assertThat(kpis.get(1).vsLastWeek()).isEqualByComparingTo("0.0");
        // 20.00 against 1500/60 = 25.00 last week.
        assertThat(kpis.get(2).vsLastWeek()).isEqualByComparingTo("-20.0");
        assertThat(dashboard.customers().newCustomers()).isEqualTo(3);
    }

    @Test
    void theChartLaysTodaysExpectedCurveAndItsBandOverTheHoursThatHaveOne() {
        TodayViewModel.Today today = new TodayViewModel.Today(json.readValue(DASHBOARD, Dashboard.class),
                json.readValue(FORECAST, Forecast.class));

        assertThat(TodayViewModel.hours(today)).containsExactly(
                new TodayViewModel.HourPoint(11, new BigDecimal("100.00"), new BigDecimal("80.00"), null, null, null),
                new TodayViewModel.HourPoint(12, new BigDecimal("300.00"), new BigDecimal("320.00"), new BigDecimal("290.00"),
                        new BigDecimal("250.00"), new BigDecimal("330.00")));
        assertThat(TodayViewModel.hours(new TodayViewModel.Today(today.dashboard(), null))).extracting(TodayViewModel.HourPoint::expected)
                .containsOnlyNulls();
    }

    @Test
    void aChangeFromNothingIsNoChangeToShow() {
        assertThat(TodayViewModel.change(BigDecimal.TEN, BigDecimal.ZERO)).isNull();
        assertThat(TodayViewModel.change(new BigDecimal("15"), BigDecimal.TEN)).isEqualByComparingTo("50.0");
    }
}
