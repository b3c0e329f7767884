package cloud.olympus.server.commerce.internal;

import cloud.olympus.model.commerce.OrderSource;
import cloud.olympus.model.commerce.OrderStatus;
import cloud.olympus.model.commerce.PaymentStatus;
import cloud.olympus.server.commerce.Order;
import cloud.olympus.server.commerce.OrderLine;
import cloud.olympus.server.commerce.Refund;
import cloud.olympus.server.shared.database.JsonColumns;
import cloud.olympus.server.shared.database.StoreConverters;
import cloud.olympus.server.shared.database.WireNameColumns;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** How an order's values are stored: its JSONB columns, and its statuses and source by their wire names. */
@Configuration(proxyBeanMethods = false)
class OrderStoreConfiguration {

    @Bean
    StoreConverters orderConverters(JsonMapper json) {
        List<Object> converters = new ArrayList<>(JsonColumns.of(json, Order.Discounts.class, Order.Discrepancies.class,
                OrderLine.Modifiers.class, Refund.RefundedLines.class));
        converters.addAll(WireNameColumns.of(OrderStatus.class, OrderSource.class, PaymentStatus.class));
        return new StoreConverters(converters);
    }
}
