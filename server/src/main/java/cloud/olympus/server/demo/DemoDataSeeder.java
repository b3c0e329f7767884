package cloud.olympus.server.demo;

import cloud.olympus.server.shared.domain.DomainException;
import cloud.olympus.model.auth.Role;
import cloud.olympus.server.analytics.AnalyticsRollups;
import cloud.olympus.server.auth.NewUser;
import cloud.olympus.server.auth.Pins;
import cloud.olympus.server.auth.User;
import cloud.olympus.server.auth.UserAccounts;
import cloud.olympus.server.demo.DemoTenants.DemoTenant;
import cloud.olympus.server.demo.DemoTenants.DemoUser;
import cloud.olympus.server.platform.NewTenant;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo businesses through the same services the API uses. Whatever already exists is
 * left alone, so restarting (or starting several instances at once) never doubles anything.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "olympus.demo", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final Tenants tenants;
    private final UserAccounts users;
    private final DemoBusiness business;
    private final DemoWorkforce workforce;
    private final Pins pins;
    private final AnalyticsRollups rollups;

    DemoDataSeeder(Tenants tenants, UserAccounts users, DemoBusiness business, DemoWorkforce workforce, Pins pins,
                   AnalyticsRollups rollups) {
        this.tenants = tenants;
        this.users = users;
        this.business = business;
        this.workforce = workforce;
        this.pins = pins;
        this.rollups = rollups;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        Map<String, UUID> ids = new HashMap<>();
        int created = 0;
        int orders = 0;
        for (DemoTenant demo : DemoTenants.ALL) {
            Optional<UUID> existing = tenants.resolveSlug(demo.slug());
            UUID id;
            if (existing.isPresent()) {
                id = existing.get();
            } else {
                id = provision(demo, Optional.ofNullable(demo.parentSlug()).map(ids::get));
                created++;
            }
            ids.put(demo.slug(), id);
            for (DemoUser user : demo.users()) {
                ensureUser(id, demo.slug(), user);
            }
            int filled = business.fill(id, demo.slug(), demo.industry(), demo.parentSlug() != null);
            if (filled > 0) {
                workforce.checkStaffing(id);
                // The past was written without events: its sales are rolled up by counting them again.
                rollups.rebuild(id);
            }
            orders += filled;
        }
        log.info("Demo data ready ({} tenants and {} past orders new, {} tenants in all) in {} ms; log in as "
                        + "owner@bella-cucina.example, manager@… or cashier@… with tenant slug bella-cucina and password {} "
                        + "(PINs on a registered till: owner 7391, manager 2468, cashier 1357, kitchen 8024)",
                created, orders, DemoTenants.ALL.size(), (System.nanoTime() - started) / 1_000_000, DemoTenants.PASSWORD);
    }

    private UUID provision(DemoTenant demo, Optional<UUID> parent) {
        Optional<NewTenant.FirstOwner> owner = demo.users().stream()
                .filter(u -> u.roles().contains(Role.OWNER))
                .findFirst()
                .map(u -> new NewTenant.FirstOwner(u.email(demo.slug()), DemoTenants.PASSWORD, u.displayName()));
        try {
            return tenants.provision(new NewTenant(demo.slug(), demo.name(), demo.industry(), demo.tier(), parent, owner)).id();
        } catch (DomainException e) {
            // Another instance seeded it a moment ago.
            return tenants.resolveSlug(demo.slug()).orElseThrow(() -> e);
        }
    }

    private void ensureUser(UUID tenantId, String slug, DemoUser user) {
        String email = user.email(slug);
        TenantContext.runAs(tenantId, () -> {
            Optional<User> found = users.findByEmail(email);
            if (found.isEmpty()) {
                try {
                    found = Optional.of(users.create(new NewUser(email, DemoTenants.PASSWORD, null, user.displayName(), user.roles(),
                            Map.of())));
                } catch (DomainException e) {
                    log.debug("Demo user {} appeared meanwhile", email);
                    found = users.findByEmail(email);
                }
            }
            found.ifPresent(u -> pins.provision(u.id(), DemoStaff.PINS.get(user.localPart())));
        });
    }
}
