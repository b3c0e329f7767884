package cloud.olympus.server.workforce;

import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.server.auth.User;
import cloud.olympus.server.auth.UserAccounts;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.NotFound;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.internal.StaffPermissions;
import cloud.olympus.server.workforce.internal.StaffRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff profiles of the business in context: who works here, in which job, for what rate, where. */
@Service
public class StaffDirectory {

    private static final Pattern SKILL = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,39}$");
    private static final int MAX_LOCATIONS = 100;
    private static final int MAX_SKILLS = 30;

    private final StaffRepository staff;
    private final StaffRoles roles;
    private final StaffPermissions permissions;
    private final UserAccounts users;
    private final Tenants tenants;

    StaffDirectory(StaffRepository staff, StaffRoles roles, StaffPermissions permissions, UserAccounts users, Tenants tenants) {
        this.staff = staff;
        this.roles = roles;
        this.permissions = permissions;
        this.users = users;
        this.tenants = tenants;
    }

    @Transactional(readOnly = true)
    public List<StaffMember> list(boolean includeInactive) {
        return staff.staff(includeInactive);
    }

    @Transactional(readOnly = true)
    public StaffMember get(UUID id) {
        return staff.find(id).orElseThrow(() -> new NotFound("Staff member"));
    }

    /** The profile of a user of this business, if they have one. */
    @Transactional(readOnly = true)
    public Optional<StaffMember> ofUser(UUID userId) {
        return staff.findByUser(userId);
    }

    @Transactional
    public StaffMember create(StaffDetails details) {
        roles.ensureDefaults();
        if (details.userId() == null) {
            throw new InvalidInput("user_id is required").field("user_id");
        }
        User user = users.find(details.userId()).orElseThrow(() -> new NotFound("User"));
        if (staff.findByUser(user.id()).isPresent()) {
            throw new Conflict("This user already has a staff profile").field("user_id");
        }
        UUID tenant = TenantContext.require();
        StaffMember member = checked(new StaffMember(UUID.randomUUID(), user.id(), user.displayName(), user.email(),
                details.staffRole(), details.hourlyRate(),
                details.locationIds() == null ? List.of(tenant) : details.locationIds(),
                details.skills() == null ? List.of() : details.skills(), details.active() == null || details.active()));
        staff.insert(tenant, member.id(), member);
        permissions.forget(tenant, user.id());
        return get(member.id());
    }

    @Transactional
    public StaffMember update(UUID id, StaffDetails changes) {
        roles.ensureDefaults();
        StaffMember now = get(id);
        StaffMember changed = checked(new StaffMember(id, now.userId(), now.displayName(), now.email(),
                changes.staffRole() == null ? now.staffRole() : changes.staffRole(),
                changes.hourlyRate() == null ? now.hourlyRate() : changes.hourlyRate(),
                changes.locationIds() == null ? now.locationIds() : changes.locationIds(),
                changes.skills() == null ? now.skills() : changes.skills(),
                changes.active() == null ? now.active() : changes.active()));
        staff.update(changed);
        permissions.forget(TenantContext.require(), now.userId());
        return get(id);
    }

    private StaffMember checked(StaffMember m) {
        UUID tenant = TenantContext.require();
        String role = Input.trimmedOrNull(m.staffRole());
        if (role == null) {
            throw new InvalidInput("staff_role is required").field("staff_role");
        }
        if (staff.roles().stream().noneMatch(r -> r.code().equals(role))) {
            throw new InvalidInput("staff_role '" + (role.length() > 40 ? role.substring(0, 40) + "…" : role)
                    + "' is not one of this business's staff roles").field("staff_role");
        }
        if (m.hourlyRate() == null) {
            throw new InvalidInput("hourly_rate is required").field("hourly_rate");
        }
        BigDecimal rate = Input.amount(m.hourlyRate(), tenants.settingsOf(tenant).scale(), "hourly_rate", Amounts.Sign.NOT_NEGATIVE);
        List<UUID> locations = new ArrayList<>(new LinkedHashSet<>(m.locationIds()));
        if (locations.isEmpty() || locations.size() > MAX_LOCATIONS || locations.contains(null)) {
            throw new InvalidInput("location_ids must name 1 to " + MAX_LOCATIONS + " places").field("location_ids");
        }
        for (UUID location : locations) {
            checkLocation(location, "location_ids");
        }
        List<String> skills = new ArrayList<>(new LinkedHashSet<>(m.skills().stream()
                .map(s -> s == null ? "" : s.trim().toLowerCase(Locale.ROOT)).toList()));
        if (skills.size() > MAX_SKILLS) {
            throw new InvalidInput("skills may hold at most " + MAX_SKILLS).field("skills");
        }
        skills.stream().filter(s -> !SKILL.matcher(s).matches()).findFirst().ifPresent(bad -> {
            throw new InvalidInput("a skill is 1 to 40 lower-case letters, digits, - or _").field("skills");
        });
        return new StaffMember(m.id(), m.userId(), m.displayName(), m.email(), role, rate, locations, skills, m.active());
    }

    /** A place of this business: the business itself or one of its locations; else a 400 naming {@code field}. */
    void checkLocation(UUID location, String field) {
        UUID tenant = TenantContext.require();
        if (location == null || !(location.equals(tenant) || tenants.isLocationOf(location, tenant))) {
            throw new InvalidInput(field + " must be this business or one of its locations").field(field);
        }
    }
}
