package cloud.olympus.server.commerce;

import static cloud.olympus.server.support.ItemBuilder.newPrice;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.commerce.web.OrderController.ReviewRequest;
import cloud.olympus.server.platform.web.TenantController.ChangeLocationRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestOrganisation;
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

    private static java.util.List<String> ids(Http http, String path) {
        Http.Response answer = http.get(path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode data = answer.json().get("data");
        java.util.List<String> ids = new java.util.ArrayList<>();
        data.forEach(o -> ids.add(o.get("id").asString()));
        return ids;
    }
}
