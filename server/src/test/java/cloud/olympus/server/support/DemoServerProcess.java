package cloud.olympus.server.support;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.server.OlympusServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real server with the demo businesses on an embedded PostgreSQL, for the clients' tests: started
 * on first use in the test JVM, on a free port, with its data under the module's {@code target},
 * and stopped when the JVM ends.
 */
public final class DemoServerProcess {

    /** Every demo user's password. */
    public static final String PASSWORD = "olympus-demo";
    private static ConfigurableApplicationContext server;

    private DemoServerProcess() {
    }

    /** The server's base address, starting it first if need be. */
    public static synchronized String url() {
        if (server == null) {
            try {
                Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "server-");
                server = new SpringApplicationBuilder(OlympusServer.class).run("--server.port=0", "--olympus.data-dir=" + data,
                        "--olympus.demo=true", "--olympus.demo-history-days=2", "--olympus.demo-customers=20",
                        "--logging.level.cloud.olympus.server.http=WARN");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "demo-server-stop"));
        }
        return "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    /** A demo user ({@code who} is owner, manager, cashier or, at a location, kitchen) logged in to a demo business. */
    public static OlympusApi login(String tenant, String who) {
        OlympusApi api = new OlympusApi(new OlympusClient(url()));
        api.login(tenant, who + "@" + tenant + ".example", PASSWORD);
        return api;
    }
}
