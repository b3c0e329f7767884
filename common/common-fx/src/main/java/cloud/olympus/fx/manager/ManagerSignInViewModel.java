package cloud.olympus.fx.manager;

import cloud.olympus.client.OlympusClient;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.Session;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.fx.watch.Later;
import cloud.olympus.fx.watch.PairingViewModel;
import cloud.olympus.model.auth.Permission;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Signing the manager's app in: with a manager's or owner's password, or by pairing (a code shown
 * here and approved on the till, the way a watch pairs). Only people who may see reports get in.
 */
public final class ManagerSignInViewModel {

    /** What signing in needs from the app's server connection. */
    public interface Server {
        Session login(String tenant, String email, String password);

        /** Who the client is signed in as, once paired. */
        Session session();

        PairingViewModel.Server pairing();

        void logout();

        static Server of(OlympusClient client) {
            OlympusApi api = new OlympusApi(client);
            return new Server() {
                @Override
                public Session login(String tenant, String email, String password) {
                    return api.login(tenant, email, password);
                }

                @Override
                public Session session() {
                    return api.session();
                }

                @Override
                public PairingViewModel.Server pairing() {
                    return PairingViewModel.Server.of(client);
                }

                @Override
                public void logout() {
                    client.logout();
                }
            };
        }
    }

    private final Server server;
    private final Later later;
    private final Executor ui;
    private final Clock clock;
    private final Consumer<Session> signedIn;
    private final StringProperty tenant = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<PairingViewModel> pairing = new ReadOnlyObjectWrapper<>();

    /** @param signedIn runs on the UI thread with the session of the person signed in */
    public ManagerSignInViewModel(Server server, String tenant, Later later, Executor ui, Clock clock, Consumer<Session> signedIn) {
        this.server = server;
        this.later = later;
        this.ui = ui;
        this.clock = clock;
        this.signedIn = signedIn;
        this.tenant.set(tenant == null ? "" : tenant);
    }

    public StringProperty tenantProperty() {
        return tenant;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The pairing under way, or null while signing in with a password. */
    public ReadOnlyObjectProperty<PairingViewModel> pairingProperty() {
        return pairing.getReadOnlyProperty();
    }

    public void signIn() {
        String business = tenant.get().trim();
        String who = email.get().trim();
        String secret = password.get();
        if (business.isEmpty() || who.isEmpty() || secret.isEmpty()) {
            problem.set(Phrase.of("mobile.signin.fill_in"));
            return;
        }
        busy.set(true);
        problem.set(Phrase.NONE);
        later.schedule(java.time.Duration.ZERO, () -> admit(() -> server.login(business, who, secret)));
    }

    /** Shows a code to approve on the till instead of a password. */
    public void pair() {
        String business = tenant.get().trim();
        if (business.isEmpty()) {
            problem.set(Phrase.of("mobile.signin.business_needed"));
            return;
        }
        problem.set(Phrase.NONE);
        cancelPairing();
        PairingViewModel next = new PairingViewModel(server.pairing(), business, later, ui, clock,
                () -> later.schedule(java.time.Duration.ZERO, () -> admit(server::session)));
        pairing.set(next);
        next.start();
    }

    /** Back to the password. */
    public void cancelPairing() {
        if (pairing.get() != null) {
            pairing.get().close();
            pairing.set(null);
        }
    }

    private void admit(java.util.function.Supplier<Session> signIn) {
        try {
            Session session = signIn.get();
            if (!session.may(Permission.REPORTS_VIEW)) {
                server.logout();
                ui.execute(() -> {
                    busy.set(false);
                    pairing.set(null);
                    problem.set(Phrase.of("mobile.signin.managers_only"));
                });
                return;
            }
            ui.execute(() -> {
                busy.set(false);
                password.set("");
                pairing.set(null);
                signedIn.accept(session);
            });
        } catch (RuntimeException e) {
            ui.execute(() -> {
                busy.set(false);
                problem.set(Problems.phrase(e));
            });
        }
    }
}
