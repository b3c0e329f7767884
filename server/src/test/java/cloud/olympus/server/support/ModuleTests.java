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
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What module tests ({@code @ApplicationModuleTest}) share: an embedded PostgreSQL of their own, in a
 * fresh data folder under target (a data folder serves one server at a time), and a business to act
 * for, opened through the platform module as an admin would.
 */
public final class ModuleTests {

    private ModuleTests() {
    }

    /** Call from the test class's {@code @DynamicPropertySource}: a throwaway database for this module's context. */
    public static void ownDatabase(DynamicPropertyRegistry registry, String module) {
        Path dataDir;
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            dataDir = Files.createTempDirectory(target.toAbsolutePath(), "module-" + module + "-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        registry.add("olympus.data-dir", dataDir::toString);
        registry.add("olympus.database.durable", () -> "false");
        registry.add("olympus.auth.admin-key", () -> "module-test-admin-key-0123456789");
    }

    /**
     * Opens a business of {@code industry} and puts it in context for the calling thread (clear it
     * with {@link TenantContext#clear()}); answers its owner as a caller.
     */
    public static Caller openBusiness(Tenants tenants, UserAccounts users, Industry industry) {
        String slug = "m-" + UUID.randomUUID().toString().substring(0, 12);
        String email = "owner@" + slug + ".test";
        UUID tenant = tenants.provision(new NewTenant(slug, "Module test " + slug, industry, Tier.PROFESSIONAL, Optional.empty(),
                Optional.of(new NewTenant.FirstOwner(email, "correct-horse-battery", "Owner")))).id();
        TenantContext.set(tenant);
        UUID owner = users.findByEmail(email).orElseThrow().id();
        return new Caller(owner, tenant, tenant, Set.of(Role.OWNER));
    }
}
