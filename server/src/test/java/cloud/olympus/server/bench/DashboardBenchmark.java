package cloud.olympus.server.bench;

import cloud.olympus.server.analytics.AnalyticsRollups;
import cloud.olympus.server.analytics.BusinessDays;
import cloud.olympus.server.analytics.Dashboards;
import cloud.olympus.server.auth.web.AuthController.LoginRequest;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.platform.web.AdminTenantController.FirstOwnerRequest;
import cloud.olympus.server.platform.web.AdminTenantController.ProvisionRequest;
import cloud.olympus.server.shared.database.OwnerLogin;
import cloud.olympus.server.support.ItemBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard of a business with a year of orders: read through HTTP from the rollups, warm (the
 * answer cached) and cold (the cache emptied before each read), against the naive aggregate query of
 * the same sales figures over {@code commerce.orders}, in one run. The orders are written set-based
 * with {@code generate_series} straight into commerce's tables, then the rollups are rebuilt from them.
 * Writes its section of docs/benchmarks.md.
 *
 * <p>Run with {@code bash benchmarks/dashboard.sh} ({@code -Dbench.orders=20000} for a quick check).
 */
public final class DashboardBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_KEY = "benchmark-admin-key-0123456789";
    private static final String APP_PASSWORD = "bench-" + UUID.randomUUID();
    private static final int ITEMS = 50;
    private static final int CUSTOMERS = 2000;

    private final int orders = Integer.getInteger("bench.orders", 1_000_000);
    private final int calls = Integer.getInteger("bench.calls", 200);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String base;
    private JsonMapper wire;

    public static void main(String[] args) throws Exception {
        new DashboardBenchmark().run(Path.of(args.length > 0 ? args[0] : "../docs/benchmarks.md"));
    }

    private void run(Path report) throws Exception {
        Path data = Files.createTempDirectory("olympus-bench");
        try (ConfigurableApplicationContext server = BenchmarkServer.start(data, ADMIN_KEY, APP_PASSWORD)) {
            base = BenchmarkServer.base(server);
            wire = server.getBean(JsonMapper.class);
            String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            JsonNode tenant = JSON.readTree(send("POST", "/api/v1/admin/tenants", ADMIN_KEY, new ProvisionRequest(slug, "Bench",
                    "retail", "enterprise", null, new FirstOwnerRequest("owner@bench.test", "bench-password-1", null))).body());
            UUID tenantId = UUID.fromString(tenant.get("id").asString());
            String token = JSON.readTree(send("POST", "/api/v1/auth/login", null,
                    new LoginRequest("owner@bench.test", "bench-password-1", slug)).body()).get("access_token").asString();
            for (int n = 1; n <= ITEMS; n++) {
                send("POST", "/api/v1/inventory/items", token, ItemBuilder.item("B-" + n, String.format(Locale.ROOT, "%d.50", 2 + n % 20))
                        .name("Bench item " + n).category("Category " + n % 8).unitCost("1.25").stock(1_000_000).create());
            }
            ZoneId zone = server.getBean(Tenants.class).settingsOf(tenantId).zone();
            LocalDate day = BusinessDays.dateOf(java.time.Instant.now(), server.getBean(Tenants.class).settingsOf(tenantId))
                    .minusDays(1);
            OwnerLogin owner = server.getBean(OwnerLogin.class);

            long started = System.nanoTime();
            try (Connection db = DriverManager.getConnection(owner.url(), owner.username(), owner.password())) {
                generate(db, tenantId, zone);
            }
            double generateSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            server.getBean(AnalyticsRollups.class).rebuild(tenantId);
            double rebuildSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%,d orders written in %.1f s, rollups rebuilt in %.1f s%n", orders, generateSeconds, rebuildSeconds);

            Dashboards dashboards = server.getBean(Dashboards.class);
            String path = "/api/v1/analytics/dashboard?date=" + day;
            JsonNode dashboard = JSON.readTree(get(path, token).body());
            OrderPathBenchmark.Result warm;
            OrderPathBenchmark.Result cold;
            OrderPathBenchmark.Result naive;
            BigDecimal naiveRevenue;
            long naiveOrders;
            try (Connection db = DriverManager.getConnection(owner.url(), owner.username(), owner.password())) {
                asTenant(db, tenantId);
                try (PreparedStatement query = db.prepareStatement(NAIVE)) {
                    query.setString(1, zone.getId());
                    query.setObject(2, tenantId);
                    query.setObject(3, day);
                    query.setInt(4, BusinessDays.startTime(server.getBean(Tenants.class).settingsOf(tenantId)).getHour());
                    for (int i = 0; i < calls / 10; i++) {
                        naive(query);
                    }
                    JsonNode figures = naive(query);
                    naiveRevenue = figures.get("day").get("revenue").decimalValue();
                    naiveOrders = figures.get("day").get("orders").asLong();
                    long[] nanos = new long[calls];
                    long begin = System.nanoTime();
                    for (int i = 0; i < calls; i++) {
                        long t = System.nanoTime();
                        naive(query);
                        nanos[i] = System.nanoTime() - t;
                    }
                    naive = OrderPathBenchmark.Result.of(nanos, System.nanoTime() - begin);
                }
            }
            if (dashboard.get("sales").get("revenue").decimalValue().compareTo(naiveRevenue) != 0
                    || dashboard.get("sales").get("orders").asLong() != naiveOrders) {
                throw new IllegalStateException("the dashboard and the naive query differ: " + dashboard.get("sales") + " against "
                        + naiveRevenue + " in " + naiveOrders + " orders");
            }
            warm = measure(path, token, null);
            cold = measure(path, token, dashboards);
            System.out.println("  dashboard, warm  " + warm);
            System.out.println("  dashboard, cold  " + cold);
            System.out.println("  naive SQL        " + naive);
            write(report, day, dashboard, generateSeconds, rebuildSeconds, warm, cold, naive);
        }
    }

    /** {@code calls} reads (after a tenth as many to warm up), the cache emptied before each when {@code dashboards} is given. */
    private OrderPathBenchmark.Result measure(String path, String token, Dashboards dashboards) throws Exception {
        for (int i = 0; i < calls / 10; i++) {
            if (dashboards != null) {
                dashboards.forgetCached();
            }
            get(path, token);
        }
        long[] nanos = new long[calls];
        long begin = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            if (dashboards != null) {
                dashboards.forgetCached();
            }
            long t = System.nanoTime();
            HttpResponse<String> response = get(path, token);
            nanos[i] = System.nanoTime() - t;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("dashboard failed: " + response.statusCode() + " " + response.body());
            }
        }
        return OrderPathBenchmark.Result.of(nanos, System.nanoTime() - begin);
    }

    private static JsonNode naive(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return JSON.readTree(rows.getString(1));
        }
    }

    private static void asTenant(Connection db, UUID tenant) throws SQLException {
        try (PreparedStatement set = db.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
            set.setString(1, tenant.toString());
            set.execute();
        }
    }

    /**
     * A year of orders, evenly over the 365 days before today, between 8 in the morning and 9 at night on
     * the business's clock: two lines each (items and quantities varying with the order's number), tax at
     * 8.25 %, paid by card or cash, every fourth for one of the customers, every fiftieth refunded 1.00.
     */
    private void generate(Connection db, UUID tenant, ZoneId zone) throws SQLException {
        asTenant(db, tenant);
        try (Statement sql = db.createStatement()) {
            String t = "'" + tenant + "'::uuid";
            String z = "'" + zone.getId() + "'";
            sql.execute("CREATE TEMP TABLE bench_items AS SELECT (row_number() OVER (ORDER BY sku) - 1)::int AS k, id, sku, name, "
                    + "unit_price FROM inventory.items");
            sql.execute("CREATE TEMP TABLE bench_customers AS SELECT k, gen_random_uuid() AS id FROM generate_series(0, "
                    + (CUSTOMERS - 1) + ") k");
            sql.execute("INSERT INTO customer.profiles (tenant_id, id, first_name) SELECT " + t + ", id, 'Customer ' || k "
                    + "FROM bench_customers");
            sql.execute("CREATE TEMP TABLE bench_orders AS SELECT n, gen_random_uuid() AS id, "
                    + "((date_trunc('day', now() AT TIME ZONE " + z + ") - make_interval(days => 1 + n % 365) "
                    + "+ make_interval(hours => 8 + (n * 7) % 13, mins => (n * 11) % 60)) AT TIME ZONE " + z + ") AS at "
                    + "FROM generate_series(1, " + orders + ") n");
            sql.execute("CREATE TEMP TABLE bench_lines AS SELECT o.n, o.id AS order_id, l.line_no, i.id AS product_id, i.sku, "
                    + "i.name, 1 + (o.n + l.line_no) % 3 AS quantity, i.unit_price, i.unit_price * (1 + (o.n + l.line_no) % 3) AS gross, "
                    + "round(i.unit_price * (1 + (o.n + l.line_no) % 3) * 0.0825, 2) AS tax "
                    + "FROM bench_orders o CROSS JOIN generate_series(1, 2) l(line_no) "
                    + "JOIN bench_items i ON i.k = (o.n * CASE l.line_no WHEN 1 THEN 7 ELSE 13 END + l.line_no) % " + ITEMS);
            sql.execute("INSERT INTO commerce.orders (tenant_id, id, order_number, customer_id, status, source, currency, "
                    + "subtotal, discount_total, tax, total, payment_status, paid_total, refunded_total, business_date, created_at, "
                    + "updated_at, completed_at) "
                    + "SELECT " + t + ", o.id, 'B' || o.n, CASE WHEN o.n % 4 = 0 THEN c.id END, 'completed', 'pos', 'USD', "
                    + "s.gross, 0, s.tax, s.gross + s.tax, CASE WHEN o.n % 50 = 0 THEN 'partially_refunded' ELSE 'paid' END, "
                    + "s.gross + s.tax, CASE WHEN o.n % 50 = 0 THEN 1.00 ELSE 0 END, CAST(o.at AT TIME ZONE " + z + " AS date), "
                    + "o.at, o.at, o.at "
                    + "FROM bench_orders o JOIN (SELECT n, sum(gross) AS gross, sum(tax) AS tax FROM bench_lines GROUP BY n) s USING (n) "
                    + "LEFT JOIN bench_customers c ON c.k = o.n % " + CUSTOMERS);
            sql.execute("INSERT INTO commerce.order_lines (tenant_id, id, order_id, line_no, product_id, sku, name, quantity, "
                    + "unit_price, tax_class, gross, discount, tax, total) "
                    + "SELECT " + t + ", gen_random_uuid(), order_id, line_no, product_id, sku, name, quantity, unit_price, "
                    + "'standard', gross, 0, tax, gross + tax FROM bench_lines");
            sql.execute("INSERT INTO commerce.payments (tenant_id, id, order_id, method, amount, created_at) "
                    + "SELECT " + t + ", gen_random_uuid(), o.id, CASE WHEN o.n % 3 = 0 THEN 'cash' ELSE 'card' END, o.total, "
                    + "o.created_at FROM (SELECT b.n, r.id, r.total, r.created_at FROM bench_orders b "
                    + "JOIN commerce.orders r ON r.tenant_id = " + t + " AND r.id = b.id) o");
            sql.execute("INSERT INTO commerce.refunds (tenant_id, id, order_id, amount, lines, reason, method, created_at) "
                    + "SELECT " + t + ", gen_random_uuid(), id, 1.00, '[]', 'benchmark', "
                    + "CASE WHEN n % 3 = 0 THEN 'cash' ELSE 'card' END, at FROM bench_orders WHERE n % 50 = 0");
            sql.execute("ANALYZE commerce.orders");
            sql.execute("ANALYZE commerce.order_lines");
            sql.execute("ANALYZE commerce.payments");
            sql.execute("ANALYZE commerce.refunds");
        }
    }

    /**
     * The dashboard's sales figures counted from the orders as commerce counts them: the day, the day
     * before and the same day a week before (revenue net of refunds and orders), the day's hours, its
     * top five items and its payment mix, each day a business day from its start hour. Parameters: the
     * zone, the tenant, the date, the hour business days start at.
     */
    private static final String NAIVE = """
            WITH p AS (SELECT CAST(? AS text) AS zone, CAST(? AS uuid) AS tenant, CAST(? AS date) AS day, CAST(? AS int) AS opens),
            o AS (
                SELECT o.id, o.total, o.refunded_total, o.status, (COALESCE(o.rung_at, o.created_at) AT TIME ZONE p.zone) AS local,
                       CAST((COALESCE(o.rung_at, o.created_at) AT TIME ZONE p.zone) - make_interval(hours => p.opens) AS date) AS bday
                  FROM commerce.orders o, p
                 WHERE o.tenant_id = p.tenant AND o.business_date BETWEEN p.day - 9 AND p.day + 2),
            d AS (SELECT o.* FROM o, p WHERE bday = p.day),
            totals AS (
                SELECT bday AS day,
                       coalesce(sum(total) FILTER (WHERE status = 'completed'), 0) - coalesce(sum(refunded_total), 0) AS revenue,
                       count(*) FILTER (WHERE status = 'completed') AS orders
                  FROM o GROUP BY 1)
            SELECT json_build_object(
                'day', (SELECT json_build_object('revenue', coalesce(max(revenue), 0), 'orders', coalesce(max(orders), 0))
                          FROM totals, p WHERE totals.day = p.day),
                'yesterday', (SELECT json_build_object('revenue', max(revenue), 'orders', max(orders)) FROM totals, p
                               WHERE totals.day = p.day - 1),
                'last_week', (SELECT json_build_object('revenue', max(revenue), 'orders', max(orders)) FROM totals, p
                               WHERE totals.day = p.day - 7),
                'by_hour', (SELECT json_agg(h ORDER BY h.hour) FROM (
                               SELECT CAST(extract(hour FROM local) AS int) AS hour,
                                      coalesce(sum(total) FILTER (WHERE status = 'completed'), 0) - coalesce(sum(refunded_total), 0) AS revenue,
                                      count(*) FILTER (WHERE status = 'completed') AS orders
                                 FROM d GROUP BY 1) h),
                'top_products', (SELECT json_agg(t) FROM (
                               SELECT l.product_id, sum(l.quantity) AS quantity, sum(l.total) AS revenue
                                 FROM d JOIN commerce.order_lines l ON l.tenant_id = (SELECT tenant FROM p) AND l.order_id = d.id
                                WHERE d.status = 'completed' GROUP BY 1 ORDER BY 3 DESC LIMIT 5) t),
                'payment_mix', (SELECT json_agg(m) FROM (
                               SELECT y.method, sum(y.amount) AS amount, count(*) AS count
                                 FROM d JOIN commerce.payments y ON y.tenant_id = (SELECT tenant FROM p) AND y.order_id = d.id
                                WHERE d.status = 'completed' GROUP BY 1) m))
            """;

    private void write(Path report, LocalDate day, JsonNode dashboard, double generateSeconds, double rebuildSeconds,
                       OrderPathBenchmark.Result warm, OrderPathBenchmark.Result cold, OrderPathBenchmark.Result naive)
            throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("unknown CPU");
        String text = """
                ## The dashboard: rollups against the orders

                Measured on %s: %d cores (%s), Java %s. Server, PostgreSQL and the client share the machine.

                Command: `bash benchmarks/dashboard.sh` (`-Dbench.orders=N`, 1,000,000 by default; `-Dbench.calls=N`, 200).

                One business with %,d orders over the 365 days before today (two lines each, every fiftieth refunded
                1.00, every fourth for one of %,d customers), written set-based into commerce's tables in %.0f s, the
                rollups rebuilt from them in %.1f s. The dashboard of %s (%s orders, revenue %s) is read %d times
                in a row through HTTP, one at a time: **warm**, its answer cached; **cold**, the cache emptied before
                each read, so every read sums the rollups and asks the customers, stock and labour. The **naive** row
                is one SQL statement over `commerce.orders`, its lines and payments (by the business-date index)
                giving the same sales figures (the day, the day before, a week before, the hours, the top items, the
                payment mix; checked equal to the dashboard's), sent over JDBC without HTTP, and without the
                customers, stock and staff the dashboard adds.

                | | reads/s | p50 ms | p95 ms |
                |---|---:|---:|---:|
                | dashboard, warm (cached) | %.0f | %.2f | %.2f |
                | dashboard, cold (from the rollups) | %.0f | %.2f | %.2f |
                | naive aggregate SQL over the orders | %.0f | %.2f | %.2f |
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.version"),
                orders, CUSTOMERS, generateSeconds, rebuildSeconds, day, dashboard.get("sales").get("orders").asString(),
                dashboard.get("sales").get("revenue").asString(), calls,
                warm.perSecond(), warm.p50(), warm.p95(), cold.perSecond(), cold.p50(), cold.p95(),
                naive.perSecond(), naive.p50(), naive.p95());
        BenchmarkReport.writeSection(report, "dashboard", text);
        System.out.println("Wrote " + report.toAbsolutePath().normalize());
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String bearer, Object body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(BenchmarkServer.json(base, wire, method, path, bearer, body).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " failed: " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
