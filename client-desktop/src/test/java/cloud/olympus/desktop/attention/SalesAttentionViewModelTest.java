package cloud.olympus.desktop.attention;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.client.outbox.Outbox;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.server.support.TillDrafts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sales the server could not record, as the till lists them: the server's reason in the
 * cashier's language, a retry that sends again, a discard that needs a reason and keeps the sale.
 */
class SalesAttentionViewModelTest {

    @TempDir
    Path dir;

    @Test
    void eachRefusalIsSaidInTheCashiersLanguage() {
        OrderDraft sale = TillDrafts.sale(UUID.randomUUID(), 1, "10.00", "cash");
        Messages german = Messages.forLocale(Locale.GERMAN);
        assertThat(reason(sale, "sale-not-recordable", "lines[0].product_id", german))
                .isEqualTo("Ein Produkt des Verkaufs ist nicht mehr im Katalog (lines[0].product_id).");
        assertThat(reason(sale, "sale-not-recordable", "tenders", Messages.forLocale(Locale.ENGLISH)))
                .isEqualTo("The payments do not cover the total (tenders).");
        assertThat(reason(sale, "sale-not-recordable", "total", Messages.forLocale(Locale.FRENCH)))
                .isEqualTo("Les montants de la vente ne concordent pas (total).");
        assertThat(reason(sale, "sale-not-recordable", "lines[2].quantity", Messages.forLocale(Locale.ENGLISH)))
                .isEqualTo("A quantity on the sale is not possible (lines[2].quantity).");
        assertThat(reason(sale, "validation", null, Messages.forLocale(new Locale("es"))))
                .isEqualTo("El servidor no pudo registrar la venta (detail).");
        assertThat(reason(sale, "conflict", "id", Messages.forLocale(Locale.ENGLISH)))
                .isEqualTo("Another sale on the server already has this sale's id (id).");
        assertThat(SalesAttentionViewModel.entry(new Outbox.Refused("k", null, null)).reasonKey())
                .isEqualTo("attention.reason.unreadable");
        SalesAttentionViewModel.Entry entry = SalesAttentionViewModel.entry(new Outbox.Refused("k", sale,
                new Outbox.Stored("sale-not-recordable", "Product 42 is not in this catalogue", "lines[0].product_id", 422)));
        assertThat(entry.total()).isEqualByComparingTo(sale.total());
        assertThat(entry.lines()).isEqualTo(1);
        assertThat(entry.rungAt()).isEqualTo(sale.rungAt());
        assertThat(entry.detail()).as("the server's own words, kept").isEqualTo("Product 42 is not in this catalogue");
    }

    @Test
    void aRefusedSaleIsRetriedOrDiscardedWithAReasonAndKept() throws Exception {
        OlympusApi cashier = new OlympusApi(new OlympusClient(DemoServer.url()));
        cashier.login("urban-threads", "cashier@urban-threads.example", "olympus-demo");
        try (Outbox outbox = new Outbox(dir, cashier, Clock.systemUTC())) {
            outbox.add(TillDrafts.sale(UUID.randomUUID(), 1, "10.00", "cash"));
            outbox.add(TillDrafts.sale(UUID.randomUUID(), 2, "10.00", "card"));
            outbox.flush();
            SalesAttentionViewModel model = new SalesAttentionViewModel(outbox);
            assertThat(model.entries()).hasSize(2).allSatisfy(e -> assertThat(e.reasonKey()).isEqualTo("attention.reason.product"));

            SalesAttentionViewModel.Entry first = model.entries().get(0);
            model.retry(first);
            assertThat(outbox.state().pending()).isEqualTo(1);
            assertThat(model.entries()).hasSize(1);
            outbox.flush();
            model.refresh();
            assertThat(model.entries()).as("still not recordable: back again").hasSize(2);

            SalesAttentionViewModel.Entry second = model.entries().get(1);
            assertThat(model.discard(second, "  ", "Marco Manager")).isFalse();
            assertThat(model.problemProperty().get()).isEqualTo("attention.reason_needed");
            assertThat(model.discard(second, "Test sale", "Marco Manager")).isTrue();
            assertThat(model.problemProperty().get()).isEmpty();
            assertThat(model.entries()).hasSize(1);
            assertThat(outbox.state().failed()).isEqualTo(1);
            try (Stream<Path> kept = Files.list(dir.resolve("discarded"))) {
                assertThat(kept.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(second.key() + ".json",
                        second.key() + ".json.discarded");
            }
        }
    }

    private static String reason(OrderDraft sale, String kind, String field, Messages messages) {
        SalesAttentionViewModel.Entry entry = SalesAttentionViewModel.entry(new Outbox.Refused("k", sale,
                new Outbox.Stored(kind, "detail", field, 422)));
        return messages.get(entry.reasonKey(), entry.reasonArgument());
    }
}
