package cloud.olympus.server.shared.database;

import cloud.olympus.server.shared.tenancy.TenantAwareTransactionManager;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
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

    /** Starts the embedded PostgreSQL (with no external database configured) before any bean is made. */
    @Bean
    static EmbeddedDatabaseStart embeddedDatabaseStart() {
        return new EmbeddedDatabaseStart();
    }

    @Bean
    OwnerLogin ownerLogin(Environment env, ObjectProvider<EmbeddedDatabase> embedded) throws IOException {
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
        boolean created = AppRole.ensure(ownerDataSource, password, properties);
        return new AppRolePassword(password, created);
    }

    @Bean
    SpringLiquibase liquibase(@Qualifier("owner") DataSource ownerDataSource, AppRolePassword password) {
        // A role made just now has none of its grants: then every changeset runs, the grants among them.
        // The grants run on every start, Liquibase skipped or not: whatever was revoked by hand comes back.
        return new ChangelogLiquibase(ownerDataSource, "db/changelog/", "db.changelog-master.yaml", !password.roleCreated(),
                "shared/999-grants.sql");
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

    /** The application login's password, kept out of {@code toString}, and whether its role was made by this start. */
    record AppRolePassword(String value, boolean roleCreated) {
        @Override
        public String toString() {
            return "AppRolePassword[***]";
        }
    }
}
