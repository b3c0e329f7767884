package cloud.olympus.server.client;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.client.outbox.Outbox;
import cloud.olympus.server.support.TillDrafts;
import java.nio.file.Path;
import java.time.Clock;
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
            OrderDraft sale = TillDrafts.sale(UUID.randomUUID(), java.time.Instant.now(), product, 1, "3.00", "cash", padding);
            outbox.add(sale);
            System.out.println("ACK " + sale.id());
            System.out.flush();
        }
    }
}
