package cloud.olympus.desktop.bench;

import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.api.Session;
import cloud.olympus.client.catalogue.CatalogueCache;
import cloud.olympus.desktop.pos.CartViewModel;
import cloud.olympus.desktop.pos.CatalogueViewModel;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.server.OlympusServer;
import cloud.olympus.server.bench.BenchmarkReport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The till's own speed, measured in the app's code: start-up to the login screen, login to a
 * usable product grid with a 50,000-item catalogue, search per keystroke, and adding a line to a
 * 50-line cart. Run with {@code bash benchmarks/till.sh}; writes its section of docs/benchmarks.md.
 */
public final class TillBenchmark {

    private static final int ITEMS = 50_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * JavaFX runs from the class path here, as in the tests, and warns once that it is not
     * supported that way. Held here: JUL keeps its loggers by weak reference, and with them their level.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "../docs/benchmarks.md");
        List<Double> starts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            starts.add(coldStart());
        }
        System.out.printf(Locale.ROOT, "Cold start to login screen: %s ms%n", starts);

        Path data = Files.createTempDirectory("olympus-till-bench");
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(OlympusServer.class).run("--server.port=0",
                "--olympus.data-dir=" + data, "--olympus.auth.admin-key=till-benchmark-admin-key", "--logging.threshold.console=WARN")) {
            String url = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
            String slug = provision(url);
            fillCatalogue(server, slug);

            Path tillDir = Files.createTempDirectory("olympus-till");
            double firstLogin = loginToGrid(url, tillDir, slug);
            double nextLogin = loginToGrid(url, tillDir, slug);
            System.out.printf(Locale.ROOT, "Login to usable grid: first %.0f ms, with the catalogue on disk %.0f ms%n", firstLogin, nextLogin);

            CatalogueCache cache = new CatalogueCache(tillDir, new cloud.olympus.client.OlympusClient(url).json());
            List<CatalogueItem> items = cache.load().orElseThrow().items();
            CatalogueViewModel catalogue = new CatalogueViewModel(items, java.util.Set.of());
            double[] keystrokes = keystrokes(catalogue);
            System.out.printf(Locale.ROOT, "Keystroke: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", q(keystrokes, 0.5), q(keystrokes, 0.95),
                    q(keystrokes, 1.0));
            double[] screen = keystrokesOnScreen(url, tillDir, slug);
            System.out.printf(Locale.ROOT, "Keystroke on screen (grid laid out): p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    q(screen, 0.5), q(screen, 0.95), q(screen, 1.0));
            double[] cart = cartUpdates(cache.load().orElseThrow().tenant(), items);
            System.out.printf(Locale.ROOT, "Add a line to a 50-line cart: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", q(cart, 0.5),
                    q(cart, 0.99), q(cart, 1.0));
            write(report, starts, firstLogin, nextLogin, keystrokes, screen, cart);
        }
    }

    /** A fresh JVM running the app headless until its first frame; the JVM's uptime then. */
    private static double coldStart() throws Exception {
        Path till = Files.createTempDirectory("olympus-start");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dolympus.startup.report=true", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                // In a window: headless Monocle has no focused window to make full screen, and the till would not start.
                "cloud.olympus.desktop.Launcher", "--server=http://localhost:9", "--till-dir=" + till, "--lang=en", "--window"));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READY ")) {
                    app.destroy();
                    return Double.parseDouble(line.substring(6));
                }
            }
        }
        throw new IllegalStateException("the app never showed its first frame");
    }

    private static String provision(String url) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        var body = JSON.writeValueAsString(Map.of("slug", slug, "name", "Big Shop", "industry", "retail", "tier", "enterprise",
                "owner", Map.of("email", "owner@big.test", "password", "bench-password-1")));
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/api/v1/admin/tenants"))
                .header("Authorization", "Bearer till-benchmark-admin-key").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(response.body());
        }
        return slug;
    }

    /** 50,000 items straight into the database: the catalogue is the set-up here, not what is measured. */
    private static void fillCatalogue(ConfigurableApplicationContext server, String slug) {
        DataSource owner = server.getBean("ownerDataSource", DataSource.class);
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(owner);
        UUID tenant = jdbc.queryForObject("SELECT id FROM platform.tenants WHERE slug = :slug", Map.of("slug", slug), UUID.class);
        String[] words = {"Linen", "Wool", "Denim", "Cotton", "Silk", "Leather", "Canvas", "Velvet"};
        String[] things = {"shirt", "scarf", "jacket", "trousers", "bag", "belt", "hat", "socks", "dress", "coat"};
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            rows.add(new MapSqlParameterSource().addValue("tenant", tenant).addValue("sku", "SKU-" + i)
                    .addValue("name", words[i % words.length] + " " + things[(i / 8) % things.length] + " " + i)
                    .addValue("category", "Department " + (i % 30)).addValue("price", new java.math.BigDecimal(5 + i % 200 + ".99"))
                    .addValue("barcode", String.format("40%011d", i)));
        }
        jdbc.batchUpdate("""
                INSERT INTO inventory.items (tenant_id, sku, name, category, unit_price, barcode, track_stock)
                VALUES (:tenant, :sku, :name, :category, :price, :barcode, false)
                """, rows.toArray(MapSqlParameterSource[]::new));
    }

    /** Login, catalogue (downloaded, or from disk and brought up to date) and the grid's first page, as the app does it. */
    private static double loginToGrid(String url, Path tillDir, String slug) {
        long start = System.nanoTime();
        try (Till till = new Till(url, tillDir, Clock.systemUTC())) {
            Session session = till.login(slug, "owner@big.test", "bench-password-1");
            till.catalogue().load();
            var stored = till.catalogue().refresh(till.api());
            CatalogueViewModel grid = new CatalogueViewModel(stored.items(), till.settings().favourites());
            if (grid.visible().isEmpty() || session == null) {
                throw new IllegalStateException("no grid");
            }
            return (System.nanoTime() - start) / 1e6;
        }
    }

    /** Typing searches letter by letter, as a cashier does, many times over. */
    private static double[] keystrokes(CatalogueViewModel catalogue) {
        String[] words = {"linen shirt", "sku-4999", "velvet coat 12", "denim", "wool scarf 3"};
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (String word : words) {
                for (int i = 1; i <= word.length(); i++) {
                    long t0 = System.nanoTime();
                    catalogue.queryProperty().set(word.substring(0, i));
                    times.add((System.nanoTime() - t0) / 1e6);
                }
                catalogue.queryProperty().set("");
            }
        }
        return times.stream().skip(50).mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The same typing against the real till screen: each keystroke runs the search, rebuilds the
     * grid and lays the scene out, on the JavaFX thread, as a frame would.
     */
    private static double[] keystrokesOnScreen(String url, Path tillDir, String slug) throws Exception {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        javafx.application.Platform.startup(() -> { });
        // The JavaFX thread is no daemon: left running, it would keep the benchmark from ever exiting.
        try (Till till = new Till(url, tillDir, Clock.systemUTC())) {
            Session session = till.login(slug, "owner@big.test", "bench-password-1");
            var stored = till.catalogue().load().orElseThrow();
            var done = new java.util.concurrent.CompletableFuture<double[]>();
            javafx.application.Platform.runLater(() -> {
                try {
                    var catalogue = new CatalogueViewModel(stored.items(), java.util.Set.of());
                    var messages = cloud.olympus.fx.i18n.Messages.forLocale(Locale.ENGLISH);
                    var view = new cloud.olympus.desktop.pos.PosView(new cloud.olympus.desktop.pos.TillContext(till, session, messages,
                            Runnable::run, Runnable::run, tillDir.resolve("receipts")), catalogue, new CartViewModel(stored.tenant(),
                            cloud.olympus.fx.i18n.MoneyFormat.of(messages, stored.tenant().currency())),
                            new cloud.olympus.fx.connection.ConnectionViewModel(() -> true, Runnable::run),
                            new cloud.olympus.desktop.pos.PosView.Actions(() -> { }, () -> { }));
                    var scene = new javafx.scene.Scene(view, 1280, 800);
                    view.applyCss();
                    view.layout();
                    var search = (javafx.scene.control.TextField) scene.lookup("#search");
                    String[] words = {"linen shirt", "sku-4999", "velvet coat 12", "denim", "wool scarf 3"};
                    List<Double> times = new ArrayList<>();
                    for (int round = 0; round < 10; round++) {
                        for (String word : words) {
                            for (int i = 1; i <= word.length(); i++) {
                                long t0 = System.nanoTime();
                                search.setText(word.substring(0, i));
                                view.applyCss();
                                view.layout();
                                times.add((System.nanoTime() - t0) / 1e6);
                            }
                            search.setText("");
                        }
                    }
                    done.complete(times.stream().skip(50).mapToDouble(Double::doubleValue).toArray());
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
            return done.get(5, java.util.concurrent.TimeUnit.MINUTES);
        } finally {
            javafx.application.Platform.exit();
        }
    }

    private static double[] cartUpdates(cloud.olympus.client.api.TenantProfile tenant, List<CatalogueItem> items) {
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < 200; round++) {
            CartViewModel cart = new CartViewModel(tenant, new cloud.olympus.fx.i18n.MoneyFormat(Locale.ENGLISH, tenant.currency()));
            for (int i = 0; i < 50; i++) {
                cart.add(items.get((round * 50 + i) % items.size()));
            }
            long t0 = System.nanoTime();
            cart.add(items.get((round * 50 + 7_777) % items.size()));
            times.add((System.nanoTime() - t0) / 1e6);
        }
        return times.stream().skip(20).mapToDouble(Double::doubleValue).toArray();
    }

    private static double q(double[] values, double quantile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1))];
    }

    private static void write(Path report, List<Double> starts, double firstLogin, double nextLogin, double[] keys,
                              double[] screen, double[] cart) throws Exception {
        double[] s = starts.stream().mapToDouble(Double::doubleValue).toArray();
        String body = """
                ## The till

                Measured on %s: %d cores, Java %s, headless (Monocle, software rendering).
                Command: `bash benchmarks/till.sh` (about a minute). Times come from the app's own code: the
                start-up from a fresh JVM to its first frame (in a window: headless, there is no screen to fill),
                the rest around the view models the screens bind to, and once more with the real till screen laid
                out after each keystroke.

                | what | measured | aim |
                |---|---|---|
                | cold start to the login screen (median of 5 JVMs; fastest, slowest) | %.0f ms (%.0f, %.0f) | under 2 s |
                | login to a usable grid, 50,000 items, first login (catalogue downloaded) | %.0f ms | under 3 s |
                | login to a usable grid, 50,000 items, catalogue on disk | %.0f ms | under 3 s |
                | search, per keystroke over 50,000 items (p50 / p95 / max) | %.2f / %.2f / %.2f ms | under 10 ms |
                | the same keystroke on the till screen, grid rebuilt and laid out (p50 / p95 / max) | %.2f / %.2f / %.2f ms | under 10 ms |
                | add a line to a 50-line cart, repriced (p50 / p99 / max) | %.3f / %.3f / %.3f ms | inside a 16 ms frame |
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                q(s, 0.5), q(s, 0), q(s, 1.0), firstLogin, nextLogin, q(keys, 0.5), q(keys, 0.95), q(keys, 1.0),
                q(screen, 0.5), q(screen, 0.95), q(screen, 1.0),
                q(cart, 0.5), q(cart, 0.99), q(cart, 1.0));
        BenchmarkReport.writeSection(report, "till", body);
        System.out.println("Wrote " + report.toAbsolutePath().normalize());
    }
}
