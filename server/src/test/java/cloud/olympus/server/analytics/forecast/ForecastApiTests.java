package cloud.olympus.server.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.assistant.internal.Language;
import cloud.olympus.server.assistant.internal.Phrases;
import cloud.olympus.server.commerce.OrderHistory;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import cloud.olympus.server.support.UserRequests;
import cloud.olympus.server.workforce.web.ShiftController.ShiftRequest;
import cloud.olympus.server.workforce.web.StaffController.StaffRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The forecast and the recommendations over HTTP, on a business with ten weeks of a weekly pattern
 * written into its history: what they answer, bad input, another business, a role without the permission.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecastApiTests extends ApiTest {

    /** Units of the one item sold each weekday, Monday first. */
    private static final int[] UNITS = {2, 2, 3, 3, 5, 6, 4};
    private static final int HISTORY = 70;

    @Autowired
    OrderHistory orderHistory;
    @Autowired
    Tenants tenants;
    @Autowired
    Clock clock;

    private TestShop shop;
    private String item;
    private String customer;
    private LocalDate today;

    @BeforeAll
    void aBusinessWithTenWeeksOfSales() {
        shop = openShop("restaurant");
        item = shop.item(ItemBuilder.item("FC-WINE", "10.00").stock(5).maxStock(40));
        customer = shop.customer("Regular");
        TenantSettings settings = tenants.settingsOf(shop.tenant().id());
        today = settings.businessDate(clock.instant());
        PastSales past = new PastSales(orderHistory, shop.tenant().id(), settings);
        for (int back = HISTORY; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            int units = UNITS[day.getDayOfWeek().getValue() - 1];
            // A regular who came every ten days, and stopped forty days ago.
            UUID regular = back >= 40 && back % 10 == 0 ? UUID.fromString(customer) : null;
            past.order(day, 12, UUID.fromString(item), (units + 1) / 2, "10.00", regular);
            past.order(day, 19, UUID.fromString(item), units / 2, "10.00", null);
        }
        past.write();
    }

    @Test
    void aWeeklyPatternIsForecastWithinAFewPercentAndBeatsTheMovingAverage() {
        JsonNode week = shop.owner().get("/api/v1/analytics/forecast?horizon=week").json();

        assertThat(week.get("target").asString()).isEqualTo("sales");
        assertThat(week.get("unit").asString()).isEqualTo(tenants.settingsOf(shop.tenant().id()).currency().getCurrencyCode());
        assertThat(week.get("method").asString()).isEqualTo("holt_winters_weekly");
        assertThat(week.get("interval_percent").asInt()).isEqualTo(80);
        assertThat(week.get("history_days").asInt()).isEqualTo(HISTORY);
        assertThat(week.get("days")).hasSize(7);
        for (int d = 0; d < 7; d++) {
            JsonNode day = week.get("days").get(d);
            LocalDate date = today.plusDays(d + 1);
            assertThat(day.get("date").asString()).isEqualTo(date.toString());
            double actual = 10.0 * UNITS[date.getDayOfWeek().getValue() - 1];
            assertThat(day.get("expected").asDouble()).as(date.toString()).isBetween(actual * 0.95, actual * 1.05);
            assertThat(day.get("low").asDouble()).isLessThanOrEqualTo(day.get("expected").asDouble());
            assertThat(day.get("high").asDouble()).isGreaterThanOrEqualTo(day.get("expected").asDouble());
        }
        assertThat(week.get("hours")).hasSize(24);
        assertThat(week.get("today_hours")).hasSize(24);
        double noon = week.get("today_hours").get(12).get("expected").asDouble();
        double evening = week.get("today_hours").get(19).get("expected").asDouble();
        assertThat(week.get("today_hours").get(3).get("expected").asDouble()).isZero();
        assertThat(noon + evening).isBetween(10.0 * UNITS[today.getDayOfWeek().getValue() - 1] * 0.95,
                10.0 * UNITS[today.getDayOfWeek().getValue() - 1] * 1.05);
        JsonNode backtest = week.get("backtest");
        assertThat(backtest.get("days").asInt()).isEqualTo(28);
        assertThat(backtest.get("baseline").asString()).isEqualTo("moving_average_7");
        assertThat(backtest.get("mape_percent").asDouble()).isLessThan(backtest.get("baseline_mape_percent").asDouble());
        assertThat(backtest.get("coverage_percent").isNull()).isFalse();
    }

    @Test
    void anItemIsForecastInUnits() {
        JsonNode day = shop.owner().get("/api/v1/analytics/forecast?item_id=" + item + "&date=" + today.minusDays(1)).json();

        assertThat(day.get("target").asString()).isEqualTo("item");
        assertThat(day.get("item_id").asString()).isEqualTo(item);
        assertThat(day.get("unit").asString()).isEqualTo("units");
        assertThat(day.get("days")).hasSize(1);
        assertThat(day.get("days").get(0).get("date").asString()).isEqualTo(today.toString());
        assertThat(day.get("days").get(0).get("expected").asDouble())
                .isBetween(UNITS[today.getDayOfWeek().getValue() - 1] - 0.5, UNITS[today.getDayOfWeek().getValue() - 1] + 0.5);
        assertThat(day.get("history_days").asInt()).isEqualTo(HISTORY - 1);
    }

    @Test
    void anItemNeverSoldAndABusinessWithoutHistoryExpectNothingAndSaySo() {
        String unsold = shop.item("FC-NEVER", "3.00", 10);
        JsonNode never = shop.owner().get("/api/v1/analytics/forecast?item_id=" + unsold).json();
        assertThat(never.get("method").asString()).isEqualTo("moving_average_7");
        assertThat(never.get("note").asString()).contains("sold on 0 of " + HISTORY + " days");
        assertThat(never.get("days").get(0).get("expected").asDouble()).isZero();

        TestShop empty = openShop("retail");
        JsonNode nothing = empty.owner().get("/api/v1/analytics/forecast?horizon=week").json();
        assertThat(nothing.get("history_days").asInt()).isZero();
        assertThat(nothing.get("method").asString()).isEqualTo("moving_average_7");
        assertThat(nothing.get("days")).hasSize(7);
        assertThat(nothing.get("backtest").get("mape_percent").isNull()).isTrue();
        assertThat(empty.owner().get("/api/v1/assistant/recommendations").json()).isEmpty();
    }

    @Test
    void badInputIsA400AndAnotherBusinesssItemOrLocationIsNotThere() {
        Http owner = shop.owner();
        for (String query : List.of("horizon=year", "date=1e1000000", "date=" + today.plusDays(1), "date=1999-12-31",
                "item_id=nope", "location_id=42")) {
            Http.Response answer = owner.get("/api/v1/analytics/forecast?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
        TestShop other = openShop("restaurant");
        String theirs = other.item("FC-THEIRS", "5.00", 10);
        assertThat(owner.get("/api/v1/analytics/forecast?item_id=" + theirs).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/analytics/forecast?location_id=" + other.tenant().id()).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/assistant/recommendations?location_id=" + other.tenant().id()).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/assistant/recommendations?location_id=x").status()).isEqualTo(400);
        // The other business sees its own (empty) history, not this one's.
        assertThat(other.owner().get("/api/v1/analytics/forecast").json().get("history_days").asInt()).isZero();
    }

    @Test
    void aCashierMayNotSeeForecastsOrRecommendations() {
        String cashier = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "cashier");
        assertThat(http(cashier).get("/api/v1/analytics/forecast").status()).isEqualTo(403);
        assertThat(http(cashier).get("/api/v1/assistant/recommendations").status()).isEqualTo(403);
    }

    @Test
    void recommendationsReorderTheItemRunningOutWinBackTheRegularAndStaffTheBusyHours() {
        Http owner = shop.owner();
        Http.Response user = owner.post("/api/v1/users", UserRequests.user("fc-" + UUID.randomUUID().toString().substring(0, 6)
                + "@" + shop.tenant().slug() + ".test", "server"));
        Http.Response staff = owner.post("/api/v1/workforce/staff", new StaffRequest(UUID.fromString(user.json().get("id").asString()),
                "server", new BigDecimal("12"), null, null, null));
        assertThat(staff.status()).as(staff.toString()).isEqualTo(201);
        LocalDate tomorrow = today.plusDays(1);
        TenantSettings settings = tenants.settingsOf(shop.tenant().id());
        Http.Response shift = owner.post("/api/v1/workforce/shifts", new ShiftRequest(shop.tenant().id(),
                UUID.fromString(staff.json().get("id").asString()), "server",
                tomorrow.atTime(11, 0).atZone(settings.zone()).toInstant(), tomorrow.atTime(14, 0).atZone(settings.zone()).toInstant(),
                0, null, null));
        assertThat(shift.status()).as(shift.toString()).isEqualTo(201);
        assertThat(owner.patch("/api/v1/workforce/settings", Map.of("orders_per_staff_hour", "0.5")).status()).isEqualTo(200);

        JsonNode all = owner.get("/api/v1/assistant/recommendations").json();

        JsonNode reorder = first(all, "reorder");
        assertThat(reorder.get("priority").asString()).isEqualTo("high");
        assertThat(reorder.get("action").get("item_id").asString()).isEqualTo(item);
        int weekUnits = java.util.Arrays.stream(UNITS).sum();
        assertThat(reorder.get("action").get("quantity").asInt()).isGreaterThanOrEqualTo(weekUnits - 5).isGreaterThanOrEqualTo(35);
        assertThat(reorder.get("figures").get(0).get("label").asString()).isEqualTo("on_hand");
        assertThat(reorder.get("figures").get(0).get("value").asInt()).isEqualTo(5);
        assertThat(reorder.get("reason").asString()).contains("5 on hand");

        JsonNode winBack = first(all, "win_back");
        assertThat(winBack.get("action").get("customer_ids").get(0).asString()).isEqualTo(customer);
        assertThat(winBack.get("figures").get(0).get("value").asInt()).isEqualTo(1);
        assertThat(winBack.get("expected_impact").asString()).contains(" a month");

        JsonNode addStaff = first(all, "add_staff");
        assertThat(addStaff.get("action").get("date").asString()).isEqualTo(tomorrow.toString());
        assertThat(addStaff.get("action").get("quantity").asInt()).isPositive();
        assertThat(addStaff.get("figures").get(2).get("value").asDouble()).isEqualTo(0.5);
    }

    @Test
    void recommendationsAreWrittenInTheLanguageAskedForOrAcceptedWithTheSameFigures() {
        Http owner = shop.owner();
        JsonNode english = first(owner.get("/api/v1/assistant/recommendations").json(), "reorder");
        JsonNode german = first(owner.get("/api/v1/assistant/recommendations?language=de").json(), "reorder");
        JsonNode french = first(owner.withHeader("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.5")
                .get("/api/v1/assistant/recommendations").json(), "reorder");
        JsonNode spanish = first(owner.withHeader("Accept-Language", "de").get("/api/v1/assistant/recommendations?language=es").json(),
                "reorder");

        assertThat(english.get("title").asString()).startsWith("Reorder ");
        assertThat(german.get("title").asString()).endsWith(" nachbestellen");
        assertThat(french.get("title").asString()).startsWith("Réapprovisionner ");
        assertThat(spanish.get("title").asString()).startsWith("Reponer ");
        BigDecimal demand = english.get("figures").get(1).get("value").decimalValue();
        java.util.Currency currency = tenants.settingsOf(shop.tenant().id()).currency();
        assertThat(english.get("reason").asString()).contains(new Phrases(Language.EN, currency, 2).number(demand) + " expected to sell");
        assertThat(german.get("reason").asString()).contains(new Phrases(Language.DE, currency, 2).number(demand) + " erwarteten");
        assertThat(french.get("reason").asString()).contains(new Phrases(Language.FR, currency, 2).number(demand) + " ventes");
        for (JsonNode other : List.of(german, french, spanish)) {
            assertThat(other.get("figures")).isEqualTo(english.get("figures"));
            assertThat(other.get("action")).isEqualTo(english.get("action"));
        }
        Http.Response unknown = owner.get("/api/v1/assistant/recommendations?language=it");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asString()).isEqualTo("language");
    }

    private static JsonNode first(JsonNode all, String kind) {
        for (JsonNode r : all) {
            if (r.get("kind").asString().equals(kind)) {
                return r;
            }
        }
        throw new AssertionError("no " + kind + " in " + all);
    }
}
