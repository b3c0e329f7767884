package cloud.olympus.server.approvals.web;

import cloud.olympus.model.approvals.ApprovalKind;
import cloud.olympus.model.approvals.ApprovalStatus;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.approvals.Approval;
import cloud.olympus.server.approvals.ApprovalView;
import cloud.olympus.server.approvals.Approvals;
import cloud.olympus.server.auth.AnyUser;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.Page;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.shared.web.QueryInstants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/approvals")
@Tag(name = "Approvals", description = "A till asks for a manager's approval; a manager decides from afar")
public class ApprovalController {

    private final Approvals approvals;

    ApprovalController(Approvals approvals) {
        this.approvals = approvals;
    }

    @Requires(Permission.ORDER_CREATE)
    @PostMapping
    @Operation(summary = "Ask a manager to approve something",
            description = "kind: refund (with order_id and amount), discount or other; summary says what, for the manager. "
                    + "Pending until someone with approval_decide decides it, or it expires (olympus.approvals.ttl, two "
                    + "minutes by default). Managers hear of it live (topic approvals), the till of the decision.")
    ResponseEntity<ApprovalView> request(@Valid @RequestBody ApprovalRequest body) {
        ApprovalKind kind = Input.choice(ApprovalKind.class, body.kind(), "kind");
        var approval = approvals.request(new Approvals.NewApproval(kind, body.summary(), body.amount(), body.orderId(),
                body.details(), body.terminalId()), CurrentCaller.get());
        return ResponseEntity.created(URI.create("/api/v1/approvals/" + approval.id())).body(ApprovalView.of(approval));
    }

    @Requires(Permission.APPROVAL_DECIDE)
    @GetMapping
    @Operation(summary = "Requests for approval, a page at a time",
            description = "status: pending (default; those that expire first first), approved, declined, expired, closed "
                    + "(approved, declined or expired) or all (newest first). from and to: business dates in the "
                    + "business's time zone (to included) or instants, bounding when a request was asked. limit: 1 to 200, "
                    + "200 by default; next_cursor asks for the next page as cursor, null on the last.")
    Page<ApprovalView> list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) String cursor, @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to) {
        Set<ApprovalStatus> wanted = status == null || status.equals("pending") ? Set.of(ApprovalStatus.PENDING)
                : status.equals("all") ? Set.of()
                : status.equals("closed") ? EnumSet.of(ApprovalStatus.APPROVED, ApprovalStatus.DECLINED, ApprovalStatus.EXPIRED)
                : Set.of(Input.choice(ApprovalStatus.class, status, "status"));
        int size = limit == null ? Page.MAX_LIMIT : Page.limit(limit);
        Page.After after = Page.after(cursor).orElse(null);
        Instant since = QueryInstants.instantOrDay(from, "from", approvals::startOf);
        Instant until = QueryInstants.instantOrDay(to, "to", approvals::startOf);
        if (since != null && until != null && !until.isAfter(since)) {
            throw ApiProblem.invalid("to must be after from").with("field", "to");
        }
        List<Approval> rows = approvals.page(wanted, since, until, after == null ? null : after.at(),
                after == null ? null : after.id(), size + 1);
        boolean pending = wanted.equals(Set.of(ApprovalStatus.PENDING));
        return Page.of(rows, size, a -> Page.timeAndId(pending ? a.expiresAt() : a.requestedAt(), a.id()), ApprovalView::of);
    }

    @AnyUser
    @GetMapping("/{id}")
    @Operation(summary = "One request for approval",
            description = "For whoever asked for it and whoever may decide it; for anyone else, 404.")
    ApprovalView get(@PathVariable UUID id) {
        return ApprovalView.of(approvals.get(id, CurrentCaller.get()));
    }

    @Requires(Permission.APPROVAL_DECIDE)
    @ProblemResponses({ProblemType.CONFLICT, ProblemType.FORBIDDEN})
    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a request",
            description = "409 when it was already decided or expired; 403 for one's own request.")
    ApprovalView approve(@PathVariable UUID id, @Valid @RequestBody(required = false) DecisionRequest body) {
        return ApprovalView.of(approvals.approve(id, body == null ? null : body.reason(), CurrentCaller.get()));
    }

    @Requires(Permission.APPROVAL_DECIDE)
    @ProblemResponses({ProblemType.CONFLICT, ProblemType.FORBIDDEN})
    @PostMapping("/{id}/decline")
    @Operation(summary = "Decline a request",
            description = "409 when it was already decided or expired; 403 for one's own request.")
    ApprovalView decline(@PathVariable UUID id, @Valid @RequestBody(required = false) DecisionRequest body) {
        return ApprovalView.of(approvals.decline(id, body == null ? null : body.reason(), CurrentCaller.get()));
    }

    public record ApprovalRequest(@NotBlank @Size(max = 30) String kind, @NotBlank @Size(max = 500) String summary,
                                  BigDecimal amount, UUID orderId, @Size(max = 50) Map<String, Object> details,
                                  UUID terminalId) {
    }

    public record DecisionRequest(@Size(max = 500) String reason) {
    }
}
