package cloud.olympus.server.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.server.assistant.Answer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rewording through an OpenAI-compatible endpoint, played by a small local HTTP server (the real one
 * is outside our control): a rewording that keeps the figures is taken, one that writes another
 * number, fails or is garbled is thrown away, and nothing is sent when no endpoint is set.
 */
class RephraserTests {

    private static final String ORIGINAL = "Sales today: €1,234.50 from 12 orders.";
    private static final List<Answer.Figure> FIGURES = List.of(new Answer.Figure("revenue", new BigDecimal("1234.50"), "EUR"),
            new Answer.Figure("orders", 12L, "orders"));

    private HttpServer server;
    private final AtomicReference<String> reply = new AtomicReference<>();
    private final AtomicReference<String> asked = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            asked.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = reply.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Rephraser rephraser() {
        return new Rephraser("http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "small-model", "secret",
                Duration.ofSeconds(5));
    }

    private void replies(String content) {
        reply.set("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":"
                + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(content) + "}}]}");
    }

    @Test
    void aRewordingThatKeepsTheFiguresIsTaken() {
        replies("Today you took €1,234.50 across 12 orders.");
        assertThat(rephraser().rephrase(ORIGINAL, Language.EN, FIGURES)).isEqualTo("Today you took €1,234.50 across 12 orders.");
        assertThat(asked.get()).contains("\"model\":\"small-model\"").contains("Sales today");
        assertThat(authorization.get()).isEqualTo("Bearer secret");
    }

    @Test
    void theFiguresMayBeWrittenTheWayTheLanguageWritesThem() {
        replies("Heute: 1.234,50 € aus 12 Bestellungen.");
        assertThat(rephraser().rephrase(ORIGINAL, Language.DE, FIGURES)).isEqualTo("Heute: 1.234,50 € aus 12 Bestellungen.");
    }

    @Test
    void aRewordingWithANumberOfItsOwnIsThrownAway() {
        replies("Today you took €1,234.50 across 12 orders, up 15% on last week.");
        assertThat(rephraser().rephrase(ORIGINAL, Language.EN, FIGURES)).isEqualTo(ORIGINAL);
        replies("Today you took €1,243.50 across 12 orders.");
        assertThat(rephraser().rephrase(ORIGINAL, Language.EN, FIGURES)).isEqualTo(ORIGINAL);
    }

    @Test
    void aFailedOrGarbledAnswerLeavesTheOriginal() {
        status = 500;
        replies("Something else entirely");
        assertThat(rephraser().rephrase(ORIGINAL, Language.EN, FIGURES)).isEqualTo(ORIGINAL);
        status = 200;
        reply.set("not json");
        assertThat(rephraser().rephrase(ORIGINAL, Language.EN, FIGURES)).isEqualTo(ORIGINAL);
        reply.set("{\"choices\":[]}");
        assertThat(rephraser().rephrase(ORIGINAL, Language.EN, FIGURES)).isEqualTo(ORIGINAL);
    }

    @Test
    void withoutAnEndpointNothingIsSent() {
        Rephraser off = new Rephraser("", "", "", Duration.ofSeconds(1));
        assertThat(off.enabled()).isFalse();
        assertThat(off.rephrase(ORIGINAL, Language.EN, FIGURES)).isEqualTo(ORIGINAL);
        assertThat(asked.get()).isNull();
    }
}
