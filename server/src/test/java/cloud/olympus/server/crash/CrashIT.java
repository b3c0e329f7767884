package cloud.olympus.server.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cloud.olympus.server.auth.web.AuthController.LoginRequest;
import cloud.olympus.server.commerce.web.OrderController.ItemRequest;
import cloud.olympus.server.platform.web.AdminTenantController.FirstOwnerRequest;
import cloud.olympus.server.platform.web.AdminTenantController.ProvisionRequest;
import cloud.olympus.server.support.Http;
import cloud.olympus.server.support.ItemBuilder;
import cloud.olympus.server.support.Ledgers;
import cloud.olympus.server.support.OrderRequests;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The power cut, as near as a test gets: the packaged server on its embedded PostgreSQL takes
 * orders and payments from several tills at once; at full speed the server and every PostgreSQL
 * process are killed with SIGKILL. Started again with the same command, the server must come back
 * by itself with every order and payment it answered 201 for, and every item's stock equal to its
 * ledger.
 *
 * <p>Short by default ({@code crash.orders} answered orders before the kill, 300); for a longer run:
 * {@code mvn -pl server verify -Dit.test=CrashIT -Dcrash.orders=5000}.
 */
class CrashIT {

    private static final String ADMIN_KEY = "crash-admin-key-0123456789";
    private static final int TILLS = 6;
    private static final int ITEMS = 5;

    private final Path jar = Path.of(System.getProperty("olympus.server.jar", "target/olympus-server-exec.jar")).toAbsolutePath();
    private final int ordersBeforeKill = Integer.getInteger("crash.orders", 300);
    private final List<Process> servers = new ArrayList<>();
    private Path data;
    private int port;

    @AfterEach
    void stopServers() throws Exception {
        for (Process server : servers) {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAnsweredOrderAndPaymentSurvivesAKillOfServerAndDatabase() throws Exception {
        assertThat(jar).as("the packaged server; run through mvn verify").exists();
        data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-");
        port = freePort();
        Http http = start(1);

        Http.Response tenant = http.withToken(ADMIN_KEY).post("/api/v1/admin/tenants", new ProvisionRequest("crash-shop",
                "Crash Shop", "retail", "professional", null, new FirstOwnerRequest("owner@crash.test", "crash-password-1", null)));
        assertThat(tenant.status()).as(tenant.toString()).isEqualTo(201);
        Http owner = http.withToken(login(http));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            Http.Response item = owner.post("/api/v1/inventory/items",
                    ItemBuilder.item("CRASH-" + i, (3 + i) + ".50").name("Crash item " + i).stock(100_000).create());
            assertThat(item.status()).as(item.toString()).isEqualTo(201);
            items.add(item.json().get("id").asString());
        }

        Set<String> answeredOrders = ConcurrentHashMap.newKeySet();
        Set<String> answeredPayments = ConcurrentHashMap.newKeySet();
        AtomicBoolean selling = new AtomicBoolean(true);
        AtomicInteger failures = new AtomicInteger();
        ExecutorService tills = Executors.newFixedThreadPool(TILLS);
        for (int t = 0; t < TILLS; t++) {
            tills.submit(() -> {
                while (selling.get()) {
                    try {
                        sell(owner, items, answeredOrders, answeredPayments);
                    } catch (RuntimeException e) {
                        failures.incrementAndGet(); // the server is gone: the sale simply was not answered
                    }
                }
            });
        }
        await().atMost(Duration.ofMinutes(5)).until(() -> answeredOrders.size() >= ordersBeforeKill);

        killServerAndDatabase(servers.get(0));
        selling.set(false);
        tills.shutdown();
        assertThat(tills.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        Http again = start(2);
        Http ownerAgain = again.withToken(login(again));
        for (String order : answeredOrders) {
            Http.Response kept = ownerAgain.get("/api/v1/orders/" + order);
            assertThat(kept.status()).as("order %s was answered 201", order).isEqualTo(200);
        }
        Set<String> keptPayments = ConcurrentHashMap.newKeySet();
        JdbcClient database = JdbcClient.create(ownerDataSource());
        keptPayments.addAll(database.sql("SELECT id::text FROM commerce.payments").query(String.class).list());
        assertThat(keptPayments).as("payments answered 201").containsAll(answeredPayments);
        Ledgers.assertStockMatchesLedger(ownerDataSource());
        assertThat(answeredOrders).hasSizeGreaterThanOrEqualTo(ordersBeforeKill);
    }

    /** One sale as a till makes it: an order of one or two items, then a card payment of its total. */
    private static void sell(Http owner, List<String> items, Set<String> orders, Set<String> payments) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<ItemRequest> lines = new ArrayList<>();
        lines.add(OrderRequests.line(items.get(random.nextInt(items.size())), 1 + random.nextInt(3)));
        if (random.nextBoolean()) {
            lines.add(OrderRequests.line(items.get(random.nextInt(items.size())), 1));
        }
        Http.Response order = owner.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/orders", OrderRequests.order(lines));
        if (order.status() != 201) {
            return;
        }
        JsonNode placed = order.json();
        orders.add(placed.get("id").asString());
        Http.Response payment = owner.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/orders/" + placed.get("id").asString() + "/payments",
                        OrderRequests.payment("card", placed.get("total").asString()));
        if (payment.status() == 201) {
            payments.add(payment.json().get("payment").get("id").asString());
        }
    }

    private Http start(int round) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar.toString(),
                "--server.port=" + port, "--olympus.data-dir=" + data, "--olympus.demo=false",
                "--olympus.auth.admin-key=" + ADMIN_KEY, "--logging.level.cloud.olympus.server.http=WARN")
                .redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + "-server-" + round + ".log").toFile())
                .start();
        servers.add(server);
        Http http = new Http("http://localhost:" + port);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> {
                    assertThat(server.isAlive()).as("server %d is running", round).isTrue();
                    return http.get("/health/readiness").status() == 200;
                });
        return http;
    }

    private static String login(Http http) {
        Http.Response login = http.post("/api/v1/auth/login",
                new LoginRequest("owner@crash.test", "crash-password-1", "crash-shop"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.json().get("access_token").asString();
    }

    /** SIGKILL to the server and to every PostgreSQL process: nobody gets to flush anything. */
    private void killServerAndDatabase(Process server) throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("pgdata/postmaster.pid")).get(0).trim());
        List<ProcessHandle> postgres = new ArrayList<>();
        ProcessHandle.of(postmaster).ifPresent(p -> {
            postgres.add(p);
            p.descendants().forEach(postgres::add);
        });
        assertThat(postgres).as("PostgreSQL processes").isNotEmpty();
        server.destroyForcibly();
        postgres.forEach(ProcessHandle::destroyForcibly);
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        for (ProcessHandle process : postgres) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private PGSimpleDataSource ownerDataSource() throws IOException {
        List<String> pid = Files.readAllLines(data.resolve("pgdata/postmaster.pid"));
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl("jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres");
        source.setUser("postgres");
        source.setPassword(Files.readString(data.resolve("database.secret")).trim());
        return source;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
