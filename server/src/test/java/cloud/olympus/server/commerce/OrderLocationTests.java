package cloud.olympus.server.commerce;

import static cloud.olympus.server.support.ItemBuilder.newPrice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.commerce.web.OrderController.RefundRequest;
import cloud.olympus.server.commerce.web.OrderController.ReviewRequest;
import cloud.olympus.server.platform.web.TenantController.ChangeLocationRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestOrganisation;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.support.TestTenants;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An organisation's orders read location by location, with {@code location_id}, from the organisation's own login. */
class OrderLocationTests extends ApiTest {

    @Test
    void theListAndAnOrderAreThoseOfTheLocationNamed() {
        TestOrganisation org = TestOrganisation.open(http());
        String atNorth = org.orderAtNorth();
        String atSouth = org.orderAtSouth();

        assertThat(ids(org.owner(), "/api/v1/orders?location_id=" + org.north())).containsExactly(atNorth);
        assertThat(ids(org.owner(), "/api/v1/orders?location_id=" + org.south() + "&status=pending")).containsExactly(atSouth);
        assertThat(ids(org.owner(), "/api/v1/orders")).as("the organisation's own orders only")
                .doesNotContain(atNorth, atSouth);
        assertThat(ids(org.owner(), "/api/v1/orders?location_id=" + org.org().id())).doesNotContain(atNorth, atSouth);

        Http.Response opened = org.owner().get("/api/v1/orders/" + atNorth + "?location_id=" + org.north());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.json().get("id").asString()).isEqualTo(atNorth);
        assertThat(org.owner().get("/api/v1/orders/" + atNorth + "?location_id=" + org.south()).status()).isEqualTo(404);
        assertThat(org.owner().get("/api/v1/orders/" + atNorth).status()).isEqualTo(404);
    }

    @Test
    void aLocationsSaleWaitingForReviewIsListedAndClearedFromTheOrganisation() {
        TestOrganisation org = TestOrganisation.open(http());
        // The north till rang the item at 4.00 offline; meanwhile its price went up to 5.00.
        assertThat(org.atNorth().patch("/api/v1/inventory/items/" + org.northItem(), newPrice("5.00")).status()).isEqualTo(200);
        UUID id = UUID.randomUUID();
        Http.Response sale = TillSaleTests.send(org.atNorth(), TillSaleTests.sale(id, Instant.now().minusSeconds(600))
                .line(org.northItem(), 1, "4.00").amounts("4.00", "0.35", "4.35").tender("card", "4.35").offline());
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        assertThat(sale.json().get("needs_review").asBoolean()).isTrue();

        assertThat(ids(org.owner(), "/api/v1/orders?needs_review=true&location_id=" + org.north())).containsExactly(id.toString());
        assertThat(ids(org.owner(), "/api/v1/orders?needs_review=true")).isEmpty();
        assertThat(org.owner().post("/api/v1/orders/" + id + "/review", new ReviewRequest("checked")).status()).isEqualTo(404);
        assertThat(org.owner().post("/api/v1/orders/" + id + "/review?location_id=" + org.south(), new ReviewRequest("checked"))
                .status()).isEqualTo(404);
        Http.Response reviewed = org.owner().post("/api/v1/orders/" + id + "/review?location_id=" + org.north(),
                new ReviewRequest("price went up on Monday"));
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().get("needs_review").asBoolean()).isFalse();
        assertThat(ids(org.owner(), "/api/v1/orders?needs_review=true&location_id=" + org.north())).isEmpty();
    }

    @Test
    void aClosedLocationsOrdersReportsAndDashboardAreStillReadButNothingIsWrittenThere() {
        TestOrganisation org = TestOrganisation.open(http());
        String atNorth = org.orderAtNorth();
        String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(org.owner().patch("/api/v1/tenant/locations/" + org.north(), new ChangeLocationRequest(null, false)).status())
                .isEqualTo(200);
        String at = "location_id=" + org.north();

        assertThat(ids(org.owner(), "/api/v1/orders?" + at)).containsExactly(atNorth);
        Http.Response order = org.owner().get("/api/v1/orders/" + atNorth + "?" + at);
        assertThat(order.status()).as(order.toString()).isEqualTo(200);
        for (String path : new String[]{"/api/v1/reports/z?date=" + day + "&" + at,
                "/api/v1/reports/sales?from=" + day + "&to=" + day + "&" + at, "/api/v1/analytics/dashboard?" + at}) {
            Http.Response read = org.owner().get(path);
            assertThat(read.status()).as(path + ": " + read).isEqualTo(200);
        }
        Http.Response review = org.owner().post("/api/v1/orders/" + atNorth + "/review?" + at, new ReviewRequest("checked"));
        assertThat(review.status()).as("nothing is written at a closed location").isEqualTo(404);
        assertThat(org.owner().withHeader("X-Tenant-Id", org.north()).get("/api/v1/orders").status()).isEqualTo(404);

        TestOrganisation other = TestOrganisation.open(http());
        assertThat(other.owner().get("/api/v1/orders?" + at).status()).as("nor by another business").isEqualTo(404);
        assertThat(other.owner().get("/api/v1/analytics/dashboard?" + at).status()).isEqualTo(404);
    }

    @Test
    void anotherBusinesssLocationOrNoLocationIsNotFoundAndNoIdIsRefused() {
        TestOrganisation org = TestOrganisation.open(http());
        TestOrganisation other = TestOrganisation.open(http());
        other.orderAtNorth();

        Http.Response theirs = org.owner().get("/api/v1/orders?location_id=" + other.north());
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(404);
        assertThat(theirs.contentType()).startsWith("application/problem+json");
        assertThat(org.owner().get("/api/v1/orders?location_id=" + other.org().id()).status()).isEqualTo(404);
        assertThat(org.owner().get("/api/v1/orders?location_id=" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(org.atNorth().get("/api/v1/orders?location_id=" + org.south()).status())
                .as("a location does not see its sibling").isEqualTo(404);

        Http.Response notAnId = org.owner().get("/api/v1/orders?location_id=north");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.json().get("field").asString()).isEqualTo("location_id");
    }

    @Test
    void aLocationsSaleIsRefundedAndItsAuditTrailReadFromTheOrganisation() {
        TestOrganisation org = TestOrganisation.open(http());
        String order = org.orderAtNorth();
        TestShop north = new TestShop(org.org(), org.atNorth());
        JsonNode placed = org.atNorth().get("/api/v1/orders/" + order).json();
        assertThat(north.pay(order, "card", placed.get("total").decimalValue().toPlainString()).status()).isEqualTo(201);
        RefundRequest refund = new RefundRequest(new BigDecimal("1.00"), null, "cracked", null, null, null, null);

        assertThat(refund(org.owner(), order, "", refund).status()).as("not the organisation's own order").isEqualTo(404);
        assertThat(refund(org.owner(), order, "?location_id=" + org.south(), refund).status()).isEqualTo(404);
        TestOrganisation other = TestOrganisation.open(http());
        Http.Response theirs = refund(other.owner(), order, "?location_id=" + org.north(), refund);
        assertThat(theirs.status()).as("another business's location").isEqualTo(404);
        assertThat(theirs.contentType()).startsWith("application/problem+json");
        assertThat(refund(org.owner(), order, "?location_id=north", refund).status()).isEqualTo(400);
        assertThat(refund(org.atNorth(), order, "?location_id=" + org.south(), refund).status())
                .as("a location does not refund its sibling's").isEqualTo(404);

        String key = UUID.randomUUID().toString();
        Http.Response refunded = org.owner().withHeader("Idempotency-Key", key)
                .post("/api/v1/orders/" + order + "/refunds?location_id=" + org.north(), refund);
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
        assertThat(refunded.json().get("refunded_total").decimalValue()).isEqualByComparingTo("1.00");
        Http.Response again = org.owner().withHeader("Idempotency-Key", key)
                .post("/api/v1/orders/" + order + "/refunds?location_id=" + org.north(), refund);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(org.atNorth().get("/api/v1/orders/" + order).json().get("refunds")).hasSize(1);

        String trail = "/api/v1/audit?subject=" + order;
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(org.owner()
                .get(trail + "&location_id=" + org.north()).json().get("data").findValuesAsString("action")).contains("order.refunded"));
        assertThat(org.owner().get(trail).json().get("data")).as("the organisation's own trail").isEmpty();
        assertThat(org.owner().get(trail + "&location_id=" + org.south()).json().get("data")).isEmpty();
        assertThat(other.owner().get(trail + "&location_id=" + org.north()).status()).isEqualTo(404);
        assertThat(org.owner().get(trail + "&location_id=" + other.north()).status()).isEqualTo(404);
        assertThat(org.owner().get(trail + "&location_id=north").status()).isEqualTo(400);
        String cashier = TestTenants.addUserAndLogin(org.owner(), org.org().slug(), "cashier");
        assertThat(http(cashier).get(trail + "&location_id=" + org.north()).status()).isEqualTo(403);
    }

    private static Http.Response refund(Http as, String order, String query, RefundRequest refund) {
        return as.withHeader("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/orders/" + order + "/refunds" + query,
                refund);
    }

    private static java.util.List<String> ids(Http http, String path) {
        Http.Response answer = http.get(path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode data = answer.json().get("data");
        java.util.List<String> ids = new java.util.ArrayList<>();
        data.forEach(o -> ids.add(o.get("id").asString()));
        return ids;
    }
}
