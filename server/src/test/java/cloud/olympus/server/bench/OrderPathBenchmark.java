package cloud.olympus.server.bench;

import cloud.olympus.model.pricing.PriceCalculator;
import cloud.olympus.model.pricing.PricedOrder;
import cloud.olympus.model.pricing.PricingLine;
import cloud.olympus.model.pricing.TaxRates;
import cloud.olympus.server.auth.web.AuthController.LoginRequest;
import cloud.olympus.server.platform.web.AdminTenantController.FirstOwnerRequest;
import cloud.olympus.server.platform.web.AdminTenantController.ProvisionRequest;
import cloud.olympus.server.shared.database.OwnerLogin;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.OrderRequests;
import cloud.olympus.server.support.SaleBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Order creation through the whole stack (HTTP, token check, pricing, stock reservation, order
 * and lines, idempotency key, response) against the same SQL statements sent by pgbench to the
 * same PostgreSQL, in one run; and the same for a till sale recorded as a fact (its amounts
 * checked, stock taken, two tenders). Writes docs/benchmarks.md.
 *
 * <p>Run with {@code bash benchmarks/order-path.sh}. Both load generators share the machine with
 * the server and the database; the ratio between them is what to watch.
 */
public final class OrderPathBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_KEY = "benchmark-admin-key-0123456789";
    private static final String APP_PASSWORD = "bench-" + UUID.randomUUID();

    private final int clients = Integer.getInteger("bench.clients", 16);
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 30));
    private final Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 15));
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private String base;
    /** The server's own mapper, for request bodies: the JSON is what it reads. */
    private JsonMapper wire;
    private String token;
    private final List<String> tracked = new ArrayList<>();
    private final List<String> untracked = new ArrayList<>();
    private final Map<String, BigDecimal> prices = new HashMap<>();
    /** One terminal per till; a sale's Idempotency-Key belongs to its terminal. */
    private final List<UUID> terminals = new ArrayList<>();
    private TaxRates taxRates;
    private PriceCalculator calculator;
    private String cashier;

    /** One request of a kind: an order, or a till sale. */
    private interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    public static void main(String[] args) throws Exception {
        new OrderPathBenchmark().run(Path.of(args.length > 0 ? args[0] : "../docs/benchmarks.md"));
    }

    private void run(Path report) throws Exception {
        Path data = Files.createTempDirectory("olympus-bench");
        try (ConfigurableApplicationContext server = BenchmarkServer.start(data, ADMIN_KEY, APP_PASSWORD,
                "--olympus.database.pool-size=" + clients)) {
            base = BenchmarkServer.base(server);
            wire = server.getBean(JsonMapper.class);
            OwnerLogin owner = server.getBean(OwnerLogin.class);
            UUID tenant = setUp();

            System.out.printf("%d clients, %d s warm-up, %d rounds of %d s, alternating%n", clients, warmup.toSeconds(), ROUNDS,
                    measure.toSeconds());
            Call order = this::order;
            Call sale = this::sale;
            closedLoop(warmup, order);
            String sample = order().body();
            cashier = JSON.readTree(sample).get("created_by").asString();
            closedLoop(warmup, sale);
            String saleSample = sale().body();
            if (JSON.readTree(saleSample).get("needs_review").asBoolean()) {
                throw new IllegalStateException("the benchmark's sale differs from the catalogue: " + saleSample);
            }
            Map<String, String> orderVariables = Map.of("items", JSON.readTree(sample).get("items").toString(), "response", sample,
                    "user", cashier);
            Map<String, String> saleVariables = Map.of("items", JSON.readTree(saleSample).get("items").toString(),
                    "response", saleSample, "user", cashier);
            Pgbench pgbench = new Pgbench("order.sql", owner.url(), tenant, orderVariables, clients, data, true);
            Pgbench undurable = new Pgbench("order.sql", owner.url(), tenant, orderVariables, clients, data, false);
            Pgbench salesSql = new Pgbench("sale.sql", owner.url(), tenant, saleVariables, clients, data, true);
            pgbench.run(warmup, 0);
            salesSql.run(warmup, 0);
            // Alternate all five, round by round, so a slow moment of the shared machine hits all alike.
            List<Result> stackRounds = new ArrayList<>();
            List<Result> sqlRounds = new ArrayList<>();
            List<Result> undurableRounds = new ArrayList<>();
            List<Result> saleStackRounds = new ArrayList<>();
            List<Result> saleSqlRounds = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                stackRounds.add(closedLoop(measure, order));
                sqlRounds.add(pgbench.run(measure, 0));
                undurableRounds.add(undurable.run(measure, 0));
                saleStackRounds.add(closedLoop(measure, sale));
                saleSqlRounds.add(salesSql.run(measure, 0));
                System.out.printf("  round %d: full stack %s%n           raw SQL    %s%n           raw SQL, commits not waiting for "
                        + "the disk %s%n           sales, full stack %s%n           sales, raw SQL    %s%n", round,
                        stackRounds.get(round - 1), sqlRounds.get(round - 1), undurableRounds.get(round - 1),
                        saleStackRounds.get(round - 1), saleSqlRounds.get(round - 1));
            }
            Result stackPeak = median(stackRounds);
            Result sqlPeak = median(sqlRounds);
            Result undurablePeak = median(undurableRounds);
            Result saleStackPeak = median(saleStackRounds);
            Result saleSqlPeak = median(saleSqlRounds);
            Result stackHalf = openLoop(stackPeak.perSecond() / 2, measure, order);
            System.out.println("  full stack at half peak        " + stackHalf);
            Result sqlHalf = pgbench.run(measure, sqlPeak.perSecond() / 2);
            System.out.println("  raw SQL at half peak           " + sqlHalf);
            Result saleStackHalf = openLoop(saleStackPeak.perSecond() / 2, measure, sale);
            System.out.println("  sales, full stack at half peak " + saleStackHalf);
            Result saleSqlHalf = salesSql.run(measure, saleSqlPeak.perSecond() / 2);
            System.out.println("  sales, raw SQL at half peak    " + saleSqlHalf);
            write(report, new Rows(stackPeak, stackHalf, sqlPeak, sqlHalf), undurablePeak,
                    new Rows(saleStackPeak, saleStackHalf, saleSqlPeak, saleSqlHalf));
        }
    }

    private UUID setUp() throws Exception {
        String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode tenant = JSON.readTree(send("POST", "/api/v1/admin/tenants", ADMIN_KEY, null, new ProvisionRequest(slug, "Bench",
                "retail", "enterprise", null, new FirstOwnerRequest("owner@bench.test", "bench-password-1", null))).body());
        // The till prices a sale with the shared calculator at the business's own rates, as the server checks it.
        JsonNode settings = tenant.get("settings");
        Map<String, BigDecimal> rates = new HashMap<>();
        settings.get("tax_rates").properties().forEach(rate -> rates.put(rate.getKey(), rate.getValue().decimalValue()));
        taxRates = new TaxRates(rates, settings.path("tax_inclusive").asBoolean(false));
        calculator = new PriceCalculator(java.util.Currency.getInstance(settings.path("currency").asString("USD"))
                .getDefaultFractionDigits());
        for (int t = 0; t < clients; t++) {
            terminals.add(UUID.randomUUID());
        }
        token = JSON.readTree(send("POST", "/api/v1/auth/login", null, null,
                new LoginRequest("owner@bench.test", "bench-password-1", slug)).body()).get("access_token").asString();
        for (int n = 1; n <= 50; n++) {
            boolean counted = n <= 30;
            JsonNode item = JSON.readTree(send("POST", "/api/v1/inventory/items", token, null,
                    ItemBuilder.item("B-" + n, String.format(Locale.ROOT, "%d.50", 5 + n % 20)).name("Bench item " + n)
                            .stock(counted ? 10_000_000 : 0).trackStock(counted).create()).body());
            (counted ? tracked : untracked).add(item.get("id").asString());
            prices.put(item.get("id").asString(), item.get("unit_price").decimalValue());
        }
        return UUID.fromString(tenant.get("id").asString());
    }

    /** One order of three lines: two counted items, one not, as the pgbench script does. */
    private HttpResponse<String> order() throws IOException, InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HttpResponse<String> response = send("POST", "/api/v1/orders", token, UUID.randomUUID().toString(), OrderRequests.order(
                OrderRequests.line(tracked.get(random.nextInt(tracked.size())), 1 + random.nextInt(2)),
                OrderRequests.line(tracked.get(random.nextInt(tracked.size())), 1 + random.nextInt(2)),
                OrderRequests.line(untracked.get(random.nextInt(untracked.size())), 1)));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("order failed: " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    /**
     * One till sale of the same three lines, recorded in one request as the till rang it: charged at
     * the catalogue's prices, paid with two tenders, part by card and the rest in cash with change.
     */
    private HttpResponse<String> sale() throws IOException, InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> products = List.of(tracked.get(random.nextInt(tracked.size())), tracked.get(random.nextInt(tracked.size())),
                untracked.get(random.nextInt(untracked.size())));
        List<Integer> quantities = List.of(1 + random.nextInt(2), 1 + random.nextInt(2), 1);
        UUID id = UUID.randomUUID();
        SaleBuilder body = SaleBuilder.sale(id, terminals.get(random.nextInt(terminals.size())), Instant.now())
                .cashier(UUID.fromString(cashier));
        List<PricingLine> pricing = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            BigDecimal price = prices.get(products.get(i));
            pricing.add(new PricingLine(String.valueOf(i), price, List.of(), quantities.get(i), TaxRates.STANDARD));
            body.line(products.get(i), quantities.get(i), price.toPlainString());
        }
        PricedOrder priced = calculator.price(pricing, List.of(), taxRates);
        BigDecimal card = new BigDecimal("10.00");
        // The rest in cash, rounded up to the next 5 above it: there is always change.
        BigDecimal rest = priced.total().subtract(card);
        BigDecimal cash = rest.divide(BigDecimal.valueOf(5), 0, RoundingMode.FLOOR).add(BigDecimal.ONE).multiply(BigDecimal.valueOf(5))
                .setScale(calculator.scale());
        body.amounts(priced.subtotal().toPlainString(), priced.tax().toPlainString(), priced.total().toPlainString())
                .tender("card", card.toPlainString()).tender("cash", cash.toPlainString());
        HttpResponse<String> response = send("POST", "/api/v1/sales", token, id.toString(), body.request());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("sale failed: " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private HttpResponse<String> send(String method, String path, String bearer, String idempotencyKey, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = BenchmarkServer.json(base, wire, method, path, bearer, body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As many orders (or sales) as {@code clients} tills can send back to back. */
    private Result closedLoop(Duration duration, Call call) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        List<List<Long>> perThread = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Long> latencies = new ArrayList<>();
            perThread.add(latencies);
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    call.send();
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (var f : futures) {
            f.get();
        }
        long elapsed = System.nanoTime() - started;
        pool.shutdown();
        return Result.of(perThread.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray(), elapsed);
    }

    /** Orders (or sales) arriving at a fixed rate; latency counts from when each was due, so queueing shows. */
    private Result openLoop(double perSecond, Duration duration, Call call) throws Exception {
        int total = (int) (perSecond * duration.toSeconds());
        long interval = (long) (1_000_000_000L / perSecond);
        long[] latencies = new long[total];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients * 4);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            int index = i;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pool.submit(() -> {
                try {
                    call.send();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                latencies[index] = System.nanoTime() - due;
                done.incrementAndGet();
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        return Result.of(latencies, System.nanoTime() - start);
    }

    /** The round with the median throughput. */
    private static Result median(List<Result> rounds) {
        List<Result> sorted = new ArrayList<>(rounds);
        sorted.sort(java.util.Comparator.comparingDouble(Result::perSecond));
        return sorted.get(sorted.size() / 2);
    }

    record Result(int orders, double perSecond, double p50, double p95, double p99) {

        static Result of(long[] nanos, long elapsedNanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Result(sorted.length, sorted.length / (elapsedNanos / 1e9), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99));
        }

        private static double ms(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d orders, %.0f orders/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms",
                    orders, perSecond, p50, p95, p99);
        }
    }

    /**
     * pgbench with the server's statements ({@code script}, from bench/ in the test resources), as
     * the application role, latencies from its per-transaction log. {@code variables} are the
     * script's values taken from a sample answer of the full stack. Not {@code durable}: each
     * session commits without waiting for the disk ({@code synchronous_commit = off}), which shows
     * what durability costs.
     */
    private record Pgbench(String script, String jdbcUrl, UUID tenant, Map<String, String> variables, int clients, Path dir,
                           boolean durable) {

        Result run(Duration duration, double rate) throws Exception {
            Path scriptFile = dir.resolve(script);
            try (InputStream in = OrderPathBenchmark.class.getResourceAsStream("/bench/" + script)) {
                Files.write(scriptFile, in.readAllBytes());
            }
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            Path logs = Files.createTempDirectory(dir, "pgbench");
            List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()),
                    "-U", "olympus_app", "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(duration.toSeconds()),
                    "-f", scriptFile.toString(), "-l", "--log-prefix=" + logs.resolve("tx"), "-D", "tenant=" + tenant));
            variables.forEach((name, value) -> command.addAll(List.of("-D", name + "=" + value)));
            if (rate > 0) {
                command.addAll(List.of("-R", String.valueOf((int) rate)));
            }
            command.add(uri.getPath().substring(1));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", APP_PASSWORD);
            if (!durable) {
                builder.environment().put("PGOPTIONS", "-c synchronous_commit=off");
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0 || output.contains("aborted")) {
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            List<Long> latencies = new ArrayList<>();
            try (var files = Files.list(logs)) {
                for (Path file : files.toList()) {
                    for (String line : Files.readAllLines(file)) {
                        String[] fields = line.split(" ");
                        // client, transaction, latency (µs) [with -R: … schedule lag last]
                        long micros = Long.parseLong(fields[2]);
                        latencies.add(micros * 1000L);
                    }
                }
            }
            long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
            return Result.of(nanos, duration.toNanos());
        }
    }

    /** The four measurements of one kind of request: peak and half peak, full stack and raw SQL. */
    private record Rows(Result stackPeak, Result stackHalf, Result sqlPeak, Result sqlHalf) {
    }

    private void write(Path report, Rows orders, Result undurablePeak, Rows sales) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("unknown CPU");
        String text = """
                ## Orders and till sales: full stack against raw SQL

                Measured on %s: %d cores (%s), Java %s. Server, PostgreSQL and load generators share the machine.

                Command: `bash benchmarks/order-path.sh` (about eight minutes: %d s of warm-up for each of the four
                loads, then %d rounds of five runs of %d s each, then four half-peak runs of %d s).

                What one order is, in every row: three lines (two stock-counted items, one not), with an
                Idempotency-Key, under row-level security as `olympus_app`, on the embedded PostgreSQL 17 with its
                durable settings (fsync, full page writes and synchronous commit on: each answered order is on disk).
                The full stack goes through HTTP, JSON with its input bounds, token and session check, tenant
                context, pricing with the shared calculator, stock reservation with its ledger rows, order number,
                order and lines, the idempotent answer, and request logging. pgbench sends the same statements
                ([server/src/test/resources/bench/order.sql](../server/src/test/resources/bench/order.sql))
                with %d clients, as the full stack uses %d concurrent tills and a pool of %d connections.

                What one till sale is, in the sales rows: the same three lines, rung by a till and recorded as a fact
                in one `POST /api/v1/sales` with the sale's id as Idempotency-Key, paid with two tenders (10.00 by
                card, the rest in cash with change). The full stack checks the till's amounts with the shared
                calculator against today's catalogue, takes the counted items' stock as of when the sale was rung
                (looking for a count made since), numbers the order, writes it with its lines and payments and the
                event registry's row for the completed order, answers with the sale as it was written (nothing read
                back), and keeps that answer under the till's terminal. After the commit, the registry delivers the event and deletes
                its row, in two short transactions of their own. pgbench sends the same statements
                ([server/src/test/resources/bench/sale.sql](../server/src/test/resources/bench/sale.sql)),
                the registry's two transactions included, so its latency counts three commits where a till waits
                for one. A sale is recorded as one order, so the rate is in orders/s.

                Both also feed the live screens: after the commit, each event is relayed by the `realtime`
                module (read what the screens need, write it to `realtime.events` under the business's next
                number, notify every instance), a transaction per event. pgbench sends the event registry's rows
                and transactions for these publications too (six for a sale), but not the relay's own reads and
                writes, so the full stack does more than its raw SQL row here.

                | | orders/s | p50 ms | p95 ms | p99 ms |
                |---|---:|---:|---:|---:|
                | full stack, peak (%d tills back to back; median of %d rounds) | %.0f | %.2f | %.2f | %.2f |
                | raw SQL (pgbench), peak (median of %d rounds) | %.0f | %.2f | %.2f | %.2f |
                | raw SQL, commits not waiting for the disk (`synchronous_commit = off`; median of %d rounds) | %.0f | %.2f | %.2f | %.2f |
                | full stack at half its peak (%.0f orders/s, open loop) | %.0f | %.2f | %.2f | %.2f |
                | raw SQL at half its peak (%.0f orders/s, `-R`) | %.0f | %.2f | %.2f | %.2f |
                | till sales, full stack, peak (%d tills back to back; median of %d rounds) | %.0f | %.2f | %.2f | %.2f |
                | till sales, raw SQL (pgbench), peak (median of %d rounds) | %.0f | %.2f | %.2f | %.2f |
                | till sales, full stack at half its peak (%.0f sales/s, open loop) | %.0f | %.2f | %.2f | %.2f |
                | till sales, raw SQL at half its peak (%.0f sales/s, `-R`) | %.0f | %.2f | %.2f | %.2f |

                Full stack throughput is **%.0f %%** of raw SQL on the same durable settings (aim: 50 %% or more).
                Waiting for the disk at each commit costs raw SQL **%.0f %%** of its throughput here. At half of its
                peak the full stack's p99 is **%.1f ms** (aim: under 25 ms).
                Till sales through the full stack run at **%.0f %%** of their raw SQL throughput, and at half of
                their peak their p99 is **%.1f ms**.

                The peak runs alternate, full stack, raw SQL, raw SQL without waiting, then till sales through the
                full stack and as raw SQL, %d rounds each, so that a slow spell of the shared machine hits all; single
                runs here have varied by about ±15 %%. Latencies of the open-loop runs count from when each order
                was due, so time spent queueing is included.
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.version"),
                warmup.toSeconds(), ROUNDS, measure.toSeconds(), measure.toSeconds(),
                clients, clients, clients,
                clients, ROUNDS, orders.stackPeak().perSecond(), orders.stackPeak().p50(), orders.stackPeak().p95(),
                orders.stackPeak().p99(),
                ROUNDS, orders.sqlPeak().perSecond(), orders.sqlPeak().p50(), orders.sqlPeak().p95(), orders.sqlPeak().p99(),
                ROUNDS, undurablePeak.perSecond(), undurablePeak.p50(), undurablePeak.p95(), undurablePeak.p99(),
                orders.stackPeak().perSecond() / 2, orders.stackHalf().perSecond(), orders.stackHalf().p50(),
                orders.stackHalf().p95(), orders.stackHalf().p99(),
                orders.sqlPeak().perSecond() / 2, orders.sqlHalf().perSecond(), orders.sqlHalf().p50(), orders.sqlHalf().p95(),
                orders.sqlHalf().p99(),
                clients, ROUNDS, sales.stackPeak().perSecond(), sales.stackPeak().p50(), sales.stackPeak().p95(),
                sales.stackPeak().p99(),
                ROUNDS, sales.sqlPeak().perSecond(), sales.sqlPeak().p50(), sales.sqlPeak().p95(), sales.sqlPeak().p99(),
                sales.stackPeak().perSecond() / 2, sales.stackHalf().perSecond(), sales.stackHalf().p50(),
                sales.stackHalf().p95(), sales.stackHalf().p99(),
                sales.sqlPeak().perSecond() / 2, sales.sqlHalf().perSecond(), sales.sqlHalf().p50(), sales.sqlHalf().p95(),
                sales.sqlHalf().p99(),
                100 * orders.stackPeak().perSecond() / orders.sqlPeak().perSecond(),
                100 * (1 - orders.sqlPeak().perSecond() / undurablePeak.perSecond()), orders.stackHalf().p99(),
                100 * sales.stackPeak().perSecond() / sales.sqlPeak().perSecond(), sales.stackHalf().p99(),
                ROUNDS);
        BenchmarkReport.writeSection(report, "order-path", text);
        System.out.println("Wrote " + report.toAbsolutePath().normalize());
    }
}
