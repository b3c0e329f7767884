package cloud.olympus.server.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.olympus.server.support.ApiTest;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Row-level security checked in the database itself, connected as the application role the
 * server serves requests with, bypassing every line of Java that could filter by tenant.
 */
class RowLevelSecurityTests extends ApiTest {

    private static final List<String> TENANT_SCHEMAS =
            List.of("platform", "auth", "commerce", "inventory", "customer", "workforce", "analytics", "audit", "realtime");
    /** Platform-wide tables that hold no tenant's data and are not granted to the application role. */
    private static final List<String> NOT_TENANT_DATA = List.of("auth.signing_keys");

    @Autowired
    DataSource appDataSource;

    @Autowired
    @Qualifier("owner")
    DataSource ownerDataSource;

    @Test
    void theApplicationRoleIsNeitherSuperuserNorBypassesRls() {
        JdbcClient app = JdbcClient.create(appDataSource);
        assertThat(app.sql("SELECT current_user").query(String.class).single()).isEqualTo("olympus_app");
        assertThat(app.sql("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void withNoTenantSetTheApplicationRoleSeesNoTenantRows() {
        openTenant("restaurant", "starter");
        JdbcClient app = JdbcClient.create(appDataSource);
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        List<String> tables = tenantTables();
        assertThat(tables).contains("platform.tenants", "auth.users", "inventory.items", "commerce.orders", "customer.profiles");
        for (String table : tables) {
            assertThat(app.sql("SELECT count(*) FROM " + table).query(Long.class).single())
                    .as("app role without tenant sees rows of %s", table).isZero();
        }
        // The rows are there: the owner, who is not held by the policies, sees them.
        assertThat(owner.sql("SELECT count(*) FROM auth.users").query(Long.class).single()).isPositive();
        assertThat(owner.sql("SELECT count(*) FROM platform.tenants").query(Long.class).single()).isPositive();
    }

    @Test
    void withATenantSetTheApplicationRoleSeesOnlyThatTenantAndCannotWriteForAnother() {
        var a = openTenant("restaurant", "starter");
        var b = openTenant("retail", "starter");
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(appDataSource));
        JdbcClient app = JdbcClient.create(appDataSource);

        List<UUID> seen = tx.execute(s -> {
            app.sql("SELECT set_config('app.tenant_id', ?, true)").param(a.id().toString()).query(String.class).single();
            return app.sql("SELECT DISTINCT tenant_id FROM auth.users").query(UUID.class).list();
        });
        assertThat(seen).containsExactly(a.id());

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            app.sql("SELECT set_config('app.tenant_id', ?, true)").param(a.id().toString()).query(String.class).single();
            app.sql("INSERT INTO auth.users (tenant_id, email, roles) VALUES (?, 'intruder@x.test', '{cashier}')")
                    .param(b.id()).update();
        })).rootCause().hasMessageContaining("row-level security");

        // The setting is transaction-local: the next transaction on a pooled connection has none.
        Long leftover = tx.execute(s -> app.sql("SELECT count(*) FROM auth.users").query(Long.class).single());
        assertThat(leftover).isZero();
    }

    @Test
    void everyTableInATenantSchemaHasForcedRowLevelSecurityAndATenantPolicy() {
        List<String> unprotected = JdbcClient.create(ownerDataSource).sql("""
                        SELECT n.nspname || '.' || c.relname
                          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
                           AND NOT (c.relrowsecurity AND c.relforcerowsecurity
                                    AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid
                                                AND pg_get_expr(p.polqual, p.polrelid) LIKE '%current_tenant_id()%'))
                        """)
                .param(TENANT_SCHEMAS.toArray(String[]::new))
                .query(String.class).list();
        assertThat(unprotected).containsExactlyInAnyOrderElementsOf(NOT_TENANT_DATA);
    }

    @Test
    void theApplicationRoleCannotReadTheTokenSigningKeys() {
        JdbcClient app = JdbcClient.create(appDataSource);
        assertThatThrownBy(() -> app.sql("SELECT count(*) FROM auth.signing_keys").query(Long.class).single())
                .rootCause().hasMessageContaining("permission denied");
    }

    private List<String> tenantTables() {
        return JdbcClient.create(ownerDataSource).sql("""
                        SELECT n.nspname || '.' || c.relname
                          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?) AND c.relrowsecurity
                         ORDER BY 1
                        """)
                .param(TENANT_SCHEMAS.toArray(String[]::new))
                .query(String.class).list();
    }
}
