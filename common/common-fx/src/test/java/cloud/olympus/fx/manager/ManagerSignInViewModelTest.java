package cloud.olympus.fx.manager;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.Problem;
import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.api.Session;
import cloud.olympus.fx.watch.PairingViewModel;
import cloud.olympus.model.auth.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signing in to the manager's app: every field needed, managers and owners only, the server's refusal in words. */
class ManagerSignInViewModelTest {

    private final List<String> calls = new ArrayList<>();
    private final List<Session> signedIn = new ArrayList<>();
    private Role role = Role.MANAGER;
    private final ManagerSignInViewModel model = new ManagerSignInViewModel(new ManagerSignInViewModel.Server() {
        @Override
        public Session login(String tenant, String email, String password) {
            calls.add("login " + tenant + " " + email);
            if (password.equals("wrong")) {
                throw new OlympusApiException(new Problem("https://olympus.cloud/problems/invalid-credentials", "Invalid credentials",
                        401, "Wrong email or password", List.of(), Map.of()), null);
            }
            return Session.fromRoles(UUID.randomUUID(), UUID.randomUUID(), Set.of(role), "Sam");
        }

        @Override
        public Session session() {
            throw new AssertionError("not paired");
        }

        @Override
        public PairingViewModel.Server pairing() {
            throw new AssertionError("not paired");
        }

        @Override
        public void logout() {
            calls.add("logout");
        }
    }, "bella-cucina", (delay, task) -> {
        task.run();
        return () -> { };
    }, Runnable::run, Clock.systemUTC(), signedIn::add);

    @Test
    void aManagerIsSignedInAndThePasswordForgotten() {
        fill(" manager@bella-cucina.example ", "secret");
        model.signIn();

        assertThat(calls).containsExactly("login bella-cucina manager@bella-cucina.example");
        assertThat(signedIn).singleElement().satisfies(s -> assertThat(s.displayName()).isEqualTo("Sam"));
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aCashierIsSignedOutAgainWithTheReason() {
        role = Role.CASHIER;
        fill("cashier@bella-cucina.example", "secret");
        model.signIn();

        assertThat(calls).containsExactly("login bella-cucina cashier@bella-cucina.example", "logout");
        assertThat(signedIn).isEmpty();
        assertThat(model.problemProperty().get().key()).isEqualTo("mobile.signin.managers_only");
    }

    @Test
    void missingFieldsAreAskedForAndARefusalIsSaid() {
        fill("manager@bella-cucina.example", "");
        model.signIn();
        assertThat(calls).isEmpty();
        assertThat(model.problemProperty().get().key()).isEqualTo("mobile.signin.fill_in");

        model.tenantProperty().set(" ");
        model.pair();
        assertThat(model.problemProperty().get().key()).isEqualTo("mobile.signin.business_needed");
        assertThat(model.pairingProperty().get()).isNull();

        model.tenantProperty().set("bella-cucina");
        fill("manager@bella-cucina.example", "wrong");
        model.signIn();
        assertThat(signedIn).isEmpty();
        assertThat(model.problemProperty().get().isNone()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
    }

    private void fill(String email, String password) {
        model.emailProperty().set(email);
        model.passwordProperty().set(password);
    }
}
