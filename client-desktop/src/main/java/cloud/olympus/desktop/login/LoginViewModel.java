package cloud.olympus.desktop.login;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.catalogue.CatalogueCache;
import cloud.olympus.desktop.till.OfflineLoginRefused;
import cloud.olympus.desktop.till.Till;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging in at the till: the business (remembered after the first time), email and password.
 * Work happens off the UI thread; the outcome comes back on it.
 */
public final class LoginViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LoginViewModel.class);

    /** What a successful login hands to the till: the catalogue to sell from. */
    public record LoggedIn(CatalogueCache.Stored catalogue, boolean fromCache) {
    }

    private final Till till;
    private final Executor background;
    private final Executor ui;
    private final StringProperty tenant = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Phrase> error = new ReadOnlyObjectWrapper<>(Phrase.NONE);

    public LoginViewModel(Till till, Executor background, Executor ui) {
        this.till = till;
        this.background = background;
        this.ui = ui;
        if (till.settings().tenantSlug() != null) {
            tenant.set(till.settings().tenantSlug());
        }
        if (till.settings().lastEmail() != null) {
            email.set(till.settings().lastEmail());
        }
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last try did not log in; {@link Phrase#NONE} when there is nothing to say. */
    public ReadOnlyObjectProperty<Phrase> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean canSubmit() {
        return !busy.get() && !tenant.get().isBlank() && !email.get().isBlank() && !password.get().isEmpty();
    }

    /** Logs in, then loads the catalogue: from the server, or the copy on disk when the server cannot give it. */
    public void login(Consumer<LoggedIn> done) {
        if (!canSubmit()) {
            error.set(Phrase.of("login.missing"));
            return;
        }
        busy.set(true);
        error.set(Phrase.NONE);
        String slug = tenant.get().trim().toLowerCase(java.util.Locale.ROOT);
        String user = email.get().trim();
        String secret = password.get();
        background.execute(() -> {
            try {
                till.login(slug, user, secret);
                till.catalogue().load();
                LoggedIn result;
                if (till.isOffline()) {
                    result = new LoggedIn(till.catalogue().current().orElseThrow(() -> new ServerUnreachableException(
                            "no catalogue on this terminal yet", null)), true);
                } else {
                    try {
                        result = new LoggedIn(till.catalogue().refresh(till.api()), false);
                    } catch (ServerUnreachableException e) {
                        result = new LoggedIn(till.catalogue().current().orElseThrow(() -> e), true);
                    }
                }
                LoggedIn outcome = result;
                ui.execute(() -> {
                    busy.set(false);
                    password.set("");
                    done.accept(outcome);
                });
            } catch (OlympusApiException e) {
                fail(e.problem().kind().equals("invalid-credentials") ? Phrase.of("login.invalid") : Problems.phrase(e));
            } catch (ServerUnreachableException e) {
                fail(Phrase.of("login.unreachable"));
            } catch (OfflineLoginRefused e) {
                fail(switch (e.reason()) {
                    case EXPIRED -> Phrase.of("login.offline_expired", java.util.Date.from(e.expiredAt()));
                    case TAMPERED -> Phrase.of("login.offline_tampered");
                    case OUTDATED -> Phrase.of("login.offline_outdated");
                });
            } catch (RuntimeException e) {
                LOG.warn("Logging in failed", e);
                fail(Problems.phrase(e));
            }
        });
    }

    private void fail(Phrase message) {
        ui.execute(() -> {
            busy.set(false);
            error.set(message);
        });
    }
}
