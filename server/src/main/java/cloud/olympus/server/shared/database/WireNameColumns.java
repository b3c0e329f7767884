package cloud.olympus.server.shared.database;

import cloud.olympus.model.WireNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

/** Enums an aggregate keeps in text columns by their wire names ({@code partially_paid}), for Spring Data JDBC. */
public final class WireNameColumns {

    private WireNameColumns() {
    }

    /** A reading and a writing converter for each enum. */
    @SafeVarargs
    public static List<GenericConverter> of(Class<? extends Enum<?>>... types) {
        List<GenericConverter> converters = new ArrayList<>();
        for (Class<? extends Enum<?>> type : types) {
            converters.add(new Writing(type));
            converters.add(new Reading(type));
        }
        return converters;
    }

    @WritingConverter
    private record Writing(Class<?> type) implements GenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(type, String.class));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return source == null ? null : WireNames.of((Enum<?>) source);
        }
    }

    @ReadingConverter
    private record Reading(Class<?> type) implements GenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(String.class, type));
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            java.util.Optional<?> value = WireNames.parse((Class) type, (String) source);
            if (value.isEmpty()) {
                throw new IllegalStateException("'" + source + "' is no " + type.getSimpleName());
            }
            return value.get();
        }
    }
}
