package cloud.olympus.server.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.LiveSocket;
import cloud.olympus.server.support.TestTenants;
import cloud.olympus.server.workforce.web.TimeClockController.BreakRequest;
import cloud.olympus.server.workforce.web.TimeClockController.ClockInRequest;
import cloud.olympus.server.workforce.web.TimeClockController.CorrectionRequest;
import cloud.olympus.server.workforce.web.TimeClockController.SettingsRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The time clock over HTTP: clocking in and out, breaks, the one-open-entry rule, corrections, overtime, timesheets. */
class TimeClockTests extends ApiTest {

    @Autowired
    DataSource appDataSource;

    private Crew crew() {
        TestTenants.Opened tenant = openTenant("restaurant", "professional");
        return new Crew(tenant, http(tenant.accessToken()));
    }

    @Test
    void aDashboardHearsEachPunchOfTheClockAndAnotherBusinessDoesNot() {
        Crew crew = crew();
        Crew.Member server = crew.staff("cashier", "server", "15");
        Crew other = crew();
        try (LiveSocket dashboard = LiveSocket.authenticated(port, crew.tenant().accessToken());
             LiveSocket elsewhere = LiveSocket.authenticated(port, other.tenant().accessToken())) {
            dashboard.subscribe(null, "dashboard");
            elsewhere.subscribe(null, "dashboard");
            Http till = server.http().withHeader("X-Olympus-Client", "till");
            assertThat(till.post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(null)).status()).isEqualTo(201);
            JsonNode in = dashboard.await(m -> m.path("event").asString().equals("dashboard.staff"));
            assertThat(in.get("topic").asString()).isEqualTo("dashboard");
            assertThat(in.at("/data/staff_id").asString()).isEqualTo(server.staffId());
            assertThat(in.at("/data/action").asString()).isEqualTo("clocked_in");
            assertThat(till.post("/api/v1/workforce/time-entries/clock-out", Map.of()).status()).isEqualTo(200);
            dashboard.await(m -> m.path("event").asString().equals("dashboard.staff")
                    && m.at("/data/action").asString().equals("clocked_out"));
            assertThat(elsewhere.received()).noneMatch(m -> m.path("event").asString().equals("dashboard.staff"));
        }
    }

    @Test
    void clockingInNeedsAProfileAndOneOfTheirPlacesThenBreaksAndClockOutFollow() {
        Crew crew = crew();
        Crew.Member nobody = crew.user("cashier", null);
        Http.Response refused = nobody.http().post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(null));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("reason").asString()).isEqualTo("no_staff_profile");

        Crew.Member server = crew.profile(nobody, "server", "15");
        Http.Response elsewhere = server.http().post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(UUID.randomUUID()));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(403);
        assertThat(elsewhere.json().get("reason").asString()).isEqualTo("not_your_location");

        Http till = server.http().withHeader("X-Olympus-Client", "till");
        Http.Response in = till.post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(null));
        assertThat(in.status()).as(in.toString()).isEqualTo(201);
        assertThat(in.json().get("state").asString()).isEqualTo("working");
        assertThat(in.json().get("entry").get("location_id").asString()).isEqualTo(crew.tenant().id().toString());
        assertThat(in.json().get("entry").get("source").asString()).isEqualTo("till");

        Http.Response again = till.post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("conflict");

        Http.Response onBreak = till.post("/api/v1/workforce/time-entries/break", new BreakRequest("start"));
        assertThat(onBreak.json().get("state").asString()).isEqualTo("on_break");
        assertThat(till.post("/api/v1/workforce/time-entries/break", new BreakRequest("start")).status()).isEqualTo(409);
        assertThat(till.post("/api/v1/workforce/time-entries/break", new BreakRequest("nap")).status()).isEqualTo(400);
        assertThat(till.get("/api/v1/workforce/time-entries/current").json().get("state").asString()).isEqualTo("on_break");

        Http.Response out = till.post("/api/v1/workforce/time-entries/clock-out", Map.of());
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        assertThat(out.json().get("state").asString()).isEqualTo("off");
        assertThat(till.post("/api/v1/workforce/time-entries/clock-out", Map.of()).status()).isEqualTo(409);

        JsonNode entries = till.get("/api/v1/workforce/time-entries").json().get("data");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("clock_out").isNull()).isFalse();
        assertThat(entries.get(0).get("breaks").get(0).get("ended_at").isNull()).isFalse();
        assertThat(entries.get(0).get("device_id").isNull()).isTrue();
    }

    @Test
    void clockingInAfterAPinOnARegisteredTillNamesTheTill() {
        Crew crew = crew();
        Crew.Member server = crew.staff("server", "server", "14");
        JsonNode device = crew.owner().post("/api/v1/devices",
                new cloud.olympus.server.auth.web.DeviceController.RegisterRequest("Bar till", null)).json();
        assertThat(server.http().put("/api/v1/users/me/pin",
                new cloud.olympus.server.auth.web.PinController.SetPinRequest("2580", TestTenants.PASSWORD)).status())
                .isEqualTo(204);
        Http terminal = crew.owner().withoutHeaders().withHeader("X-Device-Token", device.get("token").asString());
        String token = terminal.post("/api/v1/auth/pin", new cloud.olympus.server.auth.web.PinLoginController.PinLoginRequest(
                UUID.fromString(server.userId()), "2580")).json().get("access_token").asString();
        Http.Response in = crew.owner().withoutHeaders().withToken(token).withHeader("X-Olympus-Client", "till")
                .post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(null));
        assertThat(in.status()).as(in.toString()).isEqualTo(201);
        assertThat(in.json().get("entry").get("device_id").asString()).isEqualTo(device.get("id").asString());
        assertThat(in.json().get("entry").get("source").asString()).isEqualTo("till");
    }

    @Test
    void twoClockInsAtOnceLeaveOneOpenEntry() throws Exception {
        Crew crew = crew();
        Crew.Member cook = crew.staff("kitchen", "cook", "14");
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> tries = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            tries.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return cook.http().post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(null)).status();
            }));
        }
        List<Integer> statuses = tries.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(201, 409);
        assertThat(cook.http().get("/api/v1/workforce/time-entries").json().get("data")).hasSize(1);
    }

    @Test
    void theDatabaseItselfRefusesASecondOpenEntry() {
        Crew crew = crew();
        Crew.Member host = crew.staff("server", "host", "12");
        assertThat(host.http().post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(null)).status()).isEqualTo(201);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(appDataSource));
        JdbcClient sql = JdbcClient.create(appDataSource);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            sql.sql("SELECT set_config('app.tenant_id', ?, true)").param(crew.tenant().id().toString()).query(String.class).single();
            sql.sql("""
                    INSERT INTO workforce.time_entries (tenant_id, staff_id, location_id, clock_in, source)
                    VALUES (?, ?, ?, now(), 'console')
                    """).params(crew.tenant().id(), UUID.fromString(host.staffId()), crew.tenant().id()).update();
        })).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void onlyManagersCorrectOthersEntriesWithAReasonAndOvertimeAndTheTimesheetFollow() {
        Crew crew = crew();
        Crew.Member server = crew.profile(crew.user("server", "O'Brien, \"Bo\""), "server", "20");
        Crew.Member manager = crew.staff("manager", "manager", "30");
        assertThat(server.http().post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(null)).status()).isEqualTo(201);
        server.http().post("/api/v1/workforce/time-entries/clock-out", Map.of());
        String entry = server.http().get("/api/v1/workforce/time-entries").json().get("data").get(0).get("id").asString();
        assertThat(manager.http().post("/api/v1/workforce/time-entries/clock-in", new ClockInRequest(null)).status()).isEqualTo(201);
        String own = manager.http().get("/api/v1/workforce/time-entries/current").json().get("entry").get("id").asString();

        Instant in = Instant.parse("2025-03-03T10:00:00Z");
        Instant out = Instant.parse("2025-03-03T20:00:00Z");
        Http.Response byServer = server.http().patch("/api/v1/workforce/time-entries/" + entry, new CorrectionRequest(in, out, "typo"));
        assertThat(byServer.status()).isEqualTo(403);
        Http.Response ownEntry = manager.http().patch("/api/v1/workforce/time-entries/" + own,
                new CorrectionRequest(in, out, "mine"));
        assertThat(ownEntry.status()).isEqualTo(403);
        assertThat(ownEntry.json().get("reason").asString()).isEqualTo("own_entry");
        Http.Response noReason = manager.http().patch("/api/v1/workforce/time-entries/" + entry, new CorrectionRequest(in, out, " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asString()).isEqualTo("reason");

        Http.Response corrected = manager.http().patch("/api/v1/workforce/time-entries/" + entry,
                new CorrectionRequest(in, out, "Forgot to clock in"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("corrected").asBoolean()).isTrue();
        assertThat(corrected.json().get("worked_minutes").asLong()).isEqualTo(600);
        assertThat(corrected.json().get("overtime_minutes").asLong()).isEqualTo(120);
        assertThat(corrected.json().get("overtime").asBoolean()).isTrue();

        Http.Response sheet = crew.owner().get("/api/v1/workforce/timesheets?period_start=2025-03-03");
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
        JsonNode line = sheet.json().get("lines").get(0);
        assertThat(line.get("regular_hours").decimalValue()).isEqualByComparingTo("8");
        assertThat(line.get("overtime_hours").decimalValue()).isEqualByComparingTo("2");
        assertThat(line.get("gross_pay").decimalValue()).isEqualByComparingTo("220");
        assertThat(line.get("corrected_entries").asInt()).isEqualTo(1);

        Http.Response csv = crew.owner().get("/api/v1/workforce/timesheets?period_start=2025-03-03&format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        String email = line.get("email").asString();
        assertThat(csv.body()).isEqualTo("period_start,period_end,staff_id,name,email,staff_role,hourly_rate,regular_hours,"
                + "overtime_hours,break_hours,gross_pay,entries,corrected_entries,open_entries,approved_entries\r\n"
                + "2025-03-03,2025-03-10," + server.staffId() + ",\"O'Brien, \"\"Bo\"\"\"," + email
                + ",server,20.00,8.00,2.00,0.00,220.00,1,1,0,0\r\n");
        Http.Response accepted = crew.owner().withHeader("Accept", "text/csv").get("/api/v1/workforce/timesheets?period_start=2025-03-03");
        assertThat(accepted.body()).isEqualTo(csv.body());
        assertThat(crew.owner().get("/api/v1/workforce/timesheets?period_start=2025-03-04").status()).isEqualTo(400);
        assertThat(crew.owner().get("/api/v1/workforce/timesheets?period_start=99999-01-01").status()).isEqualTo(400);
        assertThat(server.http().get("/api/v1/workforce/timesheets").status()).isEqualTo(403);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> crew.owner()
                .get("/api/v1/audit?action=time_entry.corrected").json().get("data").size() == 1);
        JsonNode audit = crew.owner().get("/api/v1/audit?action=time_entry.corrected").json().get("data").get(0);
        assertThat(audit.get("after").get("clock_in").asString()).isEqualTo("2025-03-03T10:00:00Z");
        assertThat(audit.get("details").get("reason").asString()).isEqualTo("Forgot to clock in");
    }

    @Test
    void dailyAndWeeklyLimitsComeFromTheSettings() {
        Crew crew = crew();
        Http.Response changed = crew.owner().patch("/api/v1/workforce/settings",
                new SettingsRequest(new BigDecimal("9"), null, "biweekly", "2025-03-03", null));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("pay_period").asString()).isEqualTo("biweekly");
        assertThat(crew.owner().get("/api/v1/workforce/settings").json().get("overtime_daily_hours").decimalValue())
                .isEqualByComparingTo("9");
        assertThat(crew.owner().patch("/api/v1/workforce/settings",
                new SettingsRequest(new BigDecimal("25"), null, null, null, null)).status()).isEqualTo(400);
        assertThat(crew.owner().patch("/api/v1/workforce/settings",
                new SettingsRequest(null, null, "daily", null, null)).status()).isEqualTo(400);
        assertThat(crew.owner().send("PATCH", "/api/v1/workforce/settings", "{\"overtime_weekly_hours\": 1e1000000}",
                "application/json").status()).isEqualTo(400);
        assertThat(crew.owner().get("/api/v1/workforce/timesheets?period_start=2025-03-17").status()).isEqualTo(200);
        assertThat(crew.owner().get("/api/v1/workforce/timesheets?period_start=2025-03-10").status()).isEqualTo(400);
    }
}
