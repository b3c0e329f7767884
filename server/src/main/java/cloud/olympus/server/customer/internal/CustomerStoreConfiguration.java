package cloud.olympus.server.customer.internal;

import cloud.olympus.server.customer.Customer;
import cloud.olympus.server.shared.database.JsonColumns;
import cloud.olympus.server.shared.database.StoreConverters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** How a customer's values are stored: preferences as JSONB (tags are a text array of their own). */
@Configuration(proxyBeanMethods = false)
class CustomerStoreConfiguration {

    @Bean
    StoreConverters customerConverters(JsonMapper json) {
        return new StoreConverters(JsonColumns.of(json, Customer.Preferences.class));
    }
}
