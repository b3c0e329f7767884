package cloud.olympus.fx.approvals;

import cloud.olympus.client.OlympusApiException;
import cloud.olympus.client.Problem;
import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.ApprovalDraft;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.fx.watch.ManualLater;
import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A server's approvals in memory, with the rules the real one keeps (decided once, two minutes,
 * nobody decides their own), and its live events told to whoever listens.
 */
final class FakeApprovals implements ApprovalService {

    static final UUID TILL_USER = UUID.randomUUID();
    static final UUID MANAGER = UUID.randomUUID();

    final Map<UUID, Approval> all = new LinkedHashMap<>();
    final List<OlympusApi.ApprovalListener> listeners = new ArrayList<>();
    final ManualLater clock = new ManualLater();
    UUID actingAs = MANAGER;
    /** What happens on the server after a request is made and before its answer reaches the till (a quick decision). */
    Consumer<Approval> beforeAnswering = approval -> { };

    @Override
    public Approval request(ApprovalDraft draft) {
        Instant now = clock.instant();
        Approval approval = new Approval(UUID.randomUUID(), draft.kind(), ApprovalStatus.PENDING, draft.summary(), draft.amount(),
                draft.orderId(), TILL_USER, "Sam", now, now.plus(Duration.ofMinutes(2)), null, null, null, null);
        tell(approval);
        beforeAnswering.accept(approval);
        return approval;
    }

    @Override
    public Approval get(UUID id) {
        Approval approval = all.get(id);
        if (approval.status() == ApprovalStatus.PENDING && !clock.instant().isBefore(approval.expiresAt())) {
            tell(with(approval, ApprovalStatus.EXPIRED, null, null));
        }
        return all.get(id);
    }

    @Override
    public List<Approval> pending() {
        return all.values().stream().filter(a -> a.pendingAt(clock.instant())).toList();
    }

    @Override
    public Approval approve(UUID id, String reason) {
        return decide(id, ApprovalStatus.APPROVED, reason);
    }

    @Override
    public Approval decline(UUID id, String reason) {
        return decide(id, ApprovalStatus.DECLINED, reason);
    }

    @Override
    public AutoCloseable live(OlympusApi.ApprovalListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Another person asks, as another till would. */
    Approval someoneAsks(String summary) {
        return request(new ApprovalDraft(ApprovalKind.OTHER, summary, null, null, null, null));
    }

    private Approval decide(UUID id, ApprovalStatus status, String reason) {
        Approval approval = get(id);
        if (approval.status() != ApprovalStatus.PENDING) {
            throw refused(409, "conflict", "The request was already " + approval.status().wireName());
        }
        if (approval.requestedBy().equals(actingAs)) {
            throw refused(403, "forbidden", "A manager cannot decide their own request");
        }
        return tell(with(approval, status, actingAs, reason));
    }

    private Approval with(Approval a, ApprovalStatus status, UUID by, String reason) {
        return new Approval(a.id(), a.kind(), status, a.summary(), a.amount(), a.orderId(), a.requestedBy(), a.requesterName(),
                a.requestedAt(), a.expiresAt(), by, by == null ? null : "Alex", by == null ? null : clock.instant(), reason);
    }

    private Approval tell(Approval approval) {
        all.put(approval.id(), approval);
        List.copyOf(listeners).forEach(l -> l.onApproval(approval));
        return approval;
    }

    private static OlympusApiException refused(int status, String type, String detail) {
        return new OlympusApiException(new Problem("https://olympus.cloud/problems/" + type, type, status, detail, List.of(), Map.of()),
                null);
    }
}
