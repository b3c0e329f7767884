package cloud.olympus.server.shared.database;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;

/**
 * Spring Data JDBC with every module's {@link StoreConverters}. Aggregates keep no tenant: each
 * tenant table's {@code tenant_id} defaults to the transaction's tenant, and row-level security
 * checks every row read or written, whichever way the statement was made.
 */
@Configuration(proxyBeanMethods = false)
class AggregateStoreConfiguration {

    /**
     * Nothing listens for Spring Data's own events about aggregates being converted and saved;
     * publishing them would cost every order the trip through the event multicaster and the event
     * publication registry.
     */
    @Bean
    static BeanPostProcessor quietAggregateTemplate() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof JdbcAggregateTemplate template) {
                    template.setEntityLifecycleEventsEnabled(false);
                }
                return bean;
            }
        };
    }

    @Bean
    JdbcCustomConversions jdbcCustomConversions(JdbcDialect dialect, ObjectProvider<StoreConverters> modules) {
        List<?> converters = modules.orderedStream().flatMap(m -> m.converters().stream()).toList();
        return JdbcCustomConversions.of(dialect, converters);
    }
}
