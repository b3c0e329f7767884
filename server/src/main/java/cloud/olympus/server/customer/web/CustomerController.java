package cloud.olympus.server.customer.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.customer.Customer;
import cloud.olympus.server.customer.CustomerDetails;
import cloud.olympus.server.customer.CustomerPrivacy;
import cloud.olympus.server.customer.Customers;
import cloud.olympus.server.shared.web.Page;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Customer profiles and loyalty")
public class CustomerController {

    private final Customers customers;
    private final CustomerEndpoints endpoints;
    private final CustomerPrivacy privacy;

    CustomerController(Customers customers, CustomerEndpoints endpoints, CustomerPrivacy privacy) {
        this.customers = customers;
        this.endpoints = endpoints;
        this.privacy = privacy;
    }

    @Requires(Permission.CUSTOMER_VIEW)
    @GetMapping
    @Operation(summary = "Find customers", description = "q matches part of the name, the start of the email or part of the "
            + "phone number; tag one of the tags. Sorted by last name.")
    Page<CustomerView> list(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
                            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return endpoints.list(q, tag, limit, cursor);
    }

    @Requires(Permission.CUSTOMER_EDIT)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping
    @Operation(summary = "Add a customer", description = "Needs a name, an email or a phone number; emails are unique.")
    ResponseEntity<CustomerView> create(@Valid @RequestBody CustomerRequest body) {
        Customer customer = customers.create(body.details());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.id())).body(CustomerView.of(customer));
    }

    @Requires(Permission.CUSTOMER_VIEW)
    @GetMapping("/{id}")
    @Operation(summary = "One customer")
    CustomerView get(@PathVariable UUID id) {
        return endpoints.get(id);
    }

    @Requires(Permission.CUSTOMER_EDIT)
    @ProblemResponses(ProblemType.CONFLICT)
    @PatchMapping("/{id}")
    @Operation(summary = "Change a customer's details", description = "Points, tier and lifetime value follow orders only.")
    CustomerView update(@PathVariable UUID id, @Valid @RequestBody CustomerRequest body) {
        return CustomerView.of(customers.update(id, body.details()));
    }

    @Requires(Permission.CUSTOMER_VIEW)
    @GetMapping("/{id}/loyalty")
    @Operation(summary = "A customer's points history, newest first",
            description = "An array of entries. limit: 1 to 200, 200 by default; before: an entry's id, for the entries older "
                    + "than it (the next page: the last entry's id of the page before); 400 when it is no entry of theirs.")
    List<LoyaltyEntryView> loyalty(@PathVariable UUID id, @RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) UUID before) {
        return customers.loyaltyHistory(id, before, limit == null ? Page.MAX_LIMIT : Page.limit(limit)).stream()
                .map(LoyaltyEntryView::of).toList();
    }

    @Requires(Permission.CUSTOMER_PRIVACY)
    @GetMapping("/{id}/export")
    @Operation(summary = "Everything held about a customer, to hand to them",
            description = "Their profile with tags and preferences, their whole loyalty ledger and a summary of every order "
                    + "naming them. Audited (who and when, nothing of the person).")
    ResponseEntity<ExportView> export(@PathVariable UUID id) {
        CustomerPrivacy.CustomerData data = privacy.export(id, cloud.olympus.server.auth.CurrentCaller.get().userId());
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"customer-" + id + ".json\"")
                .body(new ExportView(CustomerView.of(data.profile()), data.erasedAt(),
                        data.loyaltyLedger().stream().map(LoyaltyEntryView::of).toList(),
                        data.orders().stream().map(o -> new OrderSummaryView(o.id(), o.orderNumber(), o.status(), o.paymentStatus(),
                                o.total(), o.refundedTotal(), o.currency(), o.createdAt())).toList(), data.exportedAt()));
    }

    @Requires(Permission.CUSTOMER_PRIVACY)
    @PostMapping("/{id}/erase")
    @Operation(summary = "Erase a customer's personal data at their request",
            description = "Names, email, phone, their id elsewhere, preferences and tags are removed; the points balance is "
                    + "cleared with an erasure entry in the ledger; the orders stay with their totals but no longer name the "
                    + "customer; the sales rollups forget the days they bought. Erasing again changes nothing (erased_now "
                    + "false). Audited (who and when, nothing of the person).")
    ErasureView erase(@PathVariable UUID id) {
        CustomerPrivacy.Erasure erasure = privacy.erase(id, cloud.olympus.server.auth.CurrentCaller.get().userId());
        return new ErasureView(erasure.customerId(), erasure.erasedNow(), erasure.erasedAt(), erasure.ordersUnlinked(),
                erasure.pointsCleared());
    }

    record ExportView(CustomerView customer, Instant erasedAt, List<LoyaltyEntryView> loyaltyLedger,
                      List<OrderSummaryView> orders, Instant exportedAt) {
    }

    record OrderSummaryView(UUID id, String orderNumber, String status, String paymentStatus, BigDecimal total,
                            BigDecimal refundedTotal, String currency, Instant createdAt) {
    }

    record ErasureView(UUID customerId, boolean erasedNow, Instant erasedAt, int ordersUnlinked, long pointsCleared) {
    }

    public record CustomerRequest(@Size(max = 255) String externalId, @Size(max = 100) String firstName,
                                  @Size(max = 100) String lastName, @Size(max = 255) String email, @Size(max = 50) String phone,
                                  Map<String, Object> preferences, @Size(max = 50) List<@Size(max = 50) String> tags) {
        CustomerDetails details() {
            return new CustomerDetails(Optional.ofNullable(externalId), Optional.ofNullable(firstName),
                    Optional.ofNullable(lastName), Optional.ofNullable(email), Optional.ofNullable(phone),
                    Optional.ofNullable(preferences), Optional.ofNullable(tags));
        }
    }

    record CustomerView(UUID id, String externalId, String firstName, String lastName, String email, String phone,
                        String loyaltyTier, long loyaltyPoints, BigDecimal lifetimeValue, Map<String, Object> preferences,
                        List<String> tags, Instant createdAt, Instant updatedAt) {
        static CustomerView of(Customer c) {
            return new CustomerView(c.id(), c.externalId(), c.firstName(), c.lastName(), c.email(), c.phone(), c.loyaltyTier(),
                    c.loyaltyPoints(), c.lifetimeValue(), c.preferences(), c.tags(),
                    c.createdAt(), c.updatedAt());
        }
    }

    record LoyaltyEntryView(UUID id, String kind, UUID sourceId, long points, BigDecimal amount, Instant createdAt) {
        static LoyaltyEntryView of(cloud.olympus.server.customer.internal.ProfileRepository.LedgerEntry e) {
            return new LoyaltyEntryView(e.id(), e.kind(), e.sourceId(), e.points(), e.amount(), e.createdAt());
        }
    }
}
