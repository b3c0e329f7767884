package cloud.olympus.desktop.approval;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.ServerUnreachableException;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.Session;
import cloud.olympus.fx.i18n.Phrase;
import cloud.olympus.fx.i18n.Problems;
import cloud.olympus.model.auth.Permission;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Someone approving at the till on the spot what the person there may not do alone: they log in on
 * a session of their own, beside the cashier's, and what needed them is done with it. A login
 * without the permission needed (a refund needs {@link Permission#ORDER_REFUND}) approves nothing.
 */
public final class ManagerApprovalViewModel {

    /**
     * Who approved (their name as on receipts, or their email), and their own session to act with; log it
     * out when done. An approval given from afar ({@code approvalId}) comes with the till's own session,
     * which goes on: the action carries the approval instead.
     */
    public record Approval(UUID userId, String name, OlympusApi api, UUID approvalId) {

        /** Given on the spot, with the approver's own session. */
        public Approval(UUID userId, String name, OlympusApi api) {
            this(userId, name, api, null);
        }

        /** Given by a manager from afar: the till acts with {@code tillApi} and sends the approval along. */
        public static Approval remote(cloud.olympus.client.api.Approval decided, OlympusApi tillApi) {
            return new Approval(decided.decidedBy(), decided.deciderName(), tillApi, decided.id());
        }

        public void end() {
            if (approvalId != null) {
                return;
            }
            try {
                api.client().logout();
            } catch (RuntimeException e) {
                // The approval's session then simply expires on the server.
                LOG.info("The approving session was not logged out on the server: {}", e.getMessage());
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ManagerApprovalViewModel.class);

    private final String tenantSlug;
    private final Permission needed;
    private final Supplier<OlympusApi> freshApi;
    private final Executor background;
    private final Executor ui;
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Phrase> problem = new ReadOnlyObjectWrapper<>(Phrase.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /**
     * @param needed   what the approving person must be allowed to do
     * @param freshApi a new API client each time, so the approver's session never replaces the cashier's
     */
    public ManagerApprovalViewModel(String tenantSlug, Permission needed, Supplier<OlympusApi> freshApi, Executor background,
                                    Executor ui) {
        this.tenantSlug = tenantSlug;
        this.needed = needed;
        this.freshApi = freshApi;
        this.background = background;
        this.ui = ui;
        email.addListener(o -> problem.set(Phrase.NONE));
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the last try approved nothing; {@link Phrase#NONE} when none. */
    public ReadOnlyObjectProperty<Phrase> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Logs the manager in; on success hands the approval to {@code approved} on the UI thread. */
    public void approve(Consumer<Approval> approved) {
        if (email.get().isBlank() || password.get().isEmpty()) {
            problem.set(Phrase.of("approval.missing"));
            return;
        }
        busy.set(true);
        problem.set(Phrase.NONE);
        String who = email.get().trim();
        String secret = password.get();
        background.execute(() -> {
            Phrase outcome;
            Approval approval = null;
            try {
                OlympusApi api = freshApi.get();
                Session session = api.login(tenantSlug, who, secret);
                if (session.may(needed)) {
                    approval = new Approval(session.userId(), session.name().orElse(who), api);
                    outcome = Phrase.NONE;
                } else {
                    new Approval(session.userId(), who, api).end();
                    outcome = Phrase.of("approval.not_allowed", Phrase.of("permission." + needed.wireName()));
                }
            } catch (ServerUnreachableException e) {
                outcome = Phrase.of("approval.offline");
            } catch (OlympusApiException e) {
                outcome = e.status() == 429 ? Phrase.of("approval.limited")
                        : e.problem().kind().equals("invalid-credentials") ? Phrase.of("approval.wrong") : Problems.phrase(e);
            } catch (RuntimeException e) {
                LOG.warn("An approval failed", e);
                outcome = Problems.phrase(e);
            }
            Approval done = approval;
            Phrase result = outcome;
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
