package cloud.olympus.server.demo;

import cloud.olympus.model.auth.Role;
import cloud.olympus.model.tenant.Industry;
import cloud.olympus.model.tenant.Tier;
import java.util.List;
import java.util.Set;

/** The demo businesses and who can log in to them. */
final class DemoTenants {

    static final String PASSWORD = "olympus-demo";

    record DemoTenant(String slug, String name, Industry industry, Tier tier, String parentSlug, List<DemoUser> users) {
    }

    record DemoUser(String localPart, String displayName, Set<Role> roles) {
        String email(String slug) {
            return localPart + "@" + slug + ".example";
        }
    }

    private static final List<DemoUser> STAFF = List.of(
            new DemoUser("owner", "Olivia Owner", Set.of(Role.OWNER)),
            new DemoUser("manager", "Marco Manager", Set.of(Role.MANAGER)),
            new DemoUser("cashier", "Carla Cashier", Set.of(Role.CASHIER)));

    private static final List<DemoUser> LOCATION_STAFF = List.of(
            new DemoUser("manager", "Luca Manager", Set.of(Role.MANAGER)),
            new DemoUser("cashier", "Chiara Cashier", Set.of(Role.CASHIER)),
            new DemoUser("kitchen", "Kai Kitchen", Set.of(Role.KITCHEN)));

    static final List<DemoTenant> ALL = List.of(
            new DemoTenant("bella-cucina", "Bella Cucina", Industry.RESTAURANT, Tier.ENTERPRISE, null, STAFF),
            new DemoTenant("bella-cucina-downtown", "Bella Cucina Downtown", Industry.RESTAURANT, Tier.ENTERPRISE,
                    "bella-cucina", LOCATION_STAFF),
            new DemoTenant("bella-cucina-harbor", "Bella Cucina Harbor", Industry.RESTAURANT, Tier.ENTERPRISE,
                    "bella-cucina", LOCATION_STAFF),
            new DemoTenant("urban-threads", "Urban Threads", Industry.RETAIL, Tier.PROFESSIONAL, null, STAFF),
            new DemoTenant("glow-salon", "Glow Salon", Industry.SALON, Tier.PROFESSIONAL, null, STAFF),
            new DemoTenant("harbor-hotel", "Harbor Hotel", Industry.HOSPITALITY, Tier.ENTERPRISE, null, STAFF));

    private DemoTenants() {
    }
}
