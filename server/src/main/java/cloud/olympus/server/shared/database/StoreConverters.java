package cloud.olympus.server.shared.database;

import java.util.List;

/**
 * The converters a module needs to store its aggregates with Spring Data JDBC (JSONB values, enums by
 * their wire names). Each module declares one as a bean; all of them are registered together.
 */
public record StoreConverters(List<?> converters) {

    public StoreConverters {
        converters = List.copyOf(converters);
    }
}
