package cloud.olympus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A call waiting on a server that does not answer ends as soon as it is cancelled. */
class CancellationTest {

    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer server;
    private OlympusClient client;

    @BeforeEach
    void aServerThatLogsInButNeverAnswersAnythingElse() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/auth/login", exchange -> {
            byte[] body = "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":3600}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/v1/", exchange -> {
            arrived.countDown();
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        client = new OlympusClient("http://127.0.0.1:" + server.getAddress().getPort());
        client.login("shop", "owner@example.com", "secret");
    }

    @AfterEach
    void stop() {
        released.countDown();
        server.stop(0);
    }

    @Test
    void aDownloadWaitingForItsAnswerStopsAtOnce() throws Exception {
        Cancellation cancellation = new Cancellation();
        CompletableFuture<Long> download = CompletableFuture.supplyAsync(
                () -> client.download("/api/v1/tenant/export", new ByteArrayOutputStream(), n -> { }, cancellation));
        assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
        cancellation.cancel();
        assertThatThrownBy(() -> download.get(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS))
                .hasCauseInstanceOf(CancellationException.class);
    }

    @Test
    void aPostWaitingForItsAnswerStopsAtOnce() throws Exception {
        Cancellation cancellation = new Cancellation();
        CompletableFuture<?> post = CompletableFuture.supplyAsync(
                () -> client.postText("/api/v1/inventory/items/import", "sku\r\nA\r\n", "text/csv", cancellation));
        assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
        cancellation.cancel();
        assertThatThrownBy(() -> post.get(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS))
                .hasCauseInstanceOf(CancellationException.class);
    }
}
