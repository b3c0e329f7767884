package cloud.olympus.server.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.analytics.forecast.DailyHistory.Measure;
import cloud.olympus.server.commerce.OrderHistory;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestOrganisation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An organisation's forecast over HTTP: its own sales and its two locations' added up per business day,
 * an item forecast where it sells, and another business's location not there. Ten days of history, so
 * the forecast is the 7-day moving average, which adds up as the history does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecastOrganisationTests extends ApiTest {

    private static final int DAYS = 10;

    @Autowired
    OrderHistory orderHistory;
    @Autowired
    Tenants tenants;
    @Autowired
    Forecasts forecasts;
    @Autowired
    Clock clock;

    private TestOrganisation org;
    private UUID north;
    private UUID south;
    private LocalDate today;

    @BeforeAll
    void anOrganisationWhoseLocationsSoldForTenDays() {
        org = TestOrganisation.open(http());
        north = UUID.fromString(org.north());
        south = UUID.fromString(org.south());
        today = tenants.settingsOf(org.org().id()).businessDate(clock.instant());
        PastSales atNorth = sales(north);
        PastSales atSouth = sales(south);
        for (int back = DAYS; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            // North: 3 units at 4.00 every day at noon; south: 2 at 5.00 on the last eight days, at noon.
            atNorth.order(day, 12, UUID.fromString(org.northItem()), 3, "4.00", null);
            if (back <= 8) {
                atSouth.order(day, 12, UUID.fromString(org.southItem()), 2, "5.00", null);
            }
        }
        atNorth.write();
        atSouth.write();
        // The organisation's own till sold once, two days ago.
        sales(org.org().id()).order(today.minusDays(2), 12, UUID.randomUUID(), 1, "7.00", null).write();
    }

    @Test
    void theHistoryIsTheOrganisationsOwnSalesAndItsLocationsAddedUpPerBusinessDay() {
        DailyHistory whole = TenantContext.callAs(org.org().id(), () -> forecasts.salesHistory(org.org().id(), today));
        DailyHistory atNorth = TenantContext.callAs(north, () -> forecasts.salesHistory(north, today));
        DailyHistory atSouth = TenantContext.callAs(south, () -> forecasts.salesHistory(south, today));

        assertThat(whole.first()).isEqualTo(today.minusDays(DAYS));
        assertThat(whole.days()).isEqualTo(DAYS);
        assertThat(atSouth.first()).isEqualTo(today.minusDays(8));
        double[] expected = {12, 12, 22, 22, 22, 22, 22, 22, 29, 22};
        assertThat(whole.series(Measure.REVENUE)).containsExactly(expected);
        assertThat(whole.series(Measure.ORDERS)).containsExactly(1, 1, 2, 2, 2, 2, 2, 2, 3, 2);
        assertThat(whole.series(Measure.UNITS)).containsExactly(3, 3, 5, 5, 5, 5, 5, 5, 6, 5);
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = whole.first().plusDays(d);
            double own = day.equals(today.minusDays(2)) ? 7 : 0;
            assertThat(whole.series(Measure.REVENUE)[d]).as(day.toString())
                    .isEqualTo(own + valueOn(atNorth, day) + valueOn(atSouth, day));
        }
    }

    @Test
    void theOrganisationsForecastIsItsLocationsAddedUp() {
        JsonNode whole = org.owner().get("/api/v1/analytics/forecast").json();
        JsonNode atNorth = org.owner().get("/api/v1/analytics/forecast?location_id=" + north).json();
        JsonNode atSouth = org.owner().get("/api/v1/analytics/forecast?location_id=" + south).json();

        assertThat(whole.get("history_days").asInt()).isEqualTo(DAYS);
        assertThat(whole.get("method").asString()).isEqualTo("moving_average_7");
        // The last seven days: 12 + 10 a day at the locations, and 7 once at the organisation.
        assertThat(expected(whole.get("days").get(0))).isEqualByComparingTo("23.00");
        assertThat(expected(atNorth.get("days").get(0))).isEqualByComparingTo("12.00");
        assertThat(expected(atSouth.get("days").get(0))).isEqualByComparingTo("10.00");
        assertThat(expected(whole.get("today_hours").get(12))).isEqualByComparingTo("23.00");
        assertThat(expected(whole.get("hours").get(12))).isEqualByComparingTo("23.00");
        // Asking for itself is asking for the whole; a location asking for itself sees only itself.
        assertThat(org.owner().get("/api/v1/analytics/forecast?location_id=" + org.org().id()).json()).isEqualTo(whole);
        assertThat(expected(org.atNorth().get("/api/v1/analytics/forecast").json().get("days").get(0))).isEqualByComparingTo("12.00");
    }

    @Test
    void eachDayOfTheHistoryIsTheOrganisationDashboardsSalesOfThatDay() {
        Http.Response rebuilt = org.owner().send("POST", "/api/v1/analytics/rebuild", null, null);
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        DailyHistory whole = TenantContext.callAs(org.org().id(), () -> forecasts.salesHistory(org.org().id(), today));

        for (int back : new int[] {DAYS, 8, 2, 1}) {
            LocalDate day = today.minusDays(back);
            JsonNode dashboard = org.owner().get("/api/v1/analytics/dashboard?date=" + day).json();
            assertThat(dashboard.at("/sales/revenue").decimalValue()).as(day.toString())
                    .isEqualByComparingTo(BigDecimal.valueOf(valueOn(whole, day)));
        }
    }

    @Test
    void anItemIsForecastAtThePlaceWhoseCatalogueHasIt() {
        JsonNode item = org.owner().get("/api/v1/analytics/forecast?item_id=" + org.southItem()).json();

        assertThat(item.get("item_id").asString()).isEqualTo(org.southItem());
        assertThat(item.get("history_days").asInt()).isEqualTo(8);
        assertThat(expected(item.get("days").get(0))).isEqualByComparingTo("2");
        assertThat(org.owner().get("/api/v1/analytics/forecast?item_id=" + org.southItem() + "&location_id=" + south).json())
                .isEqualTo(item);
        assertThat(org.owner().get("/api/v1/analytics/forecast?item_id=" + org.southItem() + "&location_id=" + north).status())
                .isEqualTo(404);
        assertThat(org.owner().get("/api/v1/analytics/forecast?item_id=" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void anotherBusinesssLocationIsNotThere() {
        TestOrganisation other = TestOrganisation.open(http());
        assertThat(org.owner().get("/api/v1/analytics/forecast?location_id=" + other.north()).status()).isEqualTo(404);
        assertThat(org.owner().get("/api/v1/analytics/forecast?item_id=" + other.northItem()).status()).isEqualTo(404);
        assertThat(org.owner().get("/api/v1/assistant/recommendations?location_id=" + other.north()).status()).isEqualTo(404);
        // The other organisation's forecast has none of this one's sales.
        assertThat(other.owner().get("/api/v1/analytics/forecast").json().get("history_days").asInt()).isZero();
    }

    private PastSales sales(UUID tenant) {
        return new PastSales(orderHistory, tenant, tenants.settingsOf(tenant));
    }

    private static double valueOn(DailyHistory history, LocalDate day) {
        int index = (int) (day.toEpochDay() - history.first().toEpochDay());
        return index < 0 || index >= history.days() ? 0 : history.series(Measure.REVENUE)[index];
    }

    private static BigDecimal expected(JsonNode point) {
        return point.get("expected").decimalValue();
    }
}
