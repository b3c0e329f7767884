package cloud.olympus.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.auth.web.DeviceController.RegisterRequest;
import cloud.olympus.server.auth.web.PinLoginController.PinLoginRequest;
import cloud.olympus.server.support.ApiTest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.Ledgers;
import cloud.olympus.server.support.TestTenants;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

class DemoDataTests extends ApiTest {

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    @Qualifier("owner")
    DataSource owner;

    @Test
    void everyDemoLoginWorks() {
        for (String slug : new String[]{"bella-cucina", "urban-threads", "glow-salon", "harbor-hotel"}) {
            for (String who : new String[]{"owner", "manager", "cashier"}) {
                Http.Response login = TestTenants.login(http(), slug, who + "@" + slug + ".example", "olympus-demo");
                assertThat(login.status()).as(slug + " " + who).isEqualTo(200);
            }
        }
    }

    @Test
    void bellaCucinaHasTwoLocationsOfTheRightIndustries() {
        String token = TestTenants.login(http(), "bella-cucina", "owner@bella-cucina.example", "olympus-demo")
                .json().get("access_token").asString();
        var tenant = http(token).get("/api/v1/tenant").json();
        assertThat(tenant.get("industry").asString()).isEqualTo("restaurant");
        assertThat(tenant.get("tier").asString()).isEqualTo("enterprise");
        assertThat(http(token).get("/api/v1/tenant/locations").json().findValuesAsString("slug"))
                .containsExactly("bella-cucina-downtown", "bella-cucina-harbor");
        String hotel = TestTenants.login(http(), "harbor-hotel", "owner@harbor-hotel.example", "olympus-demo")
                .json().get("access_token").asString();
        assertThat(http(hotel).get("/api/v1/tenant").json().get("industry").asString()).isEqualTo("hospitality");
    }

    @Test
    void everyBusinessHasACatalogueOfItsTradeCustomersAndPastOrders() {
        for (String[] expected : new String[][]{{"bella-cucina", "Pizza Margherita"}, {"urban-threads", "Organic cotton tee M"},
                {"glow-salon", "Balayage"}, {"harbor-hotel", "Standard room, one night"}}) {
            String slug = expected[0];
            String token = TestTenants.login(http(), slug, "manager@" + slug + ".example", "olympus-demo")
                    .json().get("access_token").asString();
            Http manager = http(token);
            var items = manager.get("/api/v1/inventory/items?limit=200").json().get("data");
            assertThat(items.findValuesAsString("name")).as(slug).contains(expected[1]);
            assertThat(manager.get("/api/v1/customers?limit=200").json().get("data").size()).as(slug).isEqualTo(40);
            var orders = manager.get("/api/v1/orders?limit=200").json().get("data");
            assertThat(orders.size()).as(slug).isPositive();
            assertThat(orders.valueStream().map(o -> o.get("status").asString()).distinct()).contains("completed");
            orders.valueStream().filter(o -> o.get("status").asString().equals("completed")).forEach(o -> {
                assertThat(o.get("payment_status").asString()).isIn("paid", "refunded");
                assertThat(o.get("paid_total")).isEqualTo(o.get("total"));
            });
        }
        String token = TestTenants.login(http(), "bella-cucina", "owner@bella-cucina.example", "olympus-demo")
                .json().get("access_token").asString();
        var pizza = http(token).get("/api/v1/inventory/items?q=Margherita").json().get("data").get(0);
        assertThat(pizza.get("modifier_groups").findValuesAsString("name")).contains("Size", "Large");
        assertThat(pizza.get("track_stock").asBoolean()).isFalse();
        var wine = http(token).get("/api/v1/inventory/items?q=VIN-CHI").json().get("data").get(0);
        assertThat(wine.get("tax_class").asString()).isEqualTo("alcohol");
    }

    @Test
    void pastSalesLeaveTheStockLedgerConsistentAndPointsMatchTheLedger() {
        Ledgers.assertStockMatchesLedger(owner);
        Ledgers.assertPointsMatchLedger(owner);
        JdbcClient jdbc = JdbcClient.create(owner);
        assertThat(jdbc.sql("SELECT count(DISTINCT business_date) FROM commerce.orders").query(Long.class).single())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void seedingAgainChangesNothing() {
        JdbcClient jdbc = JdbcClient.create(owner);
        String census = """
                SELECT (SELECT count(*) FROM platform.tenants) || '/' || (SELECT count(*) FROM auth.users)
                    || '/' || (SELECT count(*) FROM inventory.items) || '/' || (SELECT count(*) FROM inventory.stock_movements)
                    || '/' || (SELECT count(*) FROM customer.profiles) || '/' || (SELECT count(*) FROM commerce.orders)
                    || '/' || (SELECT count(*) FROM customer.loyalty_ledger) || '/' || (SELECT count(*) FROM workforce.staff)
                    || '/' || (SELECT count(*) FROM workforce.shifts) || '/' || (SELECT count(*) FROM workforce.time_entries)
                    || '/' || (SELECT count(*) FROM workforce.time_entry_corrections) || '/' || (SELECT count(*) FROM auth.user_pins)
                """;
        String before = jdbc.sql(census).query(String.class).single();
        seeder.run(new DefaultApplicationArguments());
        seeder.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql(census).query(String.class).single()).isEqualTo(before);
    }

    private static final String DEMO_SLUGS = "('bella-cucina', 'bella-cucina-downtown', 'bella-cucina-harbor', 'urban-threads', "
            + "'glow-salon', 'harbor-hotel')";

    @Test
    void everyBusinessHasStaffInJobsOfItsTradeWithRatesAndPlaces() {
        Map<String, List<String>> jobs = Map.of("bella-cucina", List.of("shift_lead", "server", "cook", "bartender", "host"),
                "urban-threads", List.of("manager", "cashier", "stock_clerk"),
                "glow-salon", List.of("manager", "front_desk", "stylist", "colourist"),
                "harbor-hotel", List.of("manager", "front_desk", "server", "bartender"));
        jobs.forEach((slug, expected) -> {
            Http manager = http(login(slug, "manager"));
            var staff = manager.get("/api/v1/workforce/staff").json().get("data");
            assertThat(staff.findValuesAsString("staff_role")).as(slug).containsAll(expected);
            assertThat(staff.findValuesAsString("email")).as(slug)
                    .contains("manager@" + slug + ".example", "cashier@" + slug + ".example")
                    .doesNotContain("owner@" + slug + ".example");
            String tenantId = manager.get("/api/v1/tenant").json().get("id").asString();
            staff.valueStream().forEach(member -> {
                assertThat(member.get("hourly_rate").decimalValue()).as(slug).isBetween(new java.math.BigDecimal("14"),
                        new java.math.BigDecimal("40"));
                assertThat(member.get("location_ids").get(0).asString()).isEqualTo(tenantId);
                assertThat(member.get("skills").size()).isPositive();
                assertThat(member.get("display_name").asString()).isNotBlank();
            });
        });
        // The made-up colleagues have no password anyone could log in with.
        String colleague = http(login("glow-salon", "manager")).get("/api/v1/workforce/staff").json().get("data").valueStream()
                .map(m -> m.get("email").asString()).filter(e -> !e.startsWith("manager@") && !e.startsWith("cashier@"))
                .findFirst().orElseThrow();
        assertThat(TestTenants.login(http(), "glow-salon", colleague, "olympus-demo").status()).isEqualTo(401);
        Http kitchen = http(login("bella-cucina-downtown", "kitchen"));
        assertThat(kitchen.get("/api/v1/workforce/staff/me").json().get("staff_role").asString()).isEqualTo("cook");
    }

    @Test
    void everyHourWithOrdersHadSomeoneClockedInOnEveryDayOfThePast() {
        JdbcClient jdbc = JdbcClient.create(owner);
        // The seeded past only: other tests may sell and clock in at the demo businesses today.
        String past = "(now() AT TIME ZONE 'America/New_York')::date";
        // Hours with completed orders at a demo business and nobody clocked in there.
        Long unstaffed = jdbc.sql("""
                SELECT count(*) FROM (SELECT o.tenant_id, date_trunc('hour', o.created_at) AS h FROM commerce.orders o
                                        JOIN platform.tenants t ON t.id = o.tenant_id
                                       WHERE t.slug IN %s AND o.status = 'completed' AND o.business_date < %s
                                       GROUP BY 1, 2) hours
                 WHERE NOT EXISTS (SELECT 1 FROM workforce.time_entries e
                                    WHERE e.tenant_id = hours.tenant_id AND e.location_id = hours.tenant_id
                                      AND e.clock_in < hours.h + INTERVAL '1 hour' AND e.clock_out > hours.h)
                """.formatted(DEMO_SLUGS, past)).query(Long.class).single();
        assertThat(unstaffed).isZero();
        // Every day with orders has its time entries, and nobody is still clocked in.
        List<String> days = jdbc.sql("""
                SELECT t.slug || ' ' || d.day FROM platform.tenants t
                  JOIN (SELECT DISTINCT tenant_id, business_date AS day FROM commerce.orders WHERE business_date < %s) d
                    ON d.tenant_id = t.id
                 WHERE t.slug IN %s AND NOT EXISTS (
                       SELECT 1 FROM workforce.time_entries e WHERE e.tenant_id = t.id
                          AND (e.clock_in AT TIME ZONE 'America/New_York')::date = d.day)
                """.formatted(past, DEMO_SLUGS)).query(String.class).list();
        assertThat(days).isEmpty();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM workforce.time_entries e JOIN platform.tenants t ON t.id = e.tenant_id
                 WHERE t.slug IN %s AND e.clock_out IS NULL AND (e.clock_in AT TIME ZONE 'America/New_York')::date < %s
                """.formatted(DEMO_SLUGS, past)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM workforce.breaks").query(Long.class).single()).isPositive();
    }

    @Test
    void onlyTheDinnerPeaksLeftShortOnPurposeRaiseAlertsAndTheWeekAheadIsPlanned() {
        JdbcClient jdbc = JdbcClient.create(owner);
        // Of the seeded past: what other tests sell at the demo businesses today is not staffed.
        List<Map<String, Object>> alerts = jdbc.sql("""
                SELECT t.slug, t.industry, a.kind, a.orders, a.staff_on_shift, a.threshold,
                       extract(hour FROM a.hour_start AT TIME ZONE 'America/New_York') AS hour
                  FROM workforce.staffing_alerts a JOIN platform.tenants t ON t.id = a.location_id
                 WHERE t.slug IN %s
                   AND (a.hour_start AT TIME ZONE 'America/New_York')::date < (now() AT TIME ZONE 'America/New_York')::date
                """.formatted(DEMO_SLUGS)).query().listOfRows();
        assertThat(alerts).isNotEmpty().allSatisfy(alert -> {
            assertThat(alert.get("industry")).isEqualTo("restaurant");
            assertThat(alert.get("kind")).isEqualTo("understaffed");
            assertThat(((Number) alert.get("hour")).intValue()).isBetween(17, 23);
            assertThat((int) alert.get("staff_on_shift")).isPositive();
        });
        assertThat(alerts.stream().filter(a -> a.get("slug").equals("bella-cucina")).count()).isBetween(1L, 2L);
        assertThat(alerts.stream().filter(a -> !a.get("slug").toString().startsWith("bella-cucina")).count()).isZero();
        var listed = http(login("bella-cucina", "manager")).get("/api/v1/workforce/alerts").json().get("data");
        assertThat(listed.findValuesAsString("kind")).contains("understaffed");
        // A week of planned shifts from today, and a few open ones for anyone to take.
        LocalDate inAWeek = businessToday().plusDays(7);
        List<String> planned = jdbc.sql("""
                SELECT DISTINCT t.slug FROM workforce.shifts s JOIN platform.tenants t ON t.id = s.tenant_id
                 WHERE t.slug IN %s AND s.staff_id IS NOT NULL AND (s.starts_at AT TIME ZONE 'America/New_York')::date = :day
                """.formatted(DEMO_SLUGS)).param("day", inAWeek).query(String.class).list();
        assertThat(planned).hasSize(inAWeek.getDayOfWeek() == java.time.DayOfWeek.MONDAY ? 5 : 6);
        var open = http(login("urban-threads", "manager")).get("/api/v1/workforce/shifts?open=true&from=" + java.time.Instant.now()
                + "&to=" + java.time.Instant.now().plus(Duration.ofDays(8))).json().get("data");
        assertThat(open.size()).isPositive();
    }

    @Test
    void managersCorrectedTwoEntriesWithReasonsKeptInTheAuditTrail() {
        JdbcClient jdbc = JdbcClient.create(owner);
        List<String> reasons = jdbc.sql("""
                SELECT c.reason FROM workforce.time_entry_corrections c JOIN platform.tenants t ON t.id = c.tenant_id
                 WHERE t.slug = 'bella-cucina'
                """).query(String.class).list();
        assertThat(reasons).hasSize(2).allSatisfy(reason -> assertThat(reason).isNotBlank());
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT count(*) FROM audit.entries a JOIN platform.tenants t ON t.id = a.tenant_id
                 WHERE t.slug = 'bella-cucina' AND a.action = 'time_entry.corrected'
                """).query(Long.class).single()).isEqualTo(2));
    }

    @Test
    void theTimesheetOfThePayPeriodBeforeTodayHasHoursAsCsv() {
        Http manager = http(login("harbor-hotel", "manager"));
        LocalDate current = LocalDate.parse(manager.get("/api/v1/workforce/timesheets").json().get("period_start").asString());
        LocalDate yesterday = LocalDate.now(java.time.ZoneId.of("America/New_York")).minusDays(1);
        LocalDate period = yesterday.isBefore(current) ? current.minusDays(7) : current;
        Http.Response csv = manager.get("/api/v1/workforce/timesheets?format=csv&period_start=" + period);
        assertThat(csv.status()).isEqualTo(200);
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).startsWith("period_start,period_end,staff_id,name");
        assertThat(rows).hasSizeGreaterThan(2);
        // regular_hours, the eighth column (no name or email of the demo staff holds a comma).
        assertThat(rows.subList(1, rows.size())).anySatisfy(row -> assertThat(new java.math.BigDecimal(row.split(",")[7]))
                .isPositive());
    }

    @Test
    void theSeededPastIsRolledUpSoYesterdaysDashboardShowsItsSales() {
        JdbcClient jdbc = JdbcClient.create(owner);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM analytics.rollup_state s JOIN platform.tenants t ON t.id = s.tenant_id WHERE t.slug IN %s
                """.formatted(DEMO_SLUGS)).query(Long.class).single()).isEqualTo(6);
        LocalDate yesterday = businessToday().minusDays(1);
        // The seeded past only: other tests may sell at the demo businesses today.
        long completed = jdbc.sql("""
                SELECT count(*) FROM commerce.orders o JOIN platform.tenants t ON t.id = o.tenant_id
                 WHERE t.slug = 'urban-threads' AND o.status = 'completed'
                   AND (o.created_at AT TIME ZONE 'America/New_York')::date = :day
                """).param("day", yesterday).query(Long.class).single();
        assertThat(completed).isPositive();

        var dashboard = http(login("urban-threads", "manager")).get("/api/v1/analytics/dashboard?date=" + yesterday).json();

        assertThat(dashboard.get("sales").get("orders").asLong()).isEqualTo(completed);
        assertThat(dashboard.get("sales").get("revenue").decimalValue()).isPositive();
        assertThat(dashboard.get("top_products")).isNotEmpty();
        assertThat(dashboard.get("payment_mix")).isNotEmpty();
    }

    @Test
    void aDemoLoginSwitchesInWithItsPinOnARegisteredTill() {
        Http owner = http(login("bella-cucina", "owner"));
        var device = owner.post("/api/v1/devices", new RegisterRequest("Demo till", null)).json();
        Http till = http().withHeader("X-Device-Token", device.get("token").asString());
        var holders = till.get("/api/v1/auth/pin/staff").json().get("data");
        String cashier = holders.valueStream().filter(h -> h.get("display_name").asString().equals("Carla Cashier"))
                .findFirst().orElseThrow().get("user_id").asString();
        Http.Response in = till.post("/api/v1/auth/pin", new PinLoginRequest(UUID.fromString(cashier), "1357"));
        assertThat(in.status()).isEqualTo(200);
        String token = in.json().get("access_token").asString();
        assertThat(http(token).get("/api/v1/users/me").json().get("email").asString()).isEqualTo("cashier@bella-cucina.example");
        assertThat(till.post("/api/v1/auth/pin", new PinLoginRequest(UUID.fromString(cashier), "2468")).status()).isEqualTo(401);
    }

    private String login(String slug, String who) {
        return TestTenants.login(http(), slug, who + "@" + slug + ".example", "olympus-demo").json().get("access_token").asString();
    }

    /**
     * The demo shops' and restaurants' business day (it starts at 04:00 in New York): what the demo
     * calls today, from which it seeds the past and plans the week. Between midnight and 04:00 it
     * is still the day before.
     */
    private static LocalDate businessToday() {
        return java.time.LocalDateTime.now(java.time.ZoneId.of("America/New_York")).minusHours(4).toLocalDate();
    }
}
