package cloud.olympus.server.commerce.web;

import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.model.commerce.PaymentMethod;
import cloud.olympus.model.pricing.Discount;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.commerce.DiscardedSales;
import cloud.olympus.server.commerce.OrderView;
import cloud.olympus.server.commerce.TillSales;
import cloud.olympus.server.shared.idempotency.IdempotentRequests;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sales")
@Tag(name = "Sales", description = "Sales a till finished, recorded as they happened")
public class SaleController {

    private final TillSales sales;
    private final IdempotentRequests idempotent;
    private final DiscardedSales discarded;

    SaleController(TillSales sales, IdempotentRequests idempotent, DiscardedSales discarded) {
        this.sales = sales;
        this.idempotent = idempotent;
        this.discarded = discarded;
    }

    @Requires(Permission.SALE_RECORD)
    @ProblemResponses({ProblemType.SALE_NOT_RECORDABLE, ProblemType.CONFLICT})
    @PostMapping
    @Operation(summary = "Record a sale the till finished",
            description = "The whole sale in one request, as the till rang it: its own id (send it as Idempotency-Key too), "
                    + "terminal_id, cashier, rung_at, offline, the lines at the prices charged, discounts, customer_id, subtotal, "
                    + "tax, total and the tenders. Recorded with the till's amounts (completed, paid), stock taken as of rung_at "
                    + "(below zero if need be); differences from today's catalogue are kept in discrepancies and the order "
                    + "needs_review. Refused (422 sale-not-recordable, naming the field) only when it cannot be recorded "
                    + "truthfully. Sent again from the same terminal, by whoever is logged in, it answers the recorded sale.")
    ResponseEntity<OrderView> record(@RequestBody SaleRequest body,
                                     @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        Caller caller = CurrentCaller.get();
        TillSales.Sale sale = body.toSale();
        String idempotencyKey = key != null ? key : body.id() == null ? null : body.id().toString();
        UUID scope = body.terminalId() == null ? caller.userId() : body.terminalId();
        var outcome = idempotent.run(idempotencyKey, "POST /sales", scope, body, OrderView.class,
                () -> OrderView.of(sales.record(sale, caller)));
        return ResponseEntity.created(URI.create("/api/v1/orders/" + outcome.body().id()))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .body(outcome.body());
    }

    @Requires(Permission.SALE_RECORD)
    @PostMapping("/discarded")
    @Operation(summary = "Report a sale the till discarded",
            description = "A sale the till kept but the server refused, which a manager then decided not to send: its id "
                    + "(sale_id), terminal_id, rung_at, total, the reason, who decided (decided_by, as the till names them), "
                    + "decided_at and the refusal's problem type. Kept and written to the audit trail as sale.discarded. "
                    + "Reported again, it answers the first report (200) and changes nothing.")
    ResponseEntity<DiscardedSales.Discarded> discarded(@RequestBody DiscardedRequest body) {
        var outcome = discarded.report(new DiscardedSales.Report(body.saleId(), body.terminalId(), body.rungAt(), body.total(),
                body.reason(), body.decidedBy(), body.decidedAt(), body.problem()), CurrentCaller.get());
        return ResponseEntity.status(outcome.created() ? 201 : 200).body(outcome.sale());
    }

    public record DiscardedRequest(UUID saleId, UUID terminalId, Instant rungAt, BigDecimal total, String reason,
                                   String decidedBy, Instant decidedAt, String problem) {
    }

    public record SaleRequest(UUID id, UUID terminalId, UUID cashier, Instant rungAt, Boolean offline,
                              List<SaleLineRequest> lines, List<SaleDiscountRequest> discounts, UUID customerId,
                              BigDecimal subtotal, BigDecimal tax, BigDecimal total, List<TenderRequest> tenders, String notes,
                              UUID approvalId) {

        TillSales.Sale toSale() {
            List<TillSales.Line> saleLines = lines == null ? null : lines.stream().map(l -> l == null ? null
                    : new TillSales.Line(l.productId(), l.quantity(), l.unitPrice(), l.modifiers() == null ? null
                            : l.modifiers().stream().map(m -> m == null ? null
                                    : new TillSales.Modifier(m.group(), m.name(), m.priceDelta())).toList(), l.notes())).toList();
            List<Discount> saleDiscounts = new ArrayList<>();
            if (discounts != null) {
                for (int i = 0; i < discounts.size(); i++) {
                    saleDiscounts.add(discounts.get(i) == null ? null : discounts.get(i).toDiscount("discounts[" + i + "]"));
                }
            }
            List<TillSales.Tender> saleTenders = null;
            if (tenders != null) {
                saleTenders = new ArrayList<>();
                for (int i = 0; i < tenders.size(); i++) {
                    saleTenders.add(tenders.get(i) == null ? null : tenders.get(i).toTender("tenders[" + i + "]"));
                }
            }
            return new TillSales.Sale(id, terminalId, cashier, rungAt, Boolean.TRUE.equals(offline), saleLines, saleDiscounts,
                    customerId, subtotal, tax, total, saleTenders, notes, approvalId);
        }
    }

    public record SaleLineRequest(UUID productId, Integer quantity, BigDecimal unitPrice, List<SaleModifierRequest> modifiers,
                                  String notes) {
    }

    public record SaleModifierRequest(String group, String name, BigDecimal priceDelta) {
    }

    public record SaleDiscountRequest(String type, BigDecimal value, String reason) {
        Discount toDiscount(String field) {
            Discount.Kind kind = Input.choice(Discount.Kind.class, type, field + ".type", TillSales::refused);
            if (reason != null && reason.length() > 200) {
                throw TillSales.refused(field + ".reason", "is at most 200 characters");
            }
            try {
                return new Discount(kind, value, reason);
            } catch (IllegalArgumentException e) {
                throw TillSales.refused(field + ".value", e.getMessage());
            }
        }
    }

    public record TenderRequest(String method, BigDecimal amount, BigDecimal tip, String reference) {
        TillSales.Tender toTender(String field) {
            PaymentMethod parsed = Input.choice(PaymentMethod.class, method, field + ".method", TillSales::refused);
            return new TillSales.Tender(parsed, amount, tip, reference);
        }
    }
}
