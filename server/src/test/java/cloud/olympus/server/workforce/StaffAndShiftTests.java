package cloud.olympus.server.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.OrderRequests;
import cloud.olympus.server.support.TestShop;
import cloud.olympus.server.workforce.web.ShiftController.ApplyRequest;
import cloud.olympus.server.workforce.web.ShiftController.CopyWeekRequest;
import cloud.olympus.server.workforce.web.ShiftController.ShiftRequest;
import cloud.olympus.server.workforce.web.ShiftController.TemplateRequest;
import cloud.olympus.server.workforce.web.StaffController.StaffRequest;
import cloud.olympus.server.workforce.web.StaffController.StaffRoleRequest;
import cloud.olympus.server.workforce.web.TimeClockController.ClockInRequest;
import cloud.olympus.server.workforce.web.TimeClockController.CorrectionRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Staff roles and their permissions taking effect, staff profiles, shifts and their claims, and what another business sees. */
class StaffAndShiftTests extends ApiTest {

    @Test
    void aPermissionAddedToAStaffRoleTakesEffectForItsPeopleWithinSeconds() {
        TestShop shop = openShop("restaurant");
        Crew crew = new Crew(shop.tenant(), shop.owner());
        String item = shop.item("WF-1", "10.00", 50);
        Crew.Member cashier = crew.staff("cashier", "server", "12");
        var discounted = OrderRequests.discounted(OrderRequests.lines(item, 1), OrderRequests.discount("percentage", "10", "regular"));
        assertThat(cashier.http().post("/api/v1/orders", discounted).status()).isEqualTo(403);

        JsonNode roles = crew.owner().get("/api/v1/workforce/staff-roles").json().get("data");
        assertThat(roles.findValuesAsString("code")).contains("server", "bartender", "stock_clerk", "shift_lead", "stylist");
        Http.Response changed = crew.owner().put("/api/v1/workforce/staff-roles/server",
                new StaffRoleRequest("Server", List.of("discount_apply")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> cashier.http().post("/api/v1/orders", discounted).status() == 201);
        List<String> permissions = cashier.http().get("/api/v1/users/me").json().get("permissions").valueStream()
                .map(JsonNode::asString).toList();
        assertThat(permissions).contains("discount_apply");
        await().atMost(Duration.ofSeconds(20)).until(() -> crew.owner()
                .get("/api/v1/audit?action=staff_role.permissions_changed").json().get("data").size() == 1);
        JsonNode entry = crew.owner().get("/api/v1/audit?action=staff_role.permissions_changed").json().get("data").get(0);
        assertThat(entry.get("after").get("permissions").get(0).asString()).isEqualTo("discount_apply");
        assertThat(entry.get("details").get("code").asString()).isEqualTo("server");
    }

    @Test
    void aStaffRoleNeverGrantsAnOwnersPowersAndBadInputIsRefused() {
        Crew crew = crew();
        for (String power : List.of("user_admin", "tenant_settings", "staff_admin", "audit_view", "location_create",
                "operations_view", "location_act")) {
            Http.Response refused = crew.owner().put("/api/v1/workforce/staff-roles/bartender",
                    new StaffRoleRequest("Bartender", List.of(power)));
            assertThat(refused.status()).as(power).isEqualTo(400);
        }
        assertThat(crew.owner().put("/api/v1/workforce/staff-roles/bartender", new StaffRoleRequest("Bar", List.of("flying")))
                .status()).isEqualTo(400);
        assertThat(crew.owner().put("/api/v1/workforce/staff-roles/Bad-Code", new StaffRoleRequest("Bad", List.of())).status())
                .isEqualTo(400);
        assertThat(crew.owner().put("/api/v1/workforce/staff-roles/sommelier", new StaffRoleRequest("Som\u0000", List.of()))
                .status()).isEqualTo(400);
        Crew.Member user = crew.user("server", null);
        assertThat(crew.owner().send("POST", "/api/v1/workforce/staff", "{\"user_id\":\"" + user.userId()
                + "\",\"staff_role\":\"server\",\"hourly_rate\":1e1000000}", "application/json").status()).isEqualTo(400);
        assertThat(crew.owner().post("/api/v1/workforce/staff", new StaffRequest(UUID.fromString(user.userId()), "server",
                new BigDecimal("12"), List.of(UUID.randomUUID()), null, null)).status()).isEqualTo(400);
        assertThat(crew.owner().post("/api/v1/workforce/staff", new StaffRequest(UUID.fromString(user.userId()), "pilot",
                new BigDecimal("12"), null, null, null)).status()).isEqualTo(400);
        assertThat(user.http().get("/api/v1/workforce/staff").status()).isEqualTo(403);
        assertThat(user.http().put("/api/v1/workforce/staff-roles/server", new StaffRoleRequest("S", List.of())).status())
                .isEqualTo(403);
        assertThat(user.http().get("/api/v1/workforce/staff/me").status()).isEqualTo(404);
    }

    @Test
    void openShiftsAreClaimedOnceBySomeoneWithTheirJobAndWeeksCopyOnce() {
        Crew crew = crew();
        Crew.Member bartender = crew.staff("server", "bartender", "13");
        Crew.Member other = crew.staff("server", "bartender", "13");
        Crew.Member cook = crew.staff("kitchen", "cook", "13");
        Instant start = Instant.parse("2030-06-03T16:00:00Z");
        Http.Response open = crew.owner().post("/api/v1/workforce/shifts", new ShiftRequest(crew.tenant().id(), null, "bartender",
                start, start.plus(Duration.ofHours(8)), 30, "Friday bar", null));
        assertThat(open.status()).as(open.toString()).isEqualTo(201);
        String shift = open.json().get("id").asString();
        assertThat(crew.owner().get("/api/v1/workforce/shifts?from=2030-06-03T00:00:00Z&to=2030-06-04T00:00:00Z&open=true")
                .json().get("data")).hasSize(1);

        assertThat(cook.http().post("/api/v1/workforce/shifts/" + shift + "/claim", Map.of()).status()).isEqualTo(403);
        Http.Response claimed = bartender.http().post("/api/v1/workforce/shifts/" + shift + "/claim", Map.of());
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        assertThat(claimed.json().get("staff_id").asString()).isEqualTo(bartender.staffId());
        assertThat(other.http().post("/api/v1/workforce/shifts/" + shift + "/claim", Map.of()).status()).isEqualTo(409);

        CopyWeekRequest copy = new CopyWeekRequest("2030-06-03", "2030-06-17", crew.tenant().id());
        assertThat(crew.owner().post("/api/v1/workforce/shifts/copy-week", copy).json().get("copied").asInt()).isEqualTo(1);
        assertThat(crew.owner().post("/api/v1/workforce/shifts/copy-week", copy).json().get("copied").asInt()).isEqualTo(0);
        JsonNode copied = crew.owner().get("/api/v1/workforce/shifts?from=2030-06-17T00:00:00Z&to=2030-06-24T00:00:00Z")
                .json().get("data");
        assertThat(copied).hasSize(1);
        assertThat(copied.get(0).get("starts_at").asString()).isEqualTo("2030-06-17T16:00:00Z");
        assertThat(crew.owner().post("/api/v1/workforce/shifts/copy-week",
                new CopyWeekRequest("2030-06-03", "2030-06-05", crew.tenant().id())).status()).isEqualTo(400);

        Http.Response template = crew.owner().post("/api/v1/workforce/shift-templates", new TemplateRequest("Late bar",
                crew.tenant().id(), "bartender", LocalTime.of(18, 0), LocalTime.of(2, 0), 15));
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        Http.Response applied = crew.owner().post("/api/v1/workforce/shift-templates/" + template.json().get("id").asString()
                + "/apply", new ApplyRequest("2030-07-01", UUID.fromString(other.staffId())));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        assertThat(Duration.between(Instant.parse(applied.json().get("starts_at").asString()),
                Instant.parse(applied.json().get("ends_at").asString()))).isEqualTo(Duration.ofHours(8));

        assertThat(crew.owner().post("/api/v1/workforce/shifts", new ShiftRequest(crew.tenant().id(), null, "bartender",
                Instant.parse("1900-01-01T10:00:00Z"), Instant.parse("1900-01-01T12:00:00Z"), 0, null, null)).status()).isEqualTo(400);
        assertThat(crew.owner().post("/api/v1/workforce/shifts", new ShiftRequest(crew.tenant().id(), null, "bartender",
                start, start.plus(Duration.ofHours(25)), 0, null, null)).status()).isEqualTo(400);
        assertThat(crew.owner().get("/api/v1/workforce/shifts?from=2030-01-01T00:00:00Z&to=2031-01-01T00:00:00Z").status())
                .isEqualTo(400);
        assertThat(bartender.http().delete("/api/v1/workforce/shifts/" + shift).status()).isEqualTo(403);
        assertThat(crew.owner().delete("/api/v1/workforce/shifts/" + shift).status()).isEqualTo(204);
    }

    @Autowired
    DataSource appDataSource;

    @Test
    void nobodyIsPlannedTwiceAtOnceWhicheverWayTheShiftComes() {
        Crew crew = crew();
        Crew.Member bartender = crew.staff("server", "bartender", "14");
        UUID person = UUID.fromString(bartender.staffId());
        UUID place = crew.tenant().id();
        Instant monday = Instant.parse("2030-07-01T16:00:00Z");
        String first = crew.owner().post("/api/v1/workforce/shifts", new ShiftRequest(place, person, "bartender",
                monday, monday.plus(Duration.ofHours(6)), 0, null, null)).json().get("id").asString();

        Http.Response created = crew.owner().post("/api/v1/workforce/shifts", new ShiftRequest(place, person, "bartender",
                monday.plus(Duration.ofHours(5)), monday.plus(Duration.ofHours(9)), 0, null, null));
        assertThat(created.status()).as(created.toString()).isEqualTo(409);
        assertThat(created.json().get("reason").asString()).isEqualTo("double_booked");

        String open = crew.owner().post("/api/v1/workforce/shifts", new ShiftRequest(place, null, "bartender",
                monday.plus(Duration.ofHours(2)), monday.plus(Duration.ofHours(4)), 0, null, null)).json().get("id").asString();
        Http.Response claimed = bartender.http().post("/api/v1/workforce/shifts/" + open + "/claim", Map.of());
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(409);
        assertThat(claimed.json().get("reason").asString()).isEqualTo("double_booked");

        Instant nextMonday = monday.plus(Duration.ofDays(7));
        assertThat(crew.owner().post("/api/v1/workforce/shifts", new ShiftRequest(place, person, "bartender",
                nextMonday.plus(Duration.ofHours(1)), nextMonday.plus(Duration.ofHours(3)), 0, null, null)).status()).isEqualTo(201);
        Http.Response copied = crew.owner().post("/api/v1/workforce/shifts/copy-week",
                new CopyWeekRequest("2030-07-01", "2030-07-08", place));
        assertThat(copied.status()).as(copied.toString()).isEqualTo(409);
        assertThat(crew.owner().get("/api/v1/workforce/shifts?from=2030-07-08T00:00:00Z&to=2030-07-15T00:00:00Z&staff_id=" + person)
                .json().get("data")).hasSize(1);

        // Two shifts that overlapped before the check existed: a note or a break can still be changed.
        new TransactionTemplate(new DataSourceTransactionManager(appDataSource)).executeWithoutResult(tx -> {
            JdbcClient app = JdbcClient.create(appDataSource);
            app.sql("SELECT set_config('app.tenant_id', ?, true)").param(place.toString()).query(String.class).single();
            app.sql("""
                    INSERT INTO workforce.shifts (tenant_id, id, location_id, staff_id, staff_role, starts_at, ends_at, break_minutes)
                    VALUES (:tenant, gen_random_uuid(), :tenant, :staff, 'bartender', :starts, :ends, 0)
                    """).param("tenant", place).param("staff", person)
                    .param("starts", java.sql.Timestamp.from(monday.plus(Duration.ofHours(1))))
                    .param("ends", java.sql.Timestamp.from(monday.plus(Duration.ofHours(2)))).update();
        });
        Http.Response noted = crew.owner().patch("/api/v1/workforce/shifts/" + first,
                new ShiftRequest(null, null, null, null, null, 30, "Bring the float", null));
        assertThat(noted.status()).as(noted.toString()).isEqualTo(200);
        assertThat(noted.json().get("break_minutes").asInt()).isEqualTo(30);
    }

    @Test
    void aShiftMovedOntoAnotherOfTheSamePersonIsRefused() {
        Crew crew = crew();
        Crew.Member bartender = crew.staff("server", "bartender", "13");
        UUID person = UUID.fromString(bartender.staffId());
        Instant monday = Instant.parse("2030-09-02T16:00:00Z");
        Http.Response first = crew.owner().post("/api/v1/workforce/shifts", new ShiftRequest(crew.tenant().id(), person, "bartender",
                monday, monday.plus(Duration.ofHours(6)), 0, null, null));
        Http.Response second = crew.owner().post("/api/v1/workforce/shifts", new ShiftRequest(crew.tenant().id(), person,
                "bartender", monday.plus(Duration.ofDays(1)), monday.plus(Duration.ofDays(1)).plus(Duration.ofHours(6)), 0, null,
                null));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);

        Http.Response clash = crew.owner().patch("/api/v1/workforce/shifts/" + second.json().get("id").asString(),
                new ShiftRequest(null, null, null, monday.plus(Duration.ofHours(2)), monday.plus(Duration.ofHours(8)), null, null, null));
        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.json().get("field").asString()).isEqualTo("starts_at");
        assertThat(clash.json().get("reason").asString()).isEqualTo("double_booked");

        Http.Response later = crew.owner().patch("/api/v1/workforce/shifts/" + second.json().get("id").asString(),
                new ShiftRequest(null, null, null, monday.plus(Duration.ofHours(6)), monday.plus(Duration.ofHours(10)), null, null, null));
        assertThat(later.status()).as(later.toString()).isEqualTo(200);
        Http.Response same = crew.owner().patch("/api/v1/workforce/shifts/" + first.json().get("id").asString(),
                new ShiftRequest(null, null, null, monday.minus(Duration.ofHours(1)), monday.plus(Duration.ofHours(5)), null, null, null));
        assertThat(same.status()).as("a shift may move over its own old hours").isEqualTo(200);
    }

    @Test
    void anotherBusinessesRecordsAreNotThere() {
        Crew ours = crew();
        Crew.Member server = ours.staff("server", "server", "12");
        assertThat(server.http().post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(null)).status()).isEqualTo(201);
        String entry = server.http().get("/api/v1/workforce/time-entries/current").json().get("entry").get("id").asString();
        Instant start = Instant.parse("2030-06-03T16:00:00Z");
        String shift = ours.owner().post("/api/v1/workforce/shifts", new ShiftRequest(ours.tenant().id(), null, "server",
                start, start.plus(Duration.ofHours(4)), 0, null, null)).json().get("id").asString();
        String template = ours.owner().post("/api/v1/workforce/shift-templates", new TemplateRequest("Lunch", ours.tenant().id(),
                "server", LocalTime.of(11, 0), LocalTime.of(15, 0), 0)).json().get("id").asString();

        Crew theirs = crew();
        Crew.Member their = theirs.staff("server", "server", "12");
        Http owner = theirs.owner();
        assertThat(owner.get("/api/v1/workforce/staff/" + server.staffId()).status()).isEqualTo(404);
        assertThat(owner.patch("/api/v1/workforce/staff/" + server.staffId(), new StaffRequest(null, null, new BigDecimal("1"),
                null, null, null)).status()).isEqualTo(404);
        assertThat(owner.post("/api/v1/workforce/staff", new StaffRequest(UUID.fromString(server.userId()), "server",
                new BigDecimal("1"), null, null, null)).status()).isEqualTo(404);
        assertThat(owner.patch("/api/v1/workforce/shifts/" + shift, new ShiftRequest(null, null, null, null, null, null, "x", null))
                .status()).isEqualTo(404);
        assertThat(owner.delete("/api/v1/workforce/shifts/" + shift).status()).isEqualTo(404);
        assertThat(their.http().post("/api/v1/workforce/shifts/" + shift + "/claim", Map.of()).status()).isEqualTo(404);
        assertThat(owner.post("/api/v1/workforce/shift-templates/" + template + "/apply", new ApplyRequest("2030-07-01", null))
                .status()).isEqualTo(404);
        assertThat(owner.patch("/api/v1/workforce/time-entries/" + entry, new CorrectionRequest(Instant.parse("2025-01-01T10:00:00Z"),
                null, "not ours")).status()).isEqualTo(404);
        assertThat(owner.post("/api/v1/workforce/shifts", new ShiftRequest(theirs.tenant().id(), UUID.fromString(server.staffId()),
                "server", start, start.plus(Duration.ofHours(4)), 0, null, null)).status()).isEqualTo(404);
        assertThat(their.http().post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(ours.tenant().id())).status())
                .isEqualTo(403);
        assertThat(owner.get("/api/v1/workforce/time-entries?staff_id=" + server.staffId()).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/workforce/shifts?from=2030-06-03T00:00:00Z&to=2030-06-04T00:00:00Z").json().get("data"))
                .isEmpty();
    }

    private Crew crew() {
        var tenant = openTenant("restaurant", "professional");
        return new Crew(tenant, http(tenant.accessToken()));
    }
}
