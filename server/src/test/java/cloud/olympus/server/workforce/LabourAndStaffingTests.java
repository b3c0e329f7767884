package cloud.olympus.server.workforce;

import static cloud.olympus.server.support.OrderRequests.refund;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.LiveSocket;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import cloud.olympus.server.support.UserRequests;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;

/**
 * Labour against sales on a constructed day (exact figures), and staffing alerts: the past rule,
 * the planned rule with its four-week baseline, checking again, acknowledging, and the live event.
 */
class LabourAndStaffingTests extends ApiTest {

    @Autowired
    @Qualifier("owner")
    DataSource ownerDataSource;

    @Test
    void labourAgainstSalesHourByHourWithExactFigures() {
        Day day = constructedDay();
        JsonNode labour = day.shop.owner().get("/api/v1/workforce/labour?date=" + day.date).json();

        JsonNode eleven = hour(labour, day.at(11, 0));
        assertThat(eleven.get("orders").asLong()).isZero();
        assertThat(eleven.get("labour_cost").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(eleven.get("staff_on_shift").asInt()).isEqualTo(1);
        assertThat(eleven.get("labour_percent").isNull()).isTrue();

        JsonNode noon = hour(labour, day.at(12, 0));
        assertThat(noon.get("orders").asLong()).isEqualTo(3);
        assertThat(noon.get("revenue").decimalValue()).isEqualByComparingTo(day.noonRevenue);
        assertThat(noon.get("labour_cost").decimalValue()).isEqualByComparingTo("17.50");
        assertThat(noon.get("staff_on_shift").asInt()).isEqualTo(2);
        assertThat(noon.get("labour_percent").decimalValue()).isEqualByComparingTo(
                new BigDecimal("1750").divide(day.noonRevenue, 1, java.math.RoundingMode.HALF_UP));

        JsonNode one = hour(labour, day.at(13, 0));
        assertThat(one.get("labour_cost").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(one.get("staff_on_shift").asInt()).isEqualTo(2);
        assertThat(hour(labour, day.at(14, 0)).get("staff_on_shift").asInt()).isZero();

        JsonNode totals = labour.get("totals");
        assertThat(totals.get("orders").asLong()).isEqualTo(5);
        assertThat(totals.get("revenue").decimalValue()).isEqualByComparingTo(day.noonRevenue.add(day.twoRevenue));
        assertThat(totals.get("labour_cost").decimalValue()).isEqualByComparingTo("52.50");
        assertThat(totals.get("staff_on_shift").asInt()).isEqualTo(2);
    }

    @Test
    void pastHoursShortOfPeopleAreAlertedOnceAndOverWhenTheRuleNoLongerHolds() {
        Day day = constructedDay();
        WorkforceRows rows = WorkforceRows.of(ownerDataSource, day.shop.tenant().id());
        rows.ordersPerStaffHour("1");
        Http owner = day.shop.owner();

        JsonNode first = check(owner, day.date);
        assertThat(first).hasSize(2);
        JsonNode noon = first.get(0);
        assertThat(noon.get("kind").asString()).isEqualTo("understaffed");
        assertThat(noon.get("severity").asString()).isEqualTo("warning");
        assertThat(noon.get("message_key").asString()).isEqualTo("alert.understaffed");
        assertThat(noon.at("/subject/type").asString()).isEqualTo("location");
        assertThat(noon.at("/subject/id").asString()).isEqualTo(day.shop.tenant().id().toString());
        assertThat(java.time.OffsetDateTime.parse(noon.at("/arguments/hour").asString()).toInstant()).isEqualTo(day.at(12, 0));
        assertThat(noon.at("/arguments/orders").asInt()).isEqualTo(3);
        assertThat(noon.at("/arguments/staff").asInt()).isEqualTo(2);
        assertThat(noon.at("/arguments/threshold").asInt()).isEqualTo(1);
        JsonNode two = first.get(1);
        assertThat(two.get("severity").asString()).isEqualTo("critical");
        assertThat(two.at("/arguments/orders").asInt()).isEqualTo(2);
        assertThat(two.at("/arguments/staff").asInt()).isZero();

        JsonNode again = check(owner, day.date);
        assertThat(again).hasSize(2);
        assertThat(ids(again)).isEqualTo(ids(first));
        assertThat(owner.get("/api/v1/workforce/alerts").json().get("data")).hasSize(2);

        rows.ordersPerStaffHour("2");
        JsonNode relaxed = check(owner, day.date);
        assertThat(relaxed.get(0).get("resolved_at").isNull()).isFalse();
        assertThat(relaxed.get(1).get("resolved_at").isNull()).isTrue();
        assertThat(ids(owner.get("/api/v1/workforce/alerts").json().get("data"))).containsExactly(two.get("id").asString());
    }

    @Test
    void plannedHoursShortOfPeopleAgainstTheFourWeekBaselineArePushedAndEndWhenThePlanChanges() {
        TestShop shop = openShop("retail");
        String coffee = shop.item(ItemBuilder.item("COFFEE", "3.00").stock(500));
        ZoneId zone = ZoneId.of(shop.owner().get("/api/v1/workforce/labour?date=" + LocalDate.now()).json()
                .get("timezone").asString());
        LocalDateTime target = LocalDate.now(zone).plusDays(2).atTime(10, 0);
        WorkforceRows rows = WorkforceRows.of(ownerDataSource, shop.tenant().id());
        rows.ordersPerStaffHour("1");
        for (int week = 1; week <= 4; week++) {
            LocalDateTime then = target.minusWeeks(week).plusMinutes(5);
            for (int n = 0; n < 2; n++) {
                rows.orderAt(completed(shop, coffee), then.atZone(zone).toInstant(), then.toLocalDate());
            }
        }
        UUID ana = rows.staff(user(shop), "18.00");
        UUID ben = rows.staff(user(shop), "18.00");
        Instant from = target.atZone(zone).toInstant();
        rows.shift(ana, from, from.plusSeconds(3600));
        String manager = TestTenants.addUserAndLogin(shop.owner(), shop.tenant().slug(), "manager");

        try (LiveSocket screen = LiveSocket.authenticated(port, manager)) {
            screen.subscribe(null, "alerts");
            JsonNode planned = check(shop.owner(), target.toLocalDate());
            assertThat(planned).hasSize(1);
            JsonNode alert = planned.get(0);
            assertThat(alert.get("kind").asString()).isEqualTo("understaffed_planned");
            assertThat(alert.get("severity").asString()).isEqualTo("critical");
            assertThat(alert.at("/arguments/orders").asInt()).isEqualTo(2);
            assertThat(alert.at("/arguments/staff").asInt()).isEqualTo(1);
            String id = alert.get("id").asString();

            JsonNode raised = screen.await(m -> m.path("event").asString().equals("alert.raised")
                    && m.path("topic").asString().equals("alerts") && m.at("/data/id").asString().equals(id));
            assertThat(raised.at("/data/kind").asString()).isEqualTo("understaffed_planned");
            assertThat(raised.at("/data/message_key").asString()).isEqualTo("alert.understaffed_planned");

            Http.Response acknowledged = http(manager).post("/api/v1/workforce/alerts/" + id + "/acknowledge", Map.of());
            assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
            assertThat(acknowledged.json().get("acknowledged_by").asString()).isNotBlank();
            screen.await(m -> m.path("event").asString().equals("alert.acknowledged") && m.at("/data/id").asString().equals(id));
        }

        rows.shift(ben, from, from.plusSeconds(3600));
        JsonNode replanned = check(shop.owner(), target.toLocalDate());
        assertThat(replanned).hasSize(1);
        assertThat(replanned.get(0).get("resolved_at").isNull()).isFalse();
    }

    @Test
    void anotherBusinessesAlertIsNotThereAndRolesWithoutThePermissionAreRefused() {
        Day day = constructedDay();
        WorkforceRows.of(ownerDataSource, day.shop.tenant().id()).ordersPerStaffHour("1");
        String alert = check(day.shop.owner(), day.date).get(0).get("id").asString();

        TestTenants.Opened other = openTenant("retail", "professional");
        Http.Response foreign = http(other.accessToken()).post("/api/v1/workforce/alerts/" + alert + "/acknowledge", Map.of());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.problemType()).endsWith("not-found");
        assertThat(http(other.accessToken()).get("/api/v1/workforce/alerts").json().get("data")).isEmpty();
        assertThat(http(other.accessToken()).get("/api/v1/workforce/labour?date=" + day.date + "&location_id="
                + day.shop.tenant().id()).status()).isEqualTo(404);

        String cashier = TestTenants.addUserAndLogin(day.shop.owner(), day.shop.tenant().slug(), "cashier");
        assertThat(http(cashier).get("/api/v1/workforce/labour?date=" + day.date).status()).isEqualTo(403);
        assertThat(http(cashier).post("/api/v1/workforce/alerts/" + alert + "/acknowledge", Map.of()).status()).isEqualTo(403);
        assertThat(http(cashier).get("/api/v1/workforce/alerts").status()).isEqualTo(200);
    }

    @Test
    void badDatesAreRefused() {
        TestShop shop = openShop("retail");
        for (String date : List.of("1900-01-01", "9999-99", "9999-12-31", "2026-01-01%00", "%00", "")) {
            Http.Response answer = shop.owner().get("/api/v1/workforce/labour?date=" + date);
            assertThat(answer.status()).as(date + " " + answer).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        Http.Response check = shop.owner().post("/api/v1/workforce/alerts/check", Map.of("date", "9999-99"));
        assertThat(check.status()).as(check.toString()).isEqualTo(400);
        assertThat(shop.owner().get("/api/v1/workforce/labour?date=2026-01-01&location_id=nope").status()).isEqualTo(400);
    }

    /**
     * A day ten days ago: 3 orders at noon (one partly refunded) and 2 at two o'clock; Ana (20.00 an hour)
     * clocked in 11:30 to 13:30 with a break 12:15 to 12:45, Ben (15.00) 12:30 to 14:00.
     */
    private Day constructedDay() {
        TestShop shop = openShop("retail");
        String mug = shop.item(ItemBuilder.item("MUG", "10.00").stock(100));
        ZoneId zone = ZoneId.of(shop.owner().get("/api/v1/workforce/labour?date=" + LocalDate.now()).json()
                .get("timezone").asString());
        LocalDate date = LocalDate.now(zone).minusDays(10);
        Day day = new Day(shop, date, zone);
        WorkforceRows rows = WorkforceRows.of(ownerDataSource, shop.tenant().id());
        BigDecimal noon = BigDecimal.ZERO;
        String refunded = null;
        for (int minute : new int[] {10, 20, 40}) {
            String order = completed(shop, mug);
            rows.orderAt(order, day.at(12, minute), date);
            noon = noon.add(shop.owner().get("/api/v1/orders/" + order).json().get("total").decimalValue());
            refunded = order;
        }
        Http.Response refund = shop.owner().post("/api/v1/orders/" + refunded + "/refunds", refund("4.00", "chipped"));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
        day.noonRevenue = noon.subtract(new BigDecimal("4.00"));
        BigDecimal two = BigDecimal.ZERO;
        for (int minute : new int[] {10, 20}) {
            String order = completed(shop, mug);
            rows.orderAt(order, day.at(14, minute), date);
            two = two.add(shop.owner().get("/api/v1/orders/" + order).json().get("total").decimalValue());
        }
        day.twoRevenue = two;
        UUID ana = rows.staff(user(shop), "20.00");
        UUID ben = rows.staff(user(shop), "15.00");
        UUID anaDay = rows.timeEntry(ana, day.at(11, 30), day.at(13, 30));
        rows.pause(anaDay, day.at(12, 15), day.at(12, 45));
        rows.timeEntry(ben, day.at(12, 30), day.at(14, 0));
        return day;
    }

    private static String completed(TestShop shop, String item) {
        JsonNode placed = shop.placed(item, 1);
        String id = placed.get("id").asString();
        Http.Response paid = shop.pay(id, "cash", placed.get("total").decimalValue().toPlainString());
        assertThat(paid.status()).as(paid.toString()).isBetween(200, 201);
        return id;
    }

    private static UUID user(TestShop shop) {
        Http.Response created = shop.owner().post("/api/v1/users",
                UserRequests.user("staff-" + UUID.randomUUID().toString().substring(0, 6) + "@" + shop.tenant().slug() + ".test",
                        "cashier"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private static JsonNode check(Http owner, LocalDate date) {
        Http.Response checked = owner.post("/api/v1/workforce/alerts/check", Map.of("date", date.toString()));
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        return checked.json().get("data");
    }

    private static JsonNode hour(JsonNode labour, Instant start) {
        for (JsonNode hour : labour.get("hours")) {
            if (java.time.OffsetDateTime.parse(hour.get("hour").asString()).toInstant().equals(start)) {
                return hour;
            }
        }
        throw new AssertionError("No hour starting " + start + " in " + labour);
    }

    private static List<String> ids(JsonNode alerts) {
        List<String> ids = new java.util.ArrayList<>();
        alerts.forEach(a -> ids.add(a.get("id").asString()));
        return ids;
    }

    private static final class Day {
        final TestShop shop;
        final LocalDate date;
        final ZoneId zone;
        BigDecimal noonRevenue;
        BigDecimal twoRevenue;

        Day(TestShop shop, LocalDate date, ZoneId zone) {
            this.shop = shop;
            this.date = date;
            this.zone = zone;
        }

        Instant at(int hour, int minute) {
            return date.atTime(hour, minute).atZone(zone).toInstant();
        }
    }
}
