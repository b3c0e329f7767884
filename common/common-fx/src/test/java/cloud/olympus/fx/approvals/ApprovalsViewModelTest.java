package cloud.olympus.fx.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.Approval;
import cloud.olympus.client.api.ApprovalDraft;
import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A manager's list of requests, and a till's wait for one, against a server's rules kept in memory. */
class ApprovalsViewModelTest {

    private final FakeApprovals server = new FakeApprovals();
    private final ApprovalsViewModel manager = new ApprovalsViewModel(server, Runnable::run, Runnable::run, server.clock);
    private final ApprovalRequestViewModel till = new ApprovalRequestViewModel(server, Runnable::run, Runnable::run, server.clock);

    private static ApprovalDraft refund() {
        return new ApprovalDraft(ApprovalKind.REFUND, "Refund 5.00 on order 12", new BigDecimal("5.00"), UUID.randomUUID(), null,
                null);
    }

    @Test
    void theListKeepsUpWithRequestsAndDecisionsMadeElsewhere() {
        Approval before = server.someoneAsks("Discount 10 %");
        manager.start();
        assertThat(manager.pending()).extracting(Approval::id).containsExactly(before.id());
        assertThat(manager.pending()).isSameAs(manager.pending());

        till.send(refund());
        assertThat(manager.pending()).hasSize(2);
        manager.approve(till.approvalProperty().get().id(), "ok");
        assertThat(manager.pending()).extracting(Approval::id).containsExactly(before.id());
        assertThat(manager.problemProperty().get().isNone()).isTrue();

        // Decided on another tablet: gone here too.
        server.approve(before.id(), null);
        assertThat(manager.pending()).isEmpty();
        manager.close();
        assertThat(server.listeners).isEmpty();
    }

    @Test
    void aCountdownRunsAndExpiredRequestsLeave() {
        server.someoneAsks("Void a line");
        manager.start();
        manager.tick();
        assertThat(manager.remaining(manager.pending().get(0))).isEqualTo(Duration.ofMinutes(2));
        server.clock.advance(Duration.ofSeconds(75));
        manager.tick();
        assertThat(manager.remaining(manager.pending().get(0))).isEqualTo(Duration.ofSeconds(45));
        server.clock.advance(Duration.ofSeconds(45));
        manager.tick();
        assertThat(manager.pending()).isEmpty();
    }

    @Test
    void aDecisionTooLateOrOnOnesOwnRequestSaysWhy() {
        Approval asked = server.someoneAsks("Refund");
        manager.start();
        server.decline(asked.id(), "no");
        manager.refresh();
        Approval stale = asked;
        manager.approve(stale.id(), null);
        assertThat(manager.problemProperty().get().key()).isEqualTo("approvals.problem.closed");
        assertThat(manager.busyProperty().get()).isFalse();

        server.actingAs = FakeApprovals.TILL_USER;
        Approval own = server.someoneAsks("Mine");
        manager.approve(own.id(), null);
        assertThat(manager.problemProperty().get().key()).isEqualTo("approvals.problem.not_yours");
        assertThat(manager.pending()).extracting(Approval::id).containsExactly(own.id());
    }

    @Test
    void theTillGoesOnWhenApproved() {
        till.send(refund());
        assertThat(till.stateProperty().get()).isEqualTo(ApprovalRequestViewModel.State.WAITING);
        assertThat(till.messageProperty().get().key()).isEqualTo("approvals.waiting");
        till.tick();
        assertThat(till.remainingProperty().get()).isEqualTo(Duration.ofMinutes(2));
        assertThat(till.approvedId()).isEmpty();

        server.approve(till.approvalProperty().get().id(), null);
        assertThat(till.stateProperty().get()).isEqualTo(ApprovalRequestViewModel.State.APPROVED);
        assertThat(till.approvedId()).contains(till.approvalProperty().get().id());
        assertThat(till.messageProperty().get().args()).containsExactly("Alex");
        assertThat(server.listeners).isEmpty();
    }

    @Test
    void aDecisionHeardBeforeTheRequestIsAnsweredIsKeptAndApplied() {
        server.beforeAnswering = asked -> server.approve(asked.id(), null);

        till.send(refund());

        assertThat(till.stateProperty().get()).isEqualTo(ApprovalRequestViewModel.State.APPROVED);
        assertThat(till.approvedId()).contains(till.approvalProperty().get().id());
        assertThat(server.listeners).isEmpty();
    }

    @Test
    void anotherRequestsDecisionHeardBeforeTheAnswerChangesNothing() {
        Approval other = server.someoneAsks("Void a line");
        server.beforeAnswering = asked -> server.decline(other.id(), "no");

        till.send(refund());

        assertThat(till.stateProperty().get()).isEqualTo(ApprovalRequestViewModel.State.WAITING);
    }

    @Test
    void theTillSaysSoWhenDeclinedWithTheReason() {
        till.send(refund());
        server.decline(till.approvalProperty().get().id(), "Receipt missing");
        assertThat(till.stateProperty().get()).isEqualTo(ApprovalRequestViewModel.State.DECLINED);
        assertThat(till.messageProperty().get().key()).isEqualTo("approvals.declined_because");
        assertThat(till.messageProperty().get().args()).containsExactly("Alex", "Receipt missing");
        assertThat(till.approvedId()).isEmpty();
    }

    @Test
    void theTillAsksTheServerWhenTheTimeIsUp() {
        till.send(refund());
        // No live event reaches the till (the sweep has not run yet): at zero it asks, and hears expired.
        server.listeners.clear();
        server.clock.advance(Duration.ofMinutes(2));
        till.tick();
        assertThat(till.stateProperty().get()).isEqualTo(ApprovalRequestViewModel.State.EXPIRED);
        assertThat(server.all.get(till.approvalProperty().get().id()).status()).isEqualTo(ApprovalStatus.EXPIRED);
    }

    @Test
    void waitingCanBeCancelledAndADecisionAfterwardsChangesNothing() {
        till.send(refund());
        UUID id = till.approvalProperty().get().id();
        till.cancel();
        assertThat(till.stateProperty().get()).isEqualTo(ApprovalRequestViewModel.State.CANCELLED);
        assertThat(server.listeners).isEmpty();
        server.approve(id, null);
        assertThat(till.stateProperty().get()).isEqualTo(ApprovalRequestViewModel.State.CANCELLED);
        assertThat(till.approvedId()).isEmpty();

        // And it can ask again.
        till.send(refund());
        assertThat(till.stateProperty().get()).isEqualTo(ApprovalRequestViewModel.State.WAITING);
    }
}
