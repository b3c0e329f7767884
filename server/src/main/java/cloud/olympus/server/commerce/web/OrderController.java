package cloud.olympus.server.commerce.web;

import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.pricing.Discount;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.commerce.OrderView;
import cloud.olympus.server.commerce.OrderManagement;
import cloud.olympus.server.commerce.Payments;
import cloud.olympus.server.commerce.PlaceOrder;
import cloud.olympus.server.shared.idempotency.IdempotentRequests;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.Page;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.shared.web.QueryIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders", description = "Orders, their status, payments and refunds")
public class OrderController {

    private final OrderEndpoints orders;
    private final OrderManagement management;
    private final Payments payments;
    private final IdempotentRequests idempotent;

    OrderController(OrderEndpoints orders, OrderManagement management, Payments payments, IdempotentRequests idempotent) {
        this.orders = orders;
        this.management = management;
        this.payments = payments;
        this.idempotent = idempotent;
    }

    @Requires(Permission.ORDER_CREATE)
    @ProblemResponses({ProblemType.OUT_OF_STOCK, ProblemType.CONFLICT})
    @PostMapping
    @Operation(summary = "Place an order",
            description = "Priced by the server from the catalogue; stock is reserved in the same transaction (409 out-of-stock "
                    + "names the item). Send an Idempotency-Key: a replay answers the first order. An optional id lets a till "
                    + "name the order itself.")
    ResponseEntity<OrderView> place(@Valid @RequestBody OrderRequest body,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        var outcome = orders.place(body, key);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + outcome.body().id()))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .body(outcome.body());
    }

    @Requires(Permission.ORDER_VIEW)
    @GetMapping("/{id}")
    @Operation(summary = "One order, with its payments and refunds",
            description = "location_id: the business itself (default) or one of its locations, whose order it is.")
    OrderView get(@PathVariable UUID id, @RequestParam(name = "location_id", required = false) String locationId) {
        return orders.get(id, QueryIds.optional(locationId, "location_id"));
    }

    @Requires(Permission.ORDER_VIEW)
    @GetMapping
    @Operation(summary = "Orders, newest first",
            description = "Filters: status (one or several, comma separated: pending,confirmed), source, customer_id, "
                    + "number (an order number, or the eight-character reference printed on a receipt), needs_review (sales whose amounts differ from the catalogue "
                    + "and wait for a manager), and from/to as instants (2026-11-25T08:00:00Z) or business dates (2026-11-25, "
                    + "in the tenant's time zone), which select by when the sale happened: a till sale by when it was rung. "
                    + "location_id: the business itself (default) or one of its locations, whose orders are listed; another "
                    + "business's location is not found.")
    Page<OrderView> list(@RequestParam(required = false) String status, @RequestParam(required = false) String source,
                         @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                         @RequestParam(name = "customer_id", required = false) UUID customerId,
                         @RequestParam(name = "needs_review", required = false) Boolean needsReview,
                         @RequestParam(required = false) String number,
                         @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
                         @RequestParam(name = "location_id", required = false) String locationId) {
        List<String> statuses = status == null || status.isBlank() ? List.of() : List.of(status.split(","));
        return orders.list(new OrderEndpoints.ListQuery(statuses, source, from, to, customerId, needsReview, number, limit, cursor,
                QueryIds.optional(locationId, "location_id")));
    }

    @Requires(Permission.ORDER_REVIEW)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping("/{id}/review")
    @Operation(summary = "Clear a recorded sale's review",
            description = "Managers. The sale's differences from the catalogue stay on the order; the flag clears, with who "
                    + "reviewed it, when, and the note. location_id: the business itself (default) or one of its locations, "
                    + "whose sale it is.")
    OrderView review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest body,
                     @RequestParam(name = "location_id", required = false) String locationId) {
        return orders.review(id, body.note(), QueryIds.optional(locationId, "location_id"));
    }

    public record ReviewRequest(@NotBlank @Size(max = 1000) String note) {
    }

    @Requires(Permission.ORDER_PREPARE)
    @ProblemResponses({ProblemType.INVALID_STATUS_CHANGE, ProblemType.CONFLICT})
    @PutMapping("/{id}/status")
    @Operation(summary = "Move an order along its life",
            description = "pending → confirmed → preparing → ready → completed, or cancelled from the first three; any other "
                    + "move is a 409. Completing needs the order paid; cancelling releases its stock.")
    OrderView changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusRequest body) {
        return orders.changeStatus(id, body.status());
    }

    @Requires(Permission.PAYMENT_TAKE)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping("/{id}/payments")
    @Operation(summary = "Record a payment",
            description = "Several payments may split the bill. Cash may exceed what is due (change_due says what to give "
                    + "back); other methods may not. A payment that settles the order completes it when it is ready, or at once "
                    + "for businesses without a kitchen display. A till sends its terminal_id: cash goes into that terminal's "
                    + "cash drawer; it must be a till registered with this business (400 naming terminal_id otherwise), and a payment "
                    + "away from a till leaves it out. Send an Idempotency-Key.")
    ResponseEntity<PaymentResult> pay(@PathVariable UUID id, @Valid @RequestBody PaymentRequest body,
                                      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        PaymentMethod method = Input.choice(PaymentMethod.class, body.method(), "method");
        Caller caller = CurrentCaller.get();
        var outcome = idempotent.run(key, "POST /orders/" + id + "/payments", caller.userId(), body, PaymentResult.class, () -> {
            Payments.Paid paid = payments.pay(id, new Payments.Tender(method, body.amount(), body.tip(), body.reference(),
                    body.terminalId()), caller);
            return new PaymentResult(OrderView.PaymentView.of(paid.payment()), OrderView.of(paid.order()));
        });
        return ResponseEntity.status(201).header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(outcome.body());
    }

    @Requires(value = Permission.ORDER_REFUND, orApproval = true)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping("/{id}/refunds")
    @Operation(summary = "Refund some lines or an amount",
            description = "Managers only. The money goes back to one payment of the order: payment_id, or the latest payment "
                    + "with enough left; never more than is left of it. It goes back in that payment's method, unless "
                    + "method is cash, with method_reason saying why (a card refunded over the counter). Send an Idempotency-Key. "
                    + "Without order_refund: approval_id, a manager's approval of this refund (POST /approvals, kind refund, "
                    + "this order, at least this amount), spent by it. A till sends its terminal_id: a cash refund comes out of that "
                    + "terminal's cash drawer. location_id: the business itself (default) or one of its locations, whose "
                    + "order it is; the refund is then the location's.")
    ResponseEntity<OrderView> refund(@PathVariable UUID id, @Valid @RequestBody RefundRequest body,
                                     @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
                                     @RequestParam(name = "location_id", required = false) String locationId) {
        PaymentMethod method = body.method() == null ? null : Input.choice(PaymentMethod.class, body.method(), "method");
        Map<UUID, Payments.LineRefund> lines = null;
        if (body.lines() != null) {
            lines = new LinkedHashMap<>();
            for (RefundLineRequest line : body.lines()) {
                lines.merge(line.lineId(), new Payments.LineRefund(line.quantity(), line.restock()),
                        (a, b) -> new Payments.LineRefund(a.quantity() + b.quantity(), b.restock() != null ? b.restock() : a.restock()));
            }
        }
        Map<UUID, Payments.LineRefund> refundLines = lines;
        Caller caller = CurrentCaller.get();
        var outcome = orders.at(QueryIds.optional(locationId, "location_id"), () -> idempotent.run(key,
                "POST /orders/" + id + "/refunds", caller.userId(), body, OrderView.class, () -> OrderView.of(
                payments.refund(id, new Payments.RefundRequest(body.amount(), refundLines, body.reason(), body.paymentId(), method,
                        body.methodReason(), body.approvalId(), body.terminalId()), caller))));
        return ResponseEntity.status(201).header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(outcome.body());
    }

    public record OrderRequest(UUID id, @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull ItemRequest> items, String source,
                               UUID customerId, @Size(max = 5) List<@Valid @NotNull DiscountRequest> discounts,
                               @Size(max = 1000) String notes) {

        PlaceOrder toCommand() {
            OrderSource orderSource = source == null ? OrderSource.POS : Input.choice(OrderSource.class, source, "source");
            List<Discount> wanted = discounts == null ? List.of() : discounts.stream().map(DiscountRequest::toDiscount).toList();
            return new PlaceOrder(items.stream().map(i -> new PlaceOrder.Line(i.productId(), i.quantity(),
                    i.modifiers() == null ? List.of() : i.modifiers().stream()
                            .map(m -> new PlaceOrder.Choice(m.group(), m.name())).toList(),
                    i.notes(), i.unitPrice())).toList(), orderSource, customerId, wanted, notes);
        }
    }

    public record ItemRequest(@NotNull UUID productId, @NotNull Integer quantity,
                              @Size(max = 20) List<@Valid @NotNull ModifierRequest> modifiers, @Size(max = 500) String notes,
                              BigDecimal unitPrice) {
    }

    /** A chosen modifier; price_delta is accepted for display but the catalogue's price applies. */
    public record ModifierRequest(@Size(max = 100) String group, @NotBlank @Size(max = 100) String name, BigDecimal priceDelta) {
    }

    public record DiscountRequest(@NotBlank String type, @NotNull BigDecimal value, @Size(max = 200) String reason) {
        Discount toDiscount() {
            Discount.Kind kind = Input.choice(Discount.Kind.class, type, "discounts");
            try {
                return new Discount(kind, value, reason);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid(e.getMessage()).with("field", "discounts");
            }
        }
    }

    public record StatusRequest(@NotBlank String status) {
    }

    public record PaymentRequest(@NotBlank String method, @NotNull BigDecimal amount, BigDecimal tip,
                                 @Size(max = 255) String reference, UUID terminalId) {

        public PaymentRequest(String method, BigDecimal amount, BigDecimal tip, String reference) {
            this(method, amount, tip, reference, null);
        }
    }

    record PaymentResult(OrderView.PaymentView payment, OrderView order) {
    }

    public record RefundRequest(BigDecimal amount, @Size(max = 500) List<@Valid @NotNull RefundLineRequest> lines,
                                @NotBlank @Size(max = 500) String reason, UUID paymentId, String method,
                                @Size(max = 500) String methodReason, UUID approvalId, UUID terminalId) {

        public RefundRequest(BigDecimal amount, List<RefundLineRequest> lines, String reason, UUID paymentId, String method,
                             String methodReason, UUID approvalId) {
            this(amount, lines, reason, paymentId, method, methodReason, approvalId, null);
        }
    }

    public record RefundLineRequest(@NotNull UUID lineId, @NotNull @jakarta.validation.constraints.Min(1)
            @jakarta.validation.constraints.Max(cloud.olympus.model.pricing.Amounts.MAX_QUANTITY) Integer quantity, Boolean restock) {
    }
}
