package cloud.olympus.server.approvals;

import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.server.approvals.internal.ApprovalRepository;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.User;
import cloud.olympus.server.auth.UserAccounts;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotAllowed;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for a manager's approval: asked for at a till, decided from afar, expired when nobody
 * decided in time, and used once by the action they unlock. Expiry is decided when a request is read
 * (a request past its time is expired, whether or not the sweep marked it yet) and the sweep marks
 * and announces the ones nobody read.
 */
@Service
public class Approvals {

    private final ApprovalRepository approvals;
    private final UserAccounts users;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final ApprovalsProperties properties;
    private final Clock clock;

    Approvals(ApprovalRepository approvals, UserAccounts users, Tenants tenants, ApplicationEventPublisher events,
              ApprovalsProperties properties, Clock clock) {
        this.approvals = approvals;
        this.users = users;
        this.tenants = tenants;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a till asks for. */
    public record NewApproval(ApprovalKind kind, String summary, BigDecimal amount, UUID orderId, Map<String, Object> details,
                              UUID terminalId) {
    }

    @Transactional
    public Approval request(NewApproval request, Caller caller) {
        UUID tenant = TenantContext.require();
        String summary = Input.trimmedOrNull(request.summary());
        if (summary == null) {
            throw new InvalidInput("summary says what the manager is asked to approve").field("summary");
        }
        BigDecimal amount = request.amount() == null ? null
                : Input.amount(request.amount(), tenants.settingsOf(tenant).scale(), "amount", Amounts.Sign.POSITIVE);
        if (request.kind() == ApprovalKind.REFUND && (request.orderId() == null || amount == null)) {
            throw new InvalidInput("A refund's approval names the order (order_id) and the amount").field("order_id");
        }
        if (request.kind() == ApprovalKind.DISCOUNT && amount == null) {
            throw new InvalidInput("A discount's approval names the most it allows (amount)").field("amount");
        }
        Instant now = clock.instant();
        Approval approval = new Approval(UUID.randomUUID(), request.kind(), ApprovalStatus.PENDING, summary, amount,
                request.orderId(), request.details(), request.terminalId() != null ? request.terminalId() : caller.deviceId(),
                person(caller), now, now.plus(properties.ttl()), null, null, null, null);
        approvals.insert(tenant, approval);
        events.publishEvent(new ApprovalRequested(tenant, approval.id(), approval.kind(), summary, amount, approval.orderId(),
                caller.userId(), caller.deviceId(), now));
        return approval;
    }

    /** A request, for whoever asked for it or may decide it; anyone else is told there is none. */
    @Transactional
    public Approval get(UUID id, Caller caller) {
        Approval approval = current(id);
        if (!approval.requestedBy().userId().equals(caller.userId()) && !caller.may(Permission.APPROVAL_DECIDE)) {
            throw new ApprovalNotFound();
        }
        return approval;
    }

    /** A request as it stands, without asking who wants it: for the modules that show or use it. */
    @Transactional
    public java.util.Optional<Approval> find(UUID id) {
        expireDue();
        return approvals.find(id);
    }

    /**
     * One page of requests: those waiting for a manager, the ones expiring first first, when
     * {@code statuses} is only {@link ApprovalStatus#PENDING}; otherwise those of the statuses (any,
     * when empty), newest first. {@code from} and {@code to} bound when they were asked ({@code to}
     * excluded); {@code afterAt} and {@code afterId} are the last row of the page before (null: the first page).
     */
    @Transactional
    public List<Approval> page(java.util.Set<ApprovalStatus> statuses, Instant from, Instant to, Instant afterAt, UUID afterId,
                               int limit) {
        expireDue();
        boolean pending = statuses.equals(java.util.Set.of(ApprovalStatus.PENDING));
        return approvals.page(pending, statuses, clock.instant(), from, to, afterAt, afterId, limit);
    }

    /** The business day {@code date} starts at, in the time zone and with the day start of the tenant in context. */
    public Instant startOf(java.time.LocalDate date) {
        var settings = tenants.settingsOf(TenantContext.require());
        return date.atTime(settings.businessDayStart()).atZone(settings.zone()).toInstant();
    }

    @Transactional
    public Approval approve(UUID id, String reason, Caller caller) {
        return decide(id, ApprovalStatus.APPROVED, reason, caller);
    }

    @Transactional
    public Approval decline(UUID id, String reason, Caller caller) {
        return decide(id, ApprovalStatus.DECLINED, reason, caller);
    }

    private Approval decide(UUID id, ApprovalStatus status, String reason, Caller caller) {
        Approval approval = lockedCurrent(id);
        if (approval.status().closed()) {
            throw new ApprovalClosed(approval.status());
        }
        if (approval.requestedBy().userId().equals(caller.userId())) {
            throw new NotAllowed("A manager cannot decide their own request: another manager must");
        }
        Instant now = clock.instant();
        String why = Input.trimmedOrNull(reason);
        approvals.decide(id, status, person(caller), why, now);
        events.publishEvent(new ApprovalDecided(TenantContext.require(), id, approval.kind(), status,
                approval.requestedBy().userId(), caller.userId(), why, caller.deviceId(), now));
        return approvals.find(id).orElseThrow();
    }

    /** What came of spending an approval: the approval, spent, or why it was not, in words and as the refusal. */
    public record Spending(Approval approval, DomainException refusal, String why) {

        private static Spending refused(DomainException refusal, String why) {
            return new Spending(null, refusal, why);
        }

        private static Spending refused(DomainException refusal) {
            return refused(refusal, refusal.getMessage());
        }

        public boolean spent() {
            return refusal == null;
        }
    }

    /**
     * Spends an approval on the action it was asked for, in the caller's transaction: it must be of
     * {@code kind}, approved no longer ago than a request may wait ({@code olympus.approvals.ttl}), not
     * used, asked for by the caller, for {@code orderId} when it names an order, and, for a refund or a
     * discount, for no less than {@code amount}. Answers who approved it.
     *
     * @param usedFor what it was spent on, kept with it (the refund's id, the sale's)
     */
    @Transactional
    public Approval use(UUID id, ApprovalKind kind, UUID orderId, BigDecimal amount, String usedFor, Caller caller) {
        Spending spending = spend(id, kind, orderId, amount, usedFor, caller);
        if (!spending.spent()) {
            throw spending.refusal();
        }
        return spending.approval();
    }

    /**
     * As {@link #use}, but answers why it could not be spent instead of refusing, and leaves the caller's
     * transaction as it was: for an action that goes ahead anyway and records that it had no approval.
     */
    @Transactional
    public Spending spend(UUID id, ApprovalKind kind, UUID orderId, BigDecimal amount, String usedFor, Caller caller) {
        Approval approval = approvals.findForUpdate(id).orElse(null);
        if (approval == null) {
            return Spending.refused(new ApprovalNotFound(), "no such approval");
        }
        if (!approval.requestedBy().userId().equals(caller.userId())) {
            return Spending.refused(new ApprovalNotFound(), "the approval was asked for by someone else");
        }
        if (approval.kind() != kind) {
            return Spending.refused(new Conflict("The approval is for a " + approval.kind().wireName() + ", not a "
                    + kind.wireName()));
        }
        if (approval.orderId() != null && !Objects.equals(approval.orderId(), orderId)) {
            return Spending.refused(new Conflict("The approval is for another order"));
        }
        Instant now = clock.instant();
        if (approval.status() != ApprovalStatus.APPROVED) {
            if (approval.status() == ApprovalStatus.PENDING && now.isBefore(approval.expiresAt())) {
                return Spending.refused(new Conflict("The approval is still waiting for a manager"));
            }
            return Spending.refused(new ApprovalClosed(approval.status() == ApprovalStatus.PENDING ? ApprovalStatus.EXPIRED
                    : approval.status()));
        }
        if (approval.usedAt() != null) {
            return Spending.refused(new Conflict("The approval was already used"));
        }
        if (!now.isBefore(approval.decidedAt().plus(properties.ttl()))) {
            return Spending.refused(new Conflict("The approval lapsed: it was given at " + approval.decidedAt()
                    + " and is good for " + spoken(properties.ttl()) + "; the till must ask again"));
        }
        boolean limited = kind == ApprovalKind.REFUND || kind == ApprovalKind.DISCOUNT;
        if (limited && approval.amount() == null) {
            return Spending.refused(new Conflict("The approval names no amount, so it allows no " + kind.wireName()));
        }
        if (approval.amount() != null && (amount == null ? limited : amount.compareTo(approval.amount()) > 0)) {
            return Spending.refused(new Conflict("The approval covers " + approval.amount().toPlainString() + ", less than "
                    + (amount == null ? "an amount not said" : amount.toPlainString())));
        }
        approvals.markUsed(id, usedFor, now);
        return new Spending(approval, null, null);
    }

    /** Marks expired, and announces, the tenant's requests whose time is up; answers how many. */
    @Transactional
    public int expireDue() {
        UUID tenant = TenantContext.require();
        List<Approval> expired = approvals.expireDue(clock.instant());
        for (Approval approval : expired) {
            events.publishEvent(new ApprovalDecided(tenant, approval.id(), approval.kind(), ApprovalStatus.EXPIRED,
                    approval.requestedBy().userId(), null, null, null, approval.expiresAt()));
        }
        return expired.size();
    }

    private Approval current(UUID id) {
        expireDue();
        return approvals.find(id).orElseThrow(ApprovalNotFound::new);
    }

    private Approval lockedCurrent(UUID id) {
        expireDue();
        return approvals.findForUpdate(id).orElseThrow(ApprovalNotFound::new);
    }

    private static String spoken(java.time.Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " minutes" : seconds + " seconds";
    }

    private Approval.Person person(Caller caller) {
        String name = users.find(caller.userId()).map(Approvals::nameOf).orElse("");
        return new Approval.Person(caller.userId(), name);
    }

    private static String nameOf(User user) {
        return user.displayName() != null && !user.displayName().isBlank() ? user.displayName() : user.email();
    }
}
