package cloud.olympus.server.bench;

import cloud.olympus.server.OlympusServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The server a benchmark measures: on a free port, its data in {@code data}, logging as in production, to a file. */
final class BenchmarkServer {

    private BenchmarkServer() {
    }

    static ConfigurableApplicationContext start(Path data, String adminKey, String appPassword, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--olympus.data-dir=" + data,
                "--olympus.auth.admin-key=" + adminKey, "--olympus.database.app-password=" + appPassword,
                // The server logs as in production (a line per request is part of the full stack), to a file.
                "--logging.config=classpath:bench/server-logback.xml", "--logging.file.name=" + data.resolve("server.log"),
                "--logging.threshold.console=OFF", "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(OlympusServer.class).run(args.toArray(String[]::new));
    }

    /** A request with {@code body} as the server's JSON, and the bearer token when there is one. */
    static java.net.http.HttpRequest.Builder json(String base, tools.jackson.databind.json.JsonMapper wire, String method,
                                                  String path, String bearer, Object body) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofByteArray(wire.writeValueAsBytes(body)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }

    /** The port the server listens on, as a base address. */
    static String base(ConfigurableApplicationContext server) {
        return "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }
}
