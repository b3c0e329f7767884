package cloud.olympus.desktop.approval;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.Session;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A manager approving something at the till on the spot: they log in on a session of their own,
 * beside the cashier's, and what needs a manager is done with it. A login that is not a manager's
 * approves nothing.
 */
public final class ManagerApprovalViewModel {

    /** Who approved (their name as on receipts, or their email), and their own session to act with; log it out when done. */
    public record Approval(UUID userId, String name, OlympusApi api) {
        public void end() {
            try {
                api.client().logout();
            } catch (RuntimeException ignored) {
                // The approval's session simply expires.
            }
        }
    }

    private final String tenantSlug;
    private final Supplier<OlympusApi> freshApi;
    private final Executor background;
    private final Executor ui;
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** @param freshApi a new API client each time, so the manager's session never replaces the cashier's */
    public ManagerApprovalViewModel(String tenantSlug, Supplier<OlympusApi> freshApi, Executor background, Executor ui) {
        this.tenantSlug = tenantSlug;
        this.freshApi = freshApi;
        this.background = background;
        this.ui = ui;
        email.addListener(o -> problem.set(""));
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the last try approved nothing, as a bundle key; empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Logs the manager in; on success hands the approval to {@code approved} on the UI thread. */
    public void approve(Consumer<Approval> approved) {
        if (email.get().isBlank() || password.get().isEmpty()) {
            problem.set("approval.missing");
            return;
        }
        busy.set(true);
        problem.set("");
        String who = email.get().trim();
        String secret = password.get();
        background.execute(() -> {
            String outcome;
            Approval approval = null;
            try {
                OlympusApi api = freshApi.get();
                Session session = api.login(tenantSlug, who, secret);
                if (session.isManager()) {
                    String name;
                    try {
                        name = api.displayName().orElse(who);
                    } catch (RuntimeException e) {
                        name = who;
                    }
                    approval = new Approval(session.userId(), name, api);
                    outcome = "";
                } else {
                    api.client().logout();
                    outcome = "approval.not_manager";
                }
            } catch (ServerUnreachableException e) {
                outcome = "approval.offline";
            } catch (OlympusApiException e) {
                outcome = e.status() == 429 ? "approval.limited" : "approval.wrong";
            } catch (RuntimeException e) {
                outcome = "approval.wrong";
            }
            Approval done = approval;
            String result = outcome;
            ui.execute(() -> {
                busy.set(false);
                password.set("");
                problem.set(result);
                if (done != null) {
                    approved.accept(done);
                }
            });
        });
    }
}
