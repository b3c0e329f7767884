package cloud.olympus.desktop.approval;

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
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.passwordProperty().get()).as("not kept on screen").isEmpty();
        assertThat(given).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Marco Manager");
            assertThat(a.api().session().isManager()).isTrue();
        });
        given.get(0).end();
        assertThat(given.get(0).api().client().tokens()).isEmpty();
    }

    @Test
    void anyoneElseApprovesNothing() {
        ManagerApprovalViewModel model = model(DemoServer.url());
        model.approve(given::add);
        assertThat(model.problemProperty().get()).isEqualTo("approval.missing");
        model.emailProperty().set("cashier@urban-threads.example");
        model.passwordProperty().set("olympus-demo");
        model.approve(given::add);
        assertThat(model.problemProperty().get()).isEqualTo("approval.not_manager");
        model.emailProperty().set("manager@urban-threads.example");
        assertThat(model.problemProperty().get()).as("cleared as the email is changed").isEmpty();
        model.passwordProperty().set("not-the-password");
        model.approve(given::add);
        assertThat(model.problemProperty().get()).isEqualTo("approval.wrong");
        model.emailProperty().set("manager@glow-salon.example");
        model.passwordProperty().set("olympus-demo");
        model.approve(given::add);
        assertThat(model.problemProperty().get()).as("a manager of another business").isEqualTo("approval.wrong");
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
        assertThat(model.problemProperty().get()).isEqualTo("approval.offline");
        assertThat(given).isEmpty();
    }

    private static ManagerApprovalViewModel model(String url) {
        return new ManagerApprovalViewModel("urban-threads", () -> new OlympusApi(new OlympusClient(url)), NOW, NOW);
    }
}
