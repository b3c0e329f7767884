package cloud.olympus.desktop.approval;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.fx.i18n.Phrase;
import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.desktop.DemoServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** A manager approving on the spot, against a real server: who may, and what is said when they may not. */
class ManagerApprovalViewModelTest {

    private static final Executor NOW = Runnable::run;
    private final List<ManagerApprovalViewModel.Approval> given = new ArrayList<>();

    @Test
    void aManagerApprovesWithASessionOfTheirOwn() {
        ManagerApprovalViewModel model = model(DemoServer.url());
        model.emailProperty().set("  manager@urban-threads.example ");
        model.passwordProperty().set("olympus-demo");
        model.approve(given::add);
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
        assertThat(model.passwordProperty().get()).as("not kept on screen").isEmpty();
        assertThat(given).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Marco Manager");
            assertThat(a.api().session().may(Permission.ORDER_REFUND)).isTrue();
        });
        given.get(0).end();
        assertThat(given.get(0).api().client().tokens()).isEmpty();
    }

    @Test
    void anyoneElseApprovesNothing() {
        ManagerApprovalViewModel model = model(DemoServer.url());
        model.approve(given::add);
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("approval.missing"));
        model.emailProperty().set("cashier@urban-threads.example");
        model.passwordProperty().set("olympus-demo");
        model.approve(given::add);
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("approval.not_allowed", Phrase.of("permission.order_refund")));
        model.emailProperty().set("manager@urban-threads.example");
        assertThat(model.problemProperty().get()).as("cleared as the email is changed").isEqualTo(Phrase.NONE);
        model.passwordProperty().set("not-the-password");
        model.approve(given::add);
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("approval.wrong"));
        model.emailProperty().set("manager@glow-salon.example");
        model.passwordProperty().set("olympus-demo");
        model.approve(given::add);
        assertThat(model.problemProperty().get()).as("a manager of another business").isEqualTo(Phrase.of("approval.wrong"));
        assertThat(given).isEmpty();
    }

    @Test
    void withoutTheServerThereIsNoApproval() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        ManagerApprovalViewModel model = model("http://127.0.0.1:" + port);
        model.emailProperty().set("manager@urban-threads.example");
        model.passwordProperty().set("olympus-demo");
        model.approve(given::add);
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("approval.offline"));
        assertThat(given).isEmpty();
    }

    private static ManagerApprovalViewModel model(String url) {
        return new ManagerApprovalViewModel("urban-threads", Permission.ORDER_REFUND, () -> new OlympusApi(new OlympusClient(url)), NOW, NOW);
    }
}
