package cloud.olympus.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderSummary;
import cloud.olympus.client.OlympusClient;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.server.support.TillDrafts;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The open-orders board against a real server: orders in the shared statuses, totals in the till's language, problems said. */
class OrdersBoardViewModelTest {

    private static final Executor NOW = Runnable::run;

    @Test
    void showsOpenOrdersWithTotalsInTheTillsLanguageAndMovesThemOn() {
        OlympusApi manager = DemoServer.login("bella-cucina", "manager");
        OrderSummary kitchen = manager.recordSale(TillDrafts.sale(DemoServer.item(manager, "BEV-COK").id(), 1, "3.50", "card"));
        assertThat(kitchen.status()).as("a restaurant sale goes to the kitchen").isEqualTo(OrderStatus.CONFIRMED);

        OrdersBoardViewModel board = new OrdersBoardViewModel(manager, Locale.GERMAN, NOW, NOW);
        board.refresh();
        assertThat(board.problemProperty().get()).isEqualTo(Phrase.NONE);
        OrderSummary shown = board.orders().stream().filter(o -> o.id().equals(kitchen.id())).findFirst().orElseThrow();
        assertThat(board.total(shown)).isEqualTo("3,79\u00a0$");
        assertThat(OrdersBoardViewModel.next(shown)).contains(OrderStatus.PREPARING);
        assertThat(OrdersBoardViewModel.cancellable(shown)).as("paid").isFalse();

        board.advance(shown);
        assertThat(manager.order(kitchen.id()).status()).isEqualTo(OrderStatus.PREPARING);
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidInWordsNotAsAKey() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        OlympusClient client = new OlympusClient("http://127.0.0.1:" + port);
        OrdersBoardViewModel board = new OrdersBoardViewModel(new OlympusApi(client), Locale.ENGLISH, NOW, NOW);
        board.refresh();
        assertThat(Messages.forLocale(Locale.ENGLISH).text(board.problemProperty().get()))
                .isEqualTo("This needs a login with the server.");

        OlympusApi kitchen = DemoServer.login("bella-cucina", "manager");
        OrdersBoardViewModel refusing = new OrdersBoardViewModel(kitchen, Locale.forLanguageTag("es"), NOW, NOW);
        OrderSummary done = kitchen.recordSale(TillDrafts.sale(DemoServer.item(kitchen, "BEV-COK").id(), 1, "3.50", "cash"));
        refusing.cancel(done);
        assertThat(refusing.problemProperty().get()).as("a paid order is not offered for cancelling").isEqualTo(Phrase.NONE);
        assertThatThrownBy(() -> kitchen.changeStatus(done.id(), OrderStatus.PENDING))
                .isInstanceOfSatisfying(OlympusApiException.class, e -> assertThat(Messages.forLocale(Locale.forLanguageTag("es"))
                        .text(cloud.olympus.fx.i18n.Problems.phrase(e))).isEqualTo("El pedido no puede pasar a ese estado desde el actual."));
    }
}
