package cloud.olympus.server.support;

import cloud.olympus.server.customer.web.CustomerController.CustomerRequest;
import java.util.List;
import java.util.Map;

/**
 * A customer for the customers API's request record, a field at a time: what a test does not name
 * stays null, which the API reads as not given (nothing stored for a new customer, no change for an
 * existing one).
 */
public final class CustomerBuilder {

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private Map<String, Object> preferences;
    private List<String> tags;

    private CustomerBuilder() {
    }

    public static CustomerBuilder customer() {
        return new CustomerBuilder();
    }

    /** A customer known by first name only. */
    public static CustomerRequest named(String firstName) {
        return customer().firstName(firstName).request();
    }

    public CustomerBuilder firstName(String firstName) {
        this.firstName = firstName;
        return this;
    }

    public CustomerBuilder lastName(String lastName) {
        this.lastName = lastName;
        return this;
    }

    public CustomerBuilder email(String email) {
        this.email = email;
        return this;
    }

    public CustomerBuilder phone(String phone) {
        this.phone = phone;
        return this;
    }

    public CustomerBuilder preferences(Map<String, Object> preferences) {
        this.preferences = preferences;
        return this;
    }

    public CustomerBuilder tags(String... tags) {
        this.tags = List.of(tags);
        return this;
    }

    public CustomerRequest request() {
        return new CustomerRequest(null, firstName, lastName, email, phone, preferences, tags);
    }
}
