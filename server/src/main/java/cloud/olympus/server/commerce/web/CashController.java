package cloud.olympus.server.commerce.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Devices;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.commerce.CashDrawer;
import cloud.olympus.server.commerce.CashDrawers;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.idempotency.IdempotentRequests;
import cloud.olympus.server.shared.web.Page;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cash/drawers")
@Tag(name = "Cash", description = "The tills' cash drawers: float, pay-ins and pay-outs, the blind count")
public class CashController {

    private static final int MAX_LIST = 100;

    private final CashDrawers drawers;
    private final IdempotentRequests idempotent;

    CashController(CashDrawers drawers, IdempotentRequests idempotent) {
        this.drawers = drawers;
        this.idempotent = idempotent;
    }

    @Requires(Permission.CASH_DRAWER)
    @ProblemResponses({ProblemType.CONFLICT, ProblemType.NOT_FOUND})
    @PostMapping
    @Operation(summary = "Open a till's cash drawer",
            description = "terminal_id (the registered till's device id, as its sales name it) and the float: opening_float, or "
                    + "float_count (pieces per denomination, {\"20\": 2, \"0.50\": 10}), or both when they agree. Only from that "
                    + "till: its X-Device-Token, or a session opened on it with a PIN (403 otherwise; a till this business did "
                    + "not register: 404). A terminal has one open drawer at a time: a second is refused (409 conflict). Send "
                    + "an Idempotency-Key.")
    ResponseEntity<CashDrawer> open(@RequestBody OpenRequest body,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
                                    @RequestHeader(name = Devices.TOKEN_HEADER, required = false) String deviceToken) {
        Caller caller = CurrentCaller.get();
        var outcome = idempotent.run(key, "POST /cash/drawers", caller.userId(), body, CashDrawer.class,
                () -> drawers.open(new CashDrawers.Opening(body.terminalId(), body.openingFloat(), body.floatCount()), caller,
                        deviceToken));
        return ResponseEntity.created(URI.create("/api/v1/cash/drawers/" + outcome.body().id()))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .body(shown(outcome.body(), caller));
    }

    @Requires(Permission.CASH_DRAWER)
    @GetMapping
    @Operation(summary = "Cash drawers, newest first",
            description = "terminal_id narrows to one till; open=true to the open drawer(s); limit up to 100. What a drawer should "
                    + "hold (reckoning: float, cash sales, cash tips, cash refunds, pay-ins, pay-outs, expected, counted, "
                    + "variance) is shown only to those with cash_reconcile.")
    Page<CashDrawer> list(@RequestParam(name = "terminal_id", required = false) String terminalId,
                          @RequestParam(required = false) Boolean open, @RequestParam(required = false) Integer limit) {
        Caller caller = CurrentCaller.get();
        int rows = Input.whole(limit == null ? 20 : limit, 1, MAX_LIST, "limit");
        return new Page<>(drawers.list(Input.optionalId(terminalId, "terminal_id"), Boolean.TRUE.equals(open), rows).stream()
                .map(d -> shown(d, caller)).toList(), null);
    }

    @Requires(Permission.CASH_DRAWER)
    @GetMapping("/{id}")
    @Operation(summary = "One cash drawer, with its pay-ins and pay-outs")
    CashDrawer get(@PathVariable UUID id) {
        return shown(drawers.find(id).orElseThrow(() -> new NotFound("Cash drawer")), CurrentCaller.get());
    }

    @Requires(Permission.CASH_DRAWER)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping("/{id}/movements")
    @Operation(summary = "Pay cash into or out of an open drawer",
            description = "kind pay_in or pay_out, amount (more than zero) and reason (1 to 200 characters). Refused on a closed "
                    + "drawer (409). Only from the drawer's till, as for opening (403). Send an Idempotency-Key.")
    ResponseEntity<CashDrawer> move(@PathVariable UUID id, @RequestBody MoveRequest body,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
                                    @RequestHeader(name = Devices.TOKEN_HEADER, required = false) String deviceToken) {
        Caller caller = CurrentCaller.get();
        CashDrawer.Kind kind = body.kind() == null ? null : Input.choice(CashDrawer.Kind.class, body.kind(), "kind");
        return changed(key, "POST /cash/drawers/" + id + "/movements", caller, body,
                () -> drawers.move(id, new CashDrawers.Move(kind, body.amount(), body.reason()), caller, deviceToken));
    }

    @Requires(Permission.CASH_DRAWER)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping("/{id}/close")
    @Operation(summary = "Count and close a drawer",
            description = "The blind count: counted, or count_detail (pieces per denomination), or both when they agree, and an "
                    + "optional note. The cashier is not told what was expected; those with cash_reconcile see it with the "
                    + "variance. Refused on a closed drawer (409). Only from the drawer's till, as for opening (403). Send an "
                    + "Idempotency-Key.")
    ResponseEntity<CashDrawer> close(@PathVariable UUID id, @RequestBody CloseRequest body,
                                     @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
                                     @RequestHeader(name = Devices.TOKEN_HEADER, required = false) String deviceToken) {
        Caller caller = CurrentCaller.get();
        return changed(key, "POST /cash/drawers/" + id + "/close", caller, body,
                () -> drawers.close(id, new CashDrawers.Count(body.counted(), body.countDetail(), body.note()), caller,
                        deviceToken));
    }

    @Requires(Permission.CASH_RECONCILE)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping("/{id}/manager-close")
    @Operation(summary = "Close another till's drawer, as a manager",
            description = "For a drawer whose till is gone (its registration revoked, or opened under an id no till has): "
                    + "counted (or count_detail, or both when they agree), or not_counted true when the cash was not "
                    + "counted, and the reason (1 to 200 characters). Needs no till. Refused on a closed drawer (409). "
                    + "Send an Idempotency-Key.")
    ResponseEntity<CashDrawer> closeAsManager(@PathVariable UUID id, @RequestBody ManagerCloseRequest body,
                                              @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        Caller caller = CurrentCaller.get();
        return changed(key, "POST /cash/drawers/" + id + "/manager-close", caller, body,
                () -> drawers.closeAsManager(id, new CashDrawers.ManagerCount(body.counted(), body.countDetail(),
                        Boolean.TRUE.equals(body.notCounted()), body.reason()), caller));
    }

    private ResponseEntity<CashDrawer> changed(String key, String scope, Caller caller, Object body, Supplier<CashDrawer> work) {
        var outcome = idempotent.run(key, scope, caller.userId(), body, CashDrawer.class, work);
        return ResponseEntity.ok().header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .body(shown(outcome.body(), caller));
    }

    private static CashDrawer shown(CashDrawer drawer, Caller caller) {
        return caller.may(Permission.CASH_RECONCILE) ? drawer : drawer.blind();
    }

    public record OpenRequest(UUID terminalId, BigDecimal openingFloat, Map<String, Integer> floatCount) {
    }

    public record MoveRequest(String kind, BigDecimal amount, String reason) {
    }

    public record CloseRequest(BigDecimal counted, Map<String, Integer> countDetail, String note) {
    }

    public record ManagerCloseRequest(BigDecimal counted, Map<String, Integer> countDetail, Boolean notCounted, String reason) {
    }
}
