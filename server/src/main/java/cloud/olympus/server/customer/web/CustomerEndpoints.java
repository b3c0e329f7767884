package cloud.olympus.server.customer.web;

import cloud.olympus.server.customer.Customer;
import cloud.olympus.server.customer.Customers;
import cloud.olympus.server.customer.internal.ProfileRepository;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.Page;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What the REST and GraphQL doors to customers do alike: a page of a search, read from its cursor; one customer. */
@Component
class CustomerEndpoints {

    private final Customers customers;

    CustomerEndpoints(Customers customers) {
        this.customers = customers;
    }

    Page<CustomerController.CustomerView> list(String q, String tag, Integer limit, String cursor) {
        int size = Page.limit(limit);
        String[] after = Page.decode(cursor).map(c -> c.split("\n", 2)).orElse(null);
        UUID afterId = null;
        if (after != null) {
            try {
                afterId = UUID.fromString(after[1]);
            } catch (RuntimeException e) {
                throw ApiProblem.invalid("cursor is not valid");
            }
        }
        List<Customer> rows = customers.page(q, tag, after == null ? null : after[0], afterId, size + 1);
        return Page.of(rows, size, c -> ProfileRepository.sortKey(c) + "\n" + c.id(), CustomerController.CustomerView::of);
    }

    CustomerController.CustomerView get(UUID id) {
        return customers.find(id).map(CustomerController.CustomerView::of).orElseThrow(() -> ApiProblem.notFound("Customer"));
    }
}
