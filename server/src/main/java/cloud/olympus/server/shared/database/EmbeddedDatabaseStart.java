package cloud.olympus.server.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL (when no {@code spring.datasource.url} is set) as soon as the
 * server knows its beans and before it makes any: PostgreSQL starts on a thread of its own while the
 * context is built, and the first bean that needs the database waits for it. The data folder is taken
 * at once, so a folder in use still stops the start with its own message. Registered first, the
 * database is stopped last, after the pools.
 */
class EmbeddedDatabaseStart implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String BEAN_NAME = "embeddedDatabase";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!environment.getProperty("spring.datasource.url", "").isBlank() || beanFactory.containsBean(BEAN_NAME)) {
            return;
        }
        Path dataDir = Path.of(environment.getRequiredProperty("olympus.data-dir"));
        DatabaseProperties properties = Binder.get(environment).bindOrCreate("olympus.database", DatabaseProperties.class);
        EmbeddedDatabase database;
        try {
            database = EmbeddedDatabase.begin(dataDir, properties.durable(), properties.embeddedPort(),
                    properties.binariesDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the data folder " + dataDir, e);
        }
        beanFactory.registerSingleton(BEAN_NAME, database);
        if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(BEAN_NAME, database::close);
        }
    }
}
