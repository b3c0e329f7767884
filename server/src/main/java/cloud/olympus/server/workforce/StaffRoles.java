package cloud.olympus.server.workforce;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.internal.StaffPermissions;
import cloud.olympus.server.workforce.internal.StaffRepository;
import cloud.olympus.server.workforce.internal.StaffRolePolicy;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff roles of the business in context, and what each adds to the permissions of its people.
 * Every business starts with {@link #DEFAULTS}, set up when it opens or, for one opened before, the
 * first time its workforce is used.
 */
@Service
public class StaffRoles {

    /** The roles every business starts with; each adds little beyond the access roles, and nothing of an owner's. */
    public static final List<StaffRole> DEFAULTS = List.of(
            new StaffRole("server", "Server", Set.of()),
            new StaffRole("bartender", "Bartender", Set.of(Permission.OPEN_PRICE_ENTER)),
            new StaffRole("cook", "Cook", Set.of()),
            new StaffRole("host", "Host", Set.of()),
            new StaffRole("front_desk", "Front desk", Set.of()),
            new StaffRole("stylist", "Stylist", Set.of()),
            new StaffRole("colourist", "Colourist", Set.of()),
            new StaffRole("barista", "Barista", Set.of()),
            new StaffRole("cashier", "Cashier", Set.of()),
            new StaffRole("stock_clerk", "Stock clerk", Set.of(Permission.STOCK_VIEW, Permission.STOCK_ADJUST)),
            new StaffRole("shift_lead", "Shift lead", Set.of(Permission.DISCOUNT_APPLY, Permission.ORDER_REVIEW)),
            new StaffRole("manager", "Manager", Set.of()));

    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9_]{1,39}$");

    private final StaffRepository staff;
    private final StaffPermissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Set<UUID> withDefaults = ConcurrentHashMap.newKeySet();

    StaffRoles(StaffRepository staff, StaffPermissions permissions, ApplicationEventPublisher events, Clock clock) {
        this.staff = staff;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    /** Sets up the default roles of the business in context once; later calls cost nothing. */
    @Transactional
    public void ensureDefaults() {
        UUID tenant = TenantContext.require();
        if (withDefaults.contains(tenant)) {
            return;
        }
        if (!staff.hasRoles()) {
            staff.addRolesIfMissing(tenant, DEFAULTS);
        }
        withDefaults.add(tenant);
    }

    @Transactional
    public List<StaffRole> list() {
        ensureDefaults();
        return staff.roles();
    }

    /**
     * Adds or changes a role. A role may add any permission but those of an owner or admin over the
     * business ({@link StaffRolePolicy#NEVER_GRANTED}); a change of its permissions takes effect for its
     * people within seconds and is announced.
     */
    @Transactional
    public StaffRole put(String code, String name, List<String> permissionNames, UUID actor) {
        ensureDefaults();
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInput("code must be 2 to 40 lower-case letters, digits or _, starting with a letter").field("code");
        }
        String trimmed = name == null ? null : name.trim();
        if (trimmed == null || trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInput("name must be 1 to 100 characters").field("name");
        }
        if (permissionNames == null) {
            throw new InvalidInput("permissions must be a list of permissions").field("permissions");
        }
        Set<Permission> wanted = EnumSet.noneOf(Permission.class);
        for (String n : permissionNames) {
            Permission p = Permission.fromWireName(n).orElseThrow(() -> new InvalidInput("permissions: no such permission '"
                    + (n == null ? "null" : n.length() > 40 ? n.substring(0, 40) + "…" : n) + "'").field("permissions"));
            if (StaffRolePolicy.NEVER_GRANTED.contains(p)) {
                throw new InvalidInput("permissions: a staff role may not grant " + p.wireName()
                        + "; that stays with owners and admins").field("permissions");
            }
            wanted.add(p);
        }
        UUID tenant = TenantContext.require();
        List<String> before = staff.roleForUpdate(code).map(r -> sorted(r.permissions())).orElse(List.of());
        StaffRole role = new StaffRole(code, trimmed, wanted);
        staff.saveRole(tenant, role);
        List<String> after = sorted(wanted);
        if (!before.equals(after)) {
            permissions.forgetTenant(tenant);
            events.publishEvent(new StaffRolePermissionsChanged(tenant, code, before, after, actor, clock.instant()));
        }
        return role;
    }

    private static List<String> sorted(Set<Permission> permissions) {
        return permissions.stream().map(Permission::wireName).sorted().toList();
    }
}
