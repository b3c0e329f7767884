package cloud.olympus.server.shared.database;

import cloud.olympus.server.shared.tenancy.TenantAwareTransactionManager;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
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

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
    EmbeddedDatabase embeddedDatabase(@Value("${olympus.data-dir}") Path dataDir, DatabaseProperties properties)
            throws IOException {
        return EmbeddedDatabase.start(dataDir, properties.durable(), properties.embeddedPort());
    }

    @Bean
    OwnerLogin ownerLogin(Environment env, ObjectProvider<EmbeddedDatabase> embedded) {
        String url = env.getProperty("spring.datasource.url", "");
        if (url.isBlank()) {
            return embedded.getObject().ownerLogin();
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
        AppRole.ensure(ownerDataSource, password, properties);
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
        config.setConnectionTimeout(properties.connectionTimeout().toMillis());
        // Batches of inserts (order lines, imports) travel as one multi-row statement.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource dataSource = new HikariDataSource(config);
        AppRole.verifyConnectsAsAppRole(dataSource);
        return dataSource;
    }

    @Bean
    Durability durability(DataSource dataSource) {
        Durability durability = new Durability(dataSource);
        durability.report();
        return durability;
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
