package cloud.olympus.server.shared.database;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postgresql.util.PGobject;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values an aggregate keeps in JSONB columns, for Spring Data JDBC: written as their JSON, read back
 * into their own type. Each type reads and writes itself with Jackson (a record of one list is
 * written as the list with {@code @JsonValue}, read back with a delegating {@code @JsonCreator}).
 */
public final class JsonColumns {

    private JsonColumns() {
    }

    /** A reading and a writing converter for each type. */
    public static List<GenericConverter> of(JsonMapper json, Class<?>... types) {
        List<GenericConverter> converters = new ArrayList<>();
        for (Class<?> type : types) {
            converters.add(new Writing(json, type));
            converters.add(new Reading(json, type));
        }
        return converters;
    }

    @WritingConverter
    private record Writing(JsonMapper json, Class<?> type) implements GenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(type, PGobject.class));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            PGobject value = new PGobject();
            value.setType("jsonb");
            try {
                value.setValue(json.writeValueAsString(source));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return value;
        }
    }

    @ReadingConverter
    private record Reading(JsonMapper json, Class<?> type) implements GenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(PGobject.class, type));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return source == null ? null : json.readValue(((PGobject) source).getValue(), type);
        }
    }
}
