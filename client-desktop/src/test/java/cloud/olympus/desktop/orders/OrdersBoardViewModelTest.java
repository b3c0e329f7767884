package cloud.olympus.desktop.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The open-orders board against a real server: orders in the shared statuses, totals in the till's
 * language, problems said; kept current by the live events, and polling only while they do not come.
 */
class OrdersBoardViewModelTest {

    private static final Executor NOW = Runnable::run;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void showsOpenOrdersWithTotalsInTheTillsLanguageAndMovesThemOn() {
        OlympusApi manager = DemoServer.login("bella-cucina", "manager");
        OrderSummary kitchen = manager.recordSale(TillDrafts.sale(DemoServer.item(manager, "BEV-COK").id(), 1, "3.50", "card"));
        assertThat(kitchen.status()).as("a restaurant sale goes to the kitchen").isEqualTo(OrderStatus.CONFIRMED);

        OrdersBoardViewModel board = new OrdersBoardViewModel(manager, Locale.GERMAN, true, NOW, NOW);
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
        OrdersBoardViewModel board = new OrdersBoardViewModel(new OlympusApi(client), Locale.ENGLISH, true, NOW, NOW);
        board.refresh();
        assertThat(Messages.forLocale(Locale.ENGLISH).text(board.problemProperty().get()))
                .isEqualTo("This needs a login with the server.");

        OlympusApi kitchen = DemoServer.login("bella-cucina", "manager");
        OrdersBoardViewModel refusing = new OrdersBoardViewModel(kitchen, Locale.forLanguageTag("es"), false, NOW, NOW);
        OrderSummary done = kitchen.recordSale(TillDrafts.sale(DemoServer.item(kitchen, "BEV-COK").id(), 1, "3.50", "cash"));
        refusing.cancel(done);
        assertThat(refusing.problemProperty().get()).as("a paid order is not offered for cancelling").isEqualTo(Phrase.NONE);
        assertThatThrownBy(() -> kitchen.changeStatus(done.id(), OrderStatus.PENDING))
                .isInstanceOfSatisfying(OlympusApiException.class, e -> assertThat(Messages.forLocale(Locale.forLanguageTag("es"))
                        .text(cloud.olympus.fx.i18n.Problems.phrase(e))).isEqualTo("El pedido no puede pasar a ese estado desde el actual."));
    }

    @Test
    void followsTheKitchensMovesLiveAndCountsTheAlertsStillOpen() throws Exception {
        OlympusApi till = DemoServer.login("bella-cucina", "manager");
        OlympusApi elsewhere = DemoServer.login("bella-cucina", "cashier");
        ExecutorService ui = Executors.newSingleThreadExecutor();
        OrdersBoardViewModel board = new OrdersBoardViewModel(till, Locale.ENGLISH, true, NOW, ui);
        try {
            board.start();
            await().atMost(WAIT).until(() -> onUi(ui, () -> board.liveProperty().get()));

            // Another till rings a sale for the kitchen: the board hears it without asking.
            UUID cola = DemoServer.item(elsewhere, "BEV-COK").id();
            OrderSummary sale = elsewhere.recordSale(TillDrafts.sale(cola, 2, "3.50", "cash"));
            await().atMost(WAIT).until(() -> onUi(ui, () -> statusOf(board, sale.id())) == OrderStatus.CONFIRMED);
            elsewhere.changeStatus(sale.id(), OrderStatus.PREPARING);
            await().atMost(WAIT).until(() -> onUi(ui, () -> statusOf(board, sale.id())) == OrderStatus.PREPARING);
            elsewhere.changeStatus(sale.id(), OrderStatus.READY);
            elsewhere.changeStatus(sale.id(), OrderStatus.COMPLETED);
            await().atMost(WAIT).until(() -> onUi(ui, () -> statusOf(board, sale.id())) == null);

            // A dessert rung below the catalogue's price waits for a manager: one more open alert, one fewer once reviewed.
            int alertsBefore = onUi(ui, () -> board.openAlertsProperty().get());
            UUID tiramisu = DemoServer.item(elsewhere, "DOL-TIR").id();
            OrderSummary cheap = elsewhere.recordSale(TillDrafts.sale(tiramisu, 1, "5.00", "cash"));
            await().atMost(WAIT).until(() -> onUi(ui, () -> board.openAlertsProperty().get()) == alertsBefore + 1);
            till.client().post("/api/v1/orders/" + cheap.id() + "/review", java.util.Map.of("note", "happy hour"));
            await().atMost(WAIT).until(() -> onUi(ui, () -> board.openAlertsProperty().get()) == alertsBefore);
        } finally {
            board.stop();
            ui.shutdown();
        }
        assertThat(ui.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(board.liveProperty().get()).isFalse();
    }

    private static OrderStatus statusOf(OrdersBoardViewModel board, UUID id) {
        return board.orders().stream().filter(o -> o.id().equals(id)).map(OrderSummary::status).findFirst().orElse(null);
    }

    private static <T> T onUi(ExecutorService ui, Callable<T> read) throws Exception {
        return ui.submit(read).get(5, TimeUnit.SECONDS);
    }
}
