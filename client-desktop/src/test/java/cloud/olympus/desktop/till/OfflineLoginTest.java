package cloud.olympus.desktop.till;

import cloud.olympus.model.commerce.PaymentStatus;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.auth.Role;
import cloud.olympus.model.auth.Permission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.OrderDraft;
import cloud.olympus.server.OlympusServer;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A till restarted while its server is down still opens for its cashier, and hands its sales over later. */
class OfflineLoginTest {

    @Test
    void aCashierWhoLoggedInHereBeforeCanSellWhileTheServerIsDown() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "server-");
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "till-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://localhost:" + port;
        try (ConfigurableApplicationContext server = start(data, port); Till till = new Till(url, dir, Clock.systemUTC())) {
            till.login("glow-salon", "cashier@glow-salon.example", "olympus-demo");
            till.catalogue().refresh(till.api());
            assertThat(till.isOffline()).isFalse();
            assertThat(till.cashier()).as("the name on receipts").contains("Carla Cashier");
        }

        // The server is down and the app starts again.
        try (Till till = new Till(url, dir, Clock.systemUTC())) {
            assertThatThrownBy(() -> till.login("glow-salon", "cashier@glow-salon.example", "wrong-password"))
                    .isInstanceOf(ServerUnreachableException.class);
            assertThatThrownBy(() -> till.login("glow-salon", "owner@glow-salon.example", "olympus-demo"))
                    .isInstanceOf(ServerUnreachableException.class);
            // Through the login screen's view model, as the cashier does it.
            var login = new cloud.olympus.desktop.login.LoginViewModel(till, Runnable::run, Runnable::run);
            assertThat(login.tenantProperty().get()).isEqualTo("glow-salon");
            login.passwordProperty().set("olympus-demo");
            var opened = new java.util.concurrent.atomic.AtomicReference<cloud.olympus.desktop.login.LoginViewModel.LoggedIn>();
            login.login(opened::set);
            assertThat(login.errorProperty().get()).isEqualTo(cloud.olympus.fx.i18n.Phrase.NONE);
            assertThat(opened.get().fromCache()).isTrue();
            assertThat(opened.get().catalogue().items()).isNotEmpty();
            var session = till.session().orElseThrow();
            assertThat(till.isOffline()).isTrue();
            assertThat(session.roles()).containsExactly(Role.CASHIER);
            assertThat(session.may(Permission.PAYMENT_TAKE)).isTrue();
            assertThat(session.may(Permission.ORDER_REFUND)).as("what the cashier role allows, and no more").isFalse();
            assertThat(till.cashier()).as("remembered for receipts printed offline").contains("Carla Cashier");
            CatalogueItem shampoo = till.catalogue().load().orElseThrow().items().stream()
                    .filter(i -> i.sku().equals("PRD-SHA")).findFirst().orElseThrow();
            UUID sale = UUID.randomUUID();
            till.outbox().add(new OrderDraft(sale, OrderSource.POS, List.of(new OrderDraft.Line(shampoo.id(), 1, List.of(), null,
                    shampoo.unitPrice())), null, List.of(), null, List.of(new OrderDraft.Tender(PaymentMethod.CARD, new BigDecimal("30.31"), null,
                    null)), till.terminalId(), session.userId(), Instant.now(), true, shampoo.unitPrice(), new BigDecimal("2.31"),
                    new BigDecimal("30.31")));
            assertThat(till.outbox().flush()).isFalse();

            try (ConfigurableApplicationContext server = start(data, port)) {
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                        .until(() -> till.outbox().flush() && !till.isOffline() && till.outbox().state().pending() == 0);
                assertThat(till.isOffline()).isFalse();
                OlympusApi manager = new OlympusApi(new OlympusClient(url));
                manager.login("glow-salon", "manager@glow-salon.example", "olympus-demo");
                assertThat(manager.order(sale).paymentStatus()).isEqualTo(PaymentStatus.PAID);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path data, int port) {
        return new SpringApplicationBuilder(OlympusServer.class).run("--server.port=" + port, "--olympus.data-dir=" + data,
                "--olympus.demo=true", "--olympus.demo-history-days=1", "--olympus.demo-customers=10",
                "--logging.level.cloud.olympus.server.http=WARN");
    }
}
