package cloud.olympus.server.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.TestTenants;
import cloud.olympus.server.workforce.web.TimeClockController.ApprovalRequest;
import cloud.olympus.server.workforce.web.TimeClockController.ClockInRequest;
import cloud.olympus.server.workforce.web.TimeClockController.CorrectionRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A manager approves a person's time of a run of days: approved entries say who approved them and
 * when, are not corrected until the approval is withdrawn, and timesheets show it.
 */
class TimesheetApprovalTests extends ApiTest {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final String from = today.minusDays(2).toString();
    private final String to = today.plusDays(1).toString();

    private Crew crew() {
        TestTenants.Opened tenant = openTenant("restaurant", "professional");
        return new Crew(tenant, http(tenant.accessToken()));
    }

    @Test
    void approvedEntriesAreNotCorrectedUntilTheApprovalIsWithdrawn() {
        Crew crew = crew();
        Crew.Member server = crew.staff("server", "server", "20");
        Crew.Member manager = crew.staff("manager", "manager", "30");
        String entry = workedOnce(server);
        assertThat(server.http().post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(null)).status()).isEqualTo(201);

        Http.Response approved = manager.http().post("/api/v1/workforce/timesheets/approve",
                new ApprovalRequest(server.staffId(), from, to));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("changed_entries").asInt()).isEqualTo(1);
        assertThat(approved.json().get("open_entries").asInt()).isEqualTo(1);
        assertThat(approved.json().get("approved").asBoolean()).isTrue();
        assertThat(approved.json().get("by").asString()).isEqualTo(manager.userId());

        JsonNode entries = manager.http().get("/api/v1/workforce/time-entries?staff_id=" + server.staffId()).json().get("data");
        JsonNode closed = byId(entries, entry);
        assertThat(closed.get("approved").asBoolean()).isTrue();
        assertThat(closed.get("approved_by").asString()).isEqualTo(manager.userId());
        assertThat(closed.get("approved_at").isNull()).isFalse();
        assertThat(entries.valueStream().filter(e -> e.get("clock_out").isNull()).findFirst().orElseThrow()
                .get("approved").asBoolean()).isFalse();

        Instant in = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Http.Response correction = manager.http().patch("/api/v1/workforce/time-entries/" + entry,
                new CorrectionRequest(in, in.plus(2, ChronoUnit.HOURS), "Forgot to clock in"));
        assertThat(correction.status()).isEqualTo(409);
        assertThat(correction.problemType()).isEqualTo("conflict");
        assertThat(correction.json().get("reason").asString()).isEqualTo("approved");
        // Still clocked in on the open entry: it goes on and closes as usual.
        assertThat(server.http().post("/api/v1/workforce/time-entries/clock-out", Map.of()).status()).isEqualTo(200);

        Http.Response report = crew.owner().get("/api/v1/reports/timesheets?from=" + from + "&to=" + to);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode line = report.json().get("lines").get(0);
        assertThat(line.get("approved_entries").asInt()).isEqualTo(1);
        assertThat(line.get("approved").asBoolean()).as("the second entry is not approved yet").isFalse();
        assertThat(manager.http().post("/api/v1/workforce/timesheets/approve", new ApprovalRequest(server.staffId(), from, to))
                .json().get("changed_entries").asInt()).isEqualTo(1);
        JsonNode all = crew.owner().get("/api/v1/reports/timesheets?from=" + from + "&to=" + to).json().get("lines").get(0);
        assertThat(all.get("approved_entries").asInt()).isEqualTo(2);
        assertThat(all.get("approved").asBoolean()).isTrue();
        // Approving again changes nothing, and is no approval in the audit log (it holds the two above).
        Http.Response again = manager.http().post("/api/v1/workforce/timesheets/approve", new ApprovalRequest(server.staffId(), from, to));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("changed_entries").asInt()).isZero();

        Http.Response withdrawn = manager.http().post("/api/v1/workforce/timesheets/unapprove",
                new ApprovalRequest(server.staffId(), from, to));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("changed_entries").asInt()).isEqualTo(2);
        Http.Response corrected = manager.http().patch("/api/v1/workforce/time-entries/" + entry,
                new CorrectionRequest(in, in.plus(2, ChronoUnit.HOURS), "Forgot to clock in"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("approved").asBoolean()).isFalse();

        await().atMost(Duration.ofSeconds(20)).until(() -> crew.owner()
                .get("/api/v1/audit?action=timesheet.unapproved").json().get("data").size() == 1);
        JsonNode audit = crew.owner().get("/api/v1/audit?action=timesheet.approved").json().get("data");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).get("actor_id").asString()).isEqualTo(manager.userId());
        assertThat(audit.get(0).get("subject_id").asString()).isEqualTo(server.staffId());
        assertThat(audit.get(0).get("details").get("from").asString()).isEqualTo(from);
    }

    @Test
    void onlyTheEntriesTheManagerSawAreApproved() {
        Crew crew = crew();
        Crew.Member server = crew.staff("server", "server", "20");
        Crew.Member cook = crew.staff("kitchen", "cook", "22");
        Crew.Member manager = crew.staff("manager", "manager", "30");
        String seen = workedOnce(server);
        String cooks = workedOnce(cook);
        // Closed after the manager read the week: not among the entries sent.
        workedOnce(server);
        String since = server.http().get("/api/v1/workforce/time-entries").json().get("data").valueStream()
                .map(e -> e.get("id").asString()).filter(id -> !id.equals(seen)).findFirst().orElseThrow();

        Http.Response approved = manager.http().post("/api/v1/workforce/timesheets/approve",
                new ApprovalRequest(server.staffId(), from, to, List.of(seen)));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("changed_entries").asInt()).isEqualTo(1);
        assertThat(approved.json().get("left_entries").asInt()).as("the entry closed since").isEqualTo(1);
        JsonNode entries = manager.http().get("/api/v1/workforce/time-entries?staff_id=" + server.staffId()).json().get("data");
        assertThat(byId(entries, seen).get("approved").asBoolean()).isTrue();
        assertThat(byId(entries, since).get("approved").asBoolean()).isFalse();

        // Another person's entry named under this person, another business's, or an unknown id change nothing.
        Crew other = crew();
        Crew.Member stranger = other.staff("server", "server", "20");
        String foreign = workedOnce(stranger);
        Http.Response mixed = manager.http().post("/api/v1/workforce/timesheets/approve",
                new ApprovalRequest(server.staffId(), from, to, List.of(cooks, foreign, UUID.randomUUID().toString())));
        assertThat(mixed.status()).as(mixed.toString()).isEqualTo(200);
        assertThat(mixed.json().get("changed_entries").asInt()).isZero();
        assertThat(mixed.json().get("left_entries").asInt()).isEqualTo(1);
        assertThat(byId(manager.http().get("/api/v1/workforce/time-entries?staff_id=" + cook.staffId()).json().get("data"), cooks)
                .get("approved").asBoolean()).isFalse();
        assertThat(byId(other.owner().get("/api/v1/workforce/time-entries?staff_id=" + stranger.staffId()).json().get("data"), foreign)
                .get("approved").asBoolean()).isFalse();
        // None named: nothing changes.
        assertThat(manager.http().post("/api/v1/workforce/timesheets/approve",
                new ApprovalRequest(server.staffId(), from, to, List.of())).json().get("changed_entries").asInt()).isZero();

        // Without entry_ids every closed entry of the days is approved, as before.
        Http.Response rest = manager.http().post("/api/v1/workforce/timesheets/approve", new ApprovalRequest(server.staffId(), from, to));
        assertThat(rest.json().get("changed_entries").asInt()).isEqualTo(1);
        assertThat(rest.json().get("left_entries").asInt()).isZero();
    }

    @Test
    void cashiersAndOneselfAreRefusedAndAnotherBusinessesStaffIsNotFound() {
        Crew crew = crew();
        Crew.Member server = crew.staff("server", "server", "20");
        Crew.Member cashier = crew.staff("cashier", "cashier", "18");
        Crew.Member manager = crew.staff("manager", "manager", "30");
        workedOnce(server);
        workedOnce(manager);

        Http.Response byCashier = cashier.http().post("/api/v1/workforce/timesheets/approve", new ApprovalRequest(server.staffId(), from, to));
        assertThat(byCashier.status()).isEqualTo(403);
        assertThat(byCashier.problemType()).isEqualTo("forbidden");
        assertThat(cashier.http().post("/api/v1/workforce/timesheets/unapprove", new ApprovalRequest(server.staffId(), from, to))
                .status()).isEqualTo(403);
        Http.Response own = manager.http().post("/api/v1/workforce/timesheets/approve", new ApprovalRequest(manager.staffId(), from, to));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("reason").asString()).isEqualTo("own_entry");

        Crew other = crew();
        Http.Response foreign = other.owner().post("/api/v1/workforce/timesheets/approve", new ApprovalRequest(server.staffId(), from, to));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(crew.owner().post("/api/v1/workforce/timesheets/approve", new ApprovalRequest(UUID.randomUUID().toString(), from, to))
                .status()).isEqualTo(404);
        assertThat(crew.owner().get("/api/v1/workforce/time-entries?staff_id=" + server.staffId()).json().get("data").get(0)
                .get("approved").asBoolean()).isFalse();
    }

    @Test
    void badInputIsAProblem() {
        Crew crew = crew();
        Crew.Member server = crew.staff("server", "server", "20");
        String staff = server.staffId();
        List<Object> bodies = List.of(new ApprovalRequest("not-an-id", from, to), new ApprovalRequest("1e1000000", from, to),
                new ApprovalRequest(staff + "\u0000", from, to), new ApprovalRequest(null, from, to),
                new ApprovalRequest(staff, null, to), new ApprovalRequest(staff, from, null),
                new ApprovalRequest(staff, "99999-01-01", to), new ApprovalRequest(staff, "1e1000000", to),
                new ApprovalRequest(staff, "2026-01-01\u0000", to), new ApprovalRequest(staff, "1900-01-01", "1900-01-02"),
                new ApprovalRequest(staff, to, from), new ApprovalRequest(staff, "2026-01-01", "2026-12-31"),
                Map.of("staff_id", 1e300, "from", from, "to", to), Map.of("staff_id", staff, "from", List.of(), "to", to),
                new ApprovalRequest(staff, from, to, List.of("not-an-id")),
                new ApprovalRequest(staff, from, to, java.util.Arrays.asList((String) null)),
                new ApprovalRequest(staff, from, to, List.of(UUID.randomUUID() + "\u0000")),
                new ApprovalRequest(staff, from, to, java.util.Collections.nCopies(1001, UUID.randomUUID().toString())),
                Map.of("staff_id", staff, "from", from, "to", to, "entry_ids", "1e1000000"),
                Map.of("staff_id", staff, "from", from, "to", to, "entry_ids", List.of(List.of())));
        for (Object body : bodies) {
            Http.Response answer = crew.owner().post("/api/v1/workforce/timesheets/approve", body);
            assertThat(answer.status()).as(body + ": " + answer).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    /** The person clocks in and out once; answers the entry's id. */
    private static String workedOnce(Crew.Member person) {
        assertThat(person.http().post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(null)).status()).isEqualTo(201);
        assertThat(person.http().post("/api/v1/workforce/time-entries/clock-out", Map.of()).status()).isEqualTo(200);
        return person.http().get("/api/v1/workforce/time-entries").json().get("data").get(0).get("id").asString();
    }

    private static JsonNode byId(JsonNode entries, String id) {
        return entries.valueStream().filter(e -> e.get("id").asString().equals(id)).findFirst().orElseThrow();
    }
}
