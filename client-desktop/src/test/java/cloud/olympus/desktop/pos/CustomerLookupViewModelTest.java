package cloud.olympus.desktop.pos;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.CustomerSummary;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.i18n.Messages;
import cloud.olympus.fx.i18n.Phrase;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Finding a customer to put on the sale, against a real server: found, none found, and the server away. */
class CustomerLookupViewModelTest {

    private static final Executor NOW = Runnable::run;
    private final List<CustomerSummary> attached = new ArrayList<>();

    @Test
    void findsCustomersByNameAndAttachesTheOneChosen() {
        OlympusApi cashier = DemoServer.login("bella-cucina", "cashier");
        CustomerSummary someone = cashier.findCustomers("a").get(0);
        CustomerLookupViewModel model = new CustomerLookupViewModel(cashier, NOW, NOW, attached::add);

        model.queryProperty().set("  " + someone.lastName() + " ");
        model.search();
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
        assertThat(model.results()).extracting(CustomerSummary::id).contains(someone.id());
        assertThat(model.busyProperty().get()).isFalse();
        model.choose(model.results().get(0));
        assertThat(attached).hasSize(1);

        model.queryProperty().set("nobody-is-called-this-zz");
        model.search();
        assertThat(model.results()).isEmpty();
        assertThat(Messages.forLocale(Locale.ENGLISH).text(model.problemProperty().get())).isEqualTo("No customer found.");

        model.queryProperty().set("   ");
        model.search();
        assertThat(model.results()).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.NONE);
    }

    @Test
    void aSearchThatFailsSaysWhy() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        // A till that has not logged in with this server: nothing is sent, and the cashier is told why.
        OlympusApi notLoggedIn = new OlympusApi(new OlympusClient("http://127.0.0.1:" + port));
        CustomerLookupViewModel model = new CustomerLookupViewModel(notLoggedIn, NOW, NOW, attached::add);
        model.queryProperty().set("Rossi");
        model.search();
        assertThat(model.results()).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo(Phrase.of("problem.not-logged-in"));
        assertThat(Messages.forLocale(Locale.FRENCH).text(model.problemProperty().get()))
                .isEqualTo("Ceci demande une connexion au serveur.");
        assertThat(attached).isEmpty();
    }

    @Test
    void anAnswerToAnOlderSearchIsDropped() {
        OlympusApi cashier = DemoServer.login("bella-cucina", "cashier");
        List<Runnable> later = new ArrayList<>();
        CustomerLookupViewModel model = new CustomerLookupViewModel(cashier, NOW, later::add, attached::add);
        model.queryProperty().set("a");
        model.search();
        model.queryProperty().set("nobody-is-called-this-zz");
        model.search();
        // The answers come back in the wrong order: the first search's last.
        later.get(1).run();
        later.get(0).run();
        assertThat(model.results()).isEmpty();
    }
}
