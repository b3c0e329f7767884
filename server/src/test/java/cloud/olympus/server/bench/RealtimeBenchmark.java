package cloud.olympus.server.bench;

import cloud.olympus.server.OlympusServer;
import cloud.olympus.server.auth.web.AuthController.LoginRequest;
import cloud.olympus.server.commerce.OrderPlaced;
import cloud.olympus.server.platform.web.AdminTenantController.FirstOwnerRequest;
import cloud.olympus.server.platform.web.AdminTenantController.ProvisionRequest;
import cloud.olympus.server.shared.database.OwnerLogin;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.OrderRequests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery of live events: 1,000 WebSocket subscribers of one business on loopback, orders placed
 * at a steady rate, and for every subscriber and order the time from the order's commit to the
 * moment the subscriber has the whole {@code order.placed} message; first with one server instance,
 * then with two sharing the database (half the subscribers on each, orders placed on both in turn).
 * Writes its section of docs/benchmarks.md.
 *
 * <p>Run with {@code bash benchmarks/realtime.sh}. Servers, PostgreSQL and the subscribers share
 * the machine; the commit is timed inside the server (after its transaction commits), the receipt
 * in the subscriber, on the same clock.
 */
public final class RealtimeBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_KEY = "benchmark-admin-key-0123456789";
    private static final String APP_PASSWORD = "bench-" + UUID.randomUUID();
    private static final String ID_MARK = "\"data\":{\"id\":\"";

    private final int subscribers = Integer.getInteger("bench.subscribers", 1000);
    private final int rate = Integer.getInteger("bench.rate", 10);
    private final Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
    /** The subscribers' connections share a few clients, each with its own reading thread. */
    private final List<HttpClient> clients = java.util.stream.IntStream.range(0, 4)
            .mapToObj(i -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()).toList();
    private final HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** When each order's transaction committed, by order id (System.nanoTime). */
    private final Map<String, Long> commits = new ConcurrentHashMap<>();
    /** Every subscriber's receipt of an order: its id and when. */
    private final ConcurrentLinkedQueue<Receipt> receipts = new ConcurrentLinkedQueue<>();
    /** The server's own mapper, for request bodies: the JSON is what it reads. */
    private JsonMapper wire;
    private String token;
    private String item;

    private record Receipt(String orderId, long at) {
    }

    private record Result(String setup, int subscribers, int orders, long expected, long delivered, double[] millis) {
    }

    public static void main(String[] args) throws Exception {
        new RealtimeBenchmark().run(Path.of(args.length > 0 ? args[0] : "../docs/benchmarks.md"));
        System.exit(0);
    }

    private void run(Path report) throws Exception {
        Path data = Files.createTempDirectory("olympus-realtime-bench");
        List<Result> results = new ArrayList<>();
        try (ConfigurableApplicationContext one = start(data, "one", null)) {
            String baseOne = base(one);
            setUp(one, baseOne);
            System.out.printf(Locale.ROOT, "%d subscribers, %d orders/s, %d s warm-up, %d s measured%n", subscribers, rate,
                    warmup.toSeconds(), measure.toSeconds());
            results.add(phase("one instance", List.of(baseOne)));
            try (ConfigurableApplicationContext two = start(data, "two", one.getBean(OwnerLogin.class))) {
                results.add(phase("two instances, one database", List.of(baseOne, base(two))));
            }
        }
        results.forEach(r -> System.out.println(row(r)));
        BenchmarkReport.writeSection(report, "realtime", section(results));
        System.out.println("Wrote " + report.toAbsolutePath().normalize());
    }

    private ConfigurableApplicationContext start(Path data, String name, OwnerLogin database) throws Exception {
        Path own = Files.createDirectories(data.resolve(name));
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--olympus.data-dir=" + own,
                "--olympus.auth.admin-key=" + ADMIN_KEY, "--olympus.database.app-password=" + APP_PASSWORD,
                "--logging.config=classpath:bench/server-logback.xml", "--logging.file.name=" + own.resolve("server.log"),
                "--logging.threshold.console=OFF", "--spring.main.banner-mode=off"));
        if (database != null) {
            args.add("--spring.datasource.url=" + database.url());
            args.add("--spring.datasource.username=" + database.username());
            args.add("--spring.datasource.password=" + database.password());
        }
        return new SpringApplicationBuilder(OlympusServer.class).listeners(commitTimer()).run(args.toArray(String[]::new));
    }

    /** Notes when the transaction that placed an order commits, inside the server. */
    private ApplicationListener<ApplicationEvent> commitTimer() {
        return event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof OrderPlaced placed
                    && TransactionSynchronizationManager.isSynchronizationActive()) {
                String id = placed.orderId().toString();
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        commits.put(id, System.nanoTime());
                    }
                });
            }
        };
    }

    private void setUp(ConfigurableApplicationContext server, String base) throws Exception {
        wire = server.getBean(JsonMapper.class);
        String slug = "live-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "owner@" + slug + ".example";
        post(base, "/api/v1/admin/tenants", ADMIN_KEY, new ProvisionRequest(slug, "Live bench", "restaurant", "professional", null,
                new FirstOwnerRequest(email, "bench-password-1", "Owner")));
        token = post(base, "/api/v1/auth/login", null, new LoginRequest(email, "bench-password-1", slug)).get("access_token").asString();
        item = post(base, "/api/v1/inventory/items", token, ItemBuilder.item("LIVE-1", "3.00").name("Espresso").stock(1_000_000)
                .create()).get("id").asString();
    }

    /** Subscribers spread over the instances, orders placed on each in turn at the steady rate. */
    private Result phase(String setup, List<String> bases) throws Exception {
        List<WebSocket> sockets = connect(bases);
        try {
            load(bases, warmup);
            awaitQuiet();
            receipts.clear();
            List<String> placed = load(bases, measure);
            awaitQuiet();
            return result(setup, placed);
        } finally {
            sockets.forEach(s -> s.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null));
            receipts.clear();
        }
    }

    private List<WebSocket> connect(List<String> bases) throws Exception {
        AtomicInteger subscribed = new AtomicInteger();
        Semaphore opening = new Semaphore(50);
        List<CompletableFuture<WebSocket>> opened = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            String base = bases.get(i % bases.size()).replace("http://", "ws://");
            opening.acquire();
            CompletableFuture<WebSocket> socket = clients.get(i % clients.size()).newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(URI.create(base + "/ws"), new Subscriber(subscribed))
                    .whenComplete((s, e) -> opening.release());
            opened.add(socket);
        }
        List<WebSocket> sockets = new ArrayList<>();
        for (CompletableFuture<WebSocket> socket : opened) {
            sockets.add(socket.get(60, TimeUnit.SECONDS));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (subscribed.get() < subscribers && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (subscribed.get() < subscribers) {
            throw new IllegalStateException("only " + subscribed.get() + " of " + subscribers + " subscribed");
        }
        return sockets;
    }

    /** Places orders at the steady rate for {@code length}, each on the next instance; answers their ids. */
    private List<String> load(List<String> bases, Duration length) throws Exception {
        int count = (int) (length.toSeconds() * rate);
        List<CompletableFuture<String>> orders = new ArrayList<>();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger next = new AtomicInteger();
        CompletableFuture<Void> done = new CompletableFuture<>();
        clock.scheduleAtFixedRate(() -> {
            int n = next.getAndIncrement();
            if (n >= count) {
                done.complete(null);
                return;
            }
            synchronized (orders) {
                orders.add(placeOrder(bases.get(n % bases.size())));
            }
        }, 0, TimeUnit.SECONDS.toNanos(1) / rate, TimeUnit.NANOSECONDS);
        done.get(length.toSeconds() + 60, TimeUnit.SECONDS);
        clock.shutdownNow();
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<String> order : orders) {
            ids.add(order.get(60, TimeUnit.SECONDS));
        }
        return ids;
    }

    private CompletableFuture<String> placeOrder(String base) {
        String body = wire.writeValueAsString(OrderRequests.order(OrderRequests.line(item, 1)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/orders"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return api.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 201) {
                throw new IllegalStateException("order refused: " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("id").asString();
        });
    }

    /** Waits until no receipt has arrived for two seconds. */
    private void awaitQuiet() throws InterruptedException {
        int before = -1;
        while (receipts.size() != before) {
            before = receipts.size();
            Thread.sleep(2_000);
        }
    }

    private Result result(String setup, List<String> placed) {
        java.util.Set<String> ours = new java.util.HashSet<>(placed);
        List<Double> latencies = new ArrayList<>();
        for (Receipt receipt : receipts) {
            Long committed = commits.get(receipt.orderId());
            if (committed != null && ours.contains(receipt.orderId())) {
                latencies.add((receipt.at() - committed) / 1e6);
            }
        }
        double[] millis = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(setup, subscribers, placed.size(), (long) placed.size() * subscribers, millis.length, millis);
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private String row(Result r) {
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %,d of %,d | %.1f | %.1f | %.1f | %.1f |", r.setup(), r.subscribers(),
                r.orders(), r.delivered(), r.expected(), percentile(r.millis(), 50), percentile(r.millis(), 95),
                percentile(r.millis(), 99), r.millis().length == 0 ? Double.NaN : r.millis()[r.millis().length - 1]);
    }

    private String section(List<Result> results) {
        StringBuilder rows = new StringBuilder();
        results.forEach(r -> rows.append(row(r)).append('\n'));
        double worst = results.stream().mapToDouble(r -> percentile(r.millis(), 99)).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, """
                ## Live events: delivery to 1,000 subscribers

                Measured on %s: %d cores (%s), Java %s. Servers, PostgreSQL and subscribers share the machine.

                Command: `bash benchmarks/realtime.sh` (about two minutes).

                %,d WebSocket subscribers of one business on loopback, subscribed to `orders`, with one access
                token; orders of one stock-counted item placed through `POST /api/v1/orders` at a steady %d per
                second (open loop) for %d s after %d s of warm-up. Latency runs from the commit of the order's
                transaction (timed inside the server) to the subscriber holding the whole `order.placed`
                message with the order as `GET /api/v1/orders/{id}` shows it, for every subscriber and order.
                In between: the registry hands the event over after the commit, the relay reads the order and
                writes it to the journal with `pg_notify`, each instance's listening connection hears it and
                reads it once, and each socket's queue sends it. With two instances, half the subscribers are on
                each and orders are placed on each in turn, so half of all deliveries cross from one instance
                to the other through PostgreSQL. Both instances run in the benchmark's JVM, on the first one's
embedded PostgreSQL 17 with its durable settings.

                | setup | subscribers | orders | delivered | p50 ms | p95 ms | p99 ms | max ms |
                |---|---:|---:|---:|---:|---:|---:|---:|
                %s
                The worst p99 is **%.1f ms** (aim: under 100 ms).
                """, LocalDate.now(), Runtime.getRuntime().availableProcessors(), cpu(), System.getProperty("java.version"),
                subscribers, rate, measure.toSeconds(), warmup.toSeconds(), rows, worst);
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (java.io.IOException e) {
            return "unknown CPU";
        }
    }

    private JsonNode post(String base, String path, String bearer, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(wire.writeValueAsString(body)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = api.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String base(ConfigurableApplicationContext server) {
        return "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    /** One subscriber: subscribes once authenticated, notes when each order arrives whole. */
    private final class Subscriber implements WebSocket.Listener {

        private final AtomicInteger subscribed;
        private final StringBuilder partial = new StringBuilder();

        Subscriber(AtomicInteger subscribed) {
            this.subscribed = subscribed;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long at = System.nanoTime();
                String text = partial.toString();
                partial.setLength(0);
                int mark = text.indexOf(ID_MARK);
                if (mark >= 0 && text.contains("\"order.placed\"")) {
                    receipts.add(new Receipt(text.substring(mark + ID_MARK.length(), mark + ID_MARK.length() + 36), at));
                } else if (text.contains("\"authenticated\"")) {
                    socket.sendText("{\"type\":\"subscribe\",\"topics\":[\"orders\"]}", true);
                } else if (text.contains("\"subscribed\"")) {
                    subscribed.incrementAndGet();
                } else if (text.contains("\"ping\"")) {
                    socket.sendText("{\"type\":\"pong\"}", true);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
