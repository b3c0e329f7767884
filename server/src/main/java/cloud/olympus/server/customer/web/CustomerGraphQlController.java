package cloud.olympus.server.customer.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.Page;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Customers over GraphQL, answered as {@link CustomerController} answers them. */
@Controller
class CustomerGraphQlController {

    private final CustomerEndpoints customers;

    CustomerGraphQlController(CustomerEndpoints customers) {
        this.customers = customers;
    }

    @Requires(Permission.CUSTOMER_VIEW)
    @QueryMapping
    Page<CustomerController.CustomerView> customers(@Argument String q, @Argument String tag, @Argument Integer limit,
                                                    @Argument String cursor) {
        return customers.list(q, tag, limit, cursor);
    }

    @Requires(Permission.CUSTOMER_VIEW)
    @QueryMapping
    CustomerController.CustomerView customer(@Argument UUID id) {
        return customers.get(id);
    }
}
