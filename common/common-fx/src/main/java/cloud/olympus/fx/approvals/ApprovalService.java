package cloud.olympus.fx.approvals;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.ApprovalDraft;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.realtime.RealtimeClient;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What the approval screens ask of the server. Calls may block and are never made on the UI thread;
 * {@link #live} tells of every request and decision the caller may hear of, on its own thread.
 */
public interface ApprovalService {

    Approval request(ApprovalDraft draft);

    Approval get(UUID id);

    List<Approval> pending();

    Approval approve(UUID id, String reason);

    Approval decline(UUID id, String reason);

    /** Starts hearing of requests and decisions live; close the answer when done. */
    AutoCloseable live(OlympusApi.ApprovalListener listener);

    /** As {@link #live}, handing each approval heard, and each call to reload, to {@code ui}. */
    default AutoCloseable liveOn(Executor ui, Consumer<Approval> heard, Runnable reload) {
        return live(new OlympusApi.ApprovalListener() {
            @Override
            public void onApproval(Approval approval) {
                ui.execute(() -> heard.accept(approval));
            }

            @Override
            public void onReload() {
                ui.execute(reload);
            }
        });
    }

    /** The service of the server behind {@code api}. */
    static ApprovalService of(OlympusApi api) {
        return new ApprovalService() {
            @Override
            public Approval request(ApprovalDraft draft) {
                return api.requestApproval(draft);
            }

            @Override
            public Approval get(UUID id) {
                return api.approval(id);
            }

            @Override
            public List<Approval> pending() {
                return api.pendingApprovals();
            }

            @Override
            public Approval approve(UUID id, String reason) {
                return api.approve(id, reason);
            }

            @Override
            public Approval decline(UUID id, String reason) {
                return api.decline(id, reason);
            }

            @Override
            public AutoCloseable live(OlympusApi.ApprovalListener listener) {
                RealtimeClient client = api.liveApprovals(listener);
                client.start();
                return client;
            }
        };
    }
}
