package cloud.olympus.server.shared.database;

import cloud.olympus.server.shared.tenancy.TenantAwareTransactionManager;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * PostgreSQL in two logins. The owner login (the embedded superuser, or the external one given
 * by {@code spring.datasource.*}) creates the application role and runs the migrations. Every
 * request then runs through the application role, which row-level security holds to one tenant.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
    EmbeddedPostgres embeddedPostgres(@Value("${olympus.data-dir}") Path dataDir, DatabaseProperties properties)
            throws IOException {
        Path pgData = dataDir.resolve("pgdata");
        Files.createDirectories(pgData);
        long started = System.nanoTime();
        // Spring stops PostgreSQL after the pools have closed; zonky's own shutdown hook would race them.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false);
        if (properties.embeddedPort() > 0) {
            builder.setPort(properties.embeddedPort());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {} ({} ms)",
                postgres.getPort(), pgData, (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    @Bean
    OwnerLogin ownerLogin(Environment env, ObjectProvider<EmbeddedPostgres> embedded) {
        String url = env.getProperty("spring.datasource.url", "");
        if (url.isBlank()) {
            EmbeddedPostgres postgres = embedded.getObject();
            return new OwnerLogin("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
        }
        return new OwnerLogin(url, env.getProperty("spring.datasource.username", ""),
                env.getProperty("spring.datasource.password", ""));
    }

    @Bean(destroyMethod = "close")
    @Qualifier("owner")
    HikariDataSource ownerDataSource(OwnerLogin owner) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("olympus-owner");
        config.setJdbcUrl(owner.url());
        config.setUsername(owner.username());
        config.setPassword(owner.password());
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setIdleTimeout(30_000);
        return new HikariDataSource(config);
    }

    @Bean
    AppRolePassword appRolePassword(@Qualifier("owner") DataSource ownerDataSource, OwnerLogin owner,
                                    DatabaseProperties properties) {
        String password = AppRole.password(properties, owner);
        AppRole.ensure(ownerDataSource, password);
        return new AppRolePassword(password);
    }

    @Bean
    SpringLiquibase liquibase(@Qualifier("owner") DataSource ownerDataSource, AppRolePassword ignored) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(ownerDataSource);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setShouldRun(true);
        return liquibase;
    }

    @Bean(destroyMethod = "close")
    @Primary
    @DependsOn("liquibase")
    HikariDataSource dataSource(OwnerLogin owner, AppRolePassword password, DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("olympus-app");
        config.setJdbcUrl(AppRole.withoutCredentials(owner.url()));
        config.setUsername(AppRole.NAME);
        config.setPassword(password.value());
        config.setMaximumPoolSize(properties.poolSize());
        config.setMinimumIdle(Math.min(2, properties.poolSize()));
        config.setAutoCommit(true);
        // Batches of inserts (order lines, imports) travel as one multi-row statement.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource dataSource = new HikariDataSource(config);
        AppRole.verifyConnectsAsAppRole(dataSource);
        return dataSource;
    }

    @Bean
    @Primary
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new TenantAwareTransactionManager(dataSource);
    }

    /** The application login's password, kept out of {@code toString}. */
    record AppRolePassword(String value) {
        @Override
        public String toString() {
            return "AppRolePassword[***]";
        }
    }
}
