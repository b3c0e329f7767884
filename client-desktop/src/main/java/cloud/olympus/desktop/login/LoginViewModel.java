package cloud.olympus.desktop.login;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.catalogue.CatalogueCache;
import cloud.olympus.desktop.till.Till;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Logging in at the till: the business (remembered after the first time), email and password.
 * Work happens off the UI thread; the outcome comes back on it.
 */
public final class LoginViewModel {

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
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

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

    /** A message key, or the server's own words; empty when there is nothing to say. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean canSubmit() {
        return !busy.get() && !tenant.get().isBlank() && !email.get().isBlank() && !password.get().isEmpty();
    }

    /** Logs in, then loads the catalogue: from the server, or the copy on disk when the server cannot give it. */
    public void login(Consumer<LoggedIn> done) {
        if (!canSubmit()) {
            error.set("login.missing");
            return;
        }
        busy.set(true);
        error.set("");
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
                fail(e.problem().kind().equals("invalid-credentials") ? "login.invalid" : e.getMessage());
            } catch (ServerUnreachableException e) {
                fail("login.unreachable");
            } catch (RuntimeException e) {
                fail(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        });
    }

    private void fail(String message) {
        ui.execute(() -> {
            busy.set(false);
            error.set(message);
        });
    }
}
