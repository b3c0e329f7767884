package cloud.olympus.server.support;

import cloud.olympus.model.auth.Role;
import cloud.olympus.model.tenant.Industry;
import cloud.olympus.model.tenant.Tier;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.UserAccounts;
import cloud.olympus.server.platform.NewTenant;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What module tests ({@code @ApplicationModuleTest} on the subclass, in the module's package) share:
 * an embedded PostgreSQL of their own, in a fresh data folder under target (a data folder serves one
 * server at a time), and a shop opened through the platform module for each test, in context on the
 * test's thread, with its owner as the caller.
 */
public abstract class ModuleTest {

    @Autowired
    protected Tenants tenants;
    @Autowired
    protected UserAccounts users;

    /** The shop's owner; their tenant is in context while a test runs. */
    protected Caller owner;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        Path dataDir = newDataDir();
        registry.add("olympus.data-dir", dataDir::toString);
        registry.add("olympus.database.durable", () -> "false");
        registry.add("olympus.auth.admin-key", () -> "module-test-admin-key-0123456789");
    }

    @BeforeEach
    void openShop() {
        String slug = "m-" + UUID.randomUUID().toString().substring(0, 12);
        String email = "owner@" + slug + ".test";
        UUID tenant = tenants.provision(new NewTenant(slug, "Module test " + slug, Industry.RETAIL, Tier.PROFESSIONAL,
                Optional.empty(), Optional.of(new NewTenant.FirstOwner(email, "correct-horse-battery", "Owner")))).id();
        TenantContext.set(tenant);
        owner = new Caller(users.findByEmail(email).orElseThrow().id(), tenant, tenant, Set.of(Role.OWNER));
    }

    @AfterEach
    void leaveShop() {
        TenantContext.clear();
    }

    /** State a scenario waits for is looked at from another thread: as the shop. */
    protected <T> Supplier<T> asShop(Supplier<T> state) {
        UUID tenant = owner.actingTenantId();
        return () -> TenantContext.callAs(tenant, state);
    }

    private static Path newDataDir() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "module-test-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
