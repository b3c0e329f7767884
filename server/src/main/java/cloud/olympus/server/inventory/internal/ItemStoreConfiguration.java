package cloud.olympus.server.inventory.internal;

import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.shared.database.JsonColumns;
import cloud.olympus.server.shared.database.StoreConverters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** How an item's values are stored: its modifier groups and location data as JSONB. */
@Configuration(proxyBeanMethods = false)
class ItemStoreConfiguration {

    @Bean
    StoreConverters itemConverters(JsonMapper json) {
        return new StoreConverters(JsonColumns.of(json, Item.ModifierGroups.class, Item.LocationData.class));
    }
}
