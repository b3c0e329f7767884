package cloud.olympus.server.client;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.client.outbox.Outbox;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A till that rings up sales as fast as it can and says "ACK id" once each is kept. The test
 * kills it (SIGKILL) at some instant, most likely in the middle of keeping one.
 */
public final class OutboxCrashWriter {

    private OutboxCrashWriter() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        UUID product = UUID.fromString(args[1]);
        Outbox outbox = new Outbox(dir, new OlympusApi(new OlympusClient("http://localhost:9")), Clock.systemUTC());
        String padding = "x".repeat(400);
        while (true) {
            OrderDraft sale = new OrderDraft(UUID.randomUUID(), "pos",
                    List.of(new OrderDraft.Line(product, 1, List.of(), padding, null)), null, List.of(), null,
                    List.of(new OrderDraft.Tender("cash", new BigDecimal("10.00"), null, null)));
            outbox.add(sale);
            System.out.println("ACK " + sale.id());
            System.out.flush();
        }
    }
}
