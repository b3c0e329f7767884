package cloud.olympus.server.workforce.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.workforce.StaffDetails;
import cloud.olympus.server.workforce.StaffDirectory;
import cloud.olympus.server.workforce.StaffMember;
import cloud.olympus.server.workforce.StaffRole;
import cloud.olympus.server.workforce.StaffRoles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workforce")
@Tag(name = "Workforce", description = "Staff, staff roles, shifts, the time clock and timesheets")
public class StaffController {

    private final StaffDirectory directory;
    private final StaffRoles roles;

    StaffController(StaffDirectory directory, StaffRoles roles) {
        this.directory = directory;
        this.roles = roles;
    }

    @Requires(Permission.STAFF_VIEW)
    @GetMapping("/staff")
    @Operation(summary = "The business's staff", description = "Active ones; include_inactive=true for all.")
    Map<String, List<StaffView>> list(@RequestParam(name = "include_inactive", required = false) Boolean includeInactive) {
        return Map.of("data", directory.list(Boolean.TRUE.equals(includeInactive)).stream().map(StaffView::of).toList());
    }

    @Requires(Permission.STAFF_ADMIN)
    @ProblemResponses({ProblemType.CONFLICT, ProblemType.NOT_FOUND})
    @PostMapping("/staff")
    @Operation(summary = "Add a staff profile for a user of the business",
            description = "user_id, staff_role and hourly_rate are required; location_ids default to the business itself.")
    ResponseEntity<StaffView> create(@Valid @RequestBody StaffRequest body) {
        StaffMember created = directory.create(body.details());
        return ResponseEntity.created(URI.create("/api/v1/workforce/staff/" + created.id())).body(StaffView.of(created));
    }

    @Requires(Permission.TIME_CLOCK)
    @ProblemResponses(ProblemType.NOT_FOUND)
    @GetMapping("/staff/me")
    @Operation(summary = "The caller's own staff profile", description = "404 when they have none.")
    StaffView me() {
        return directory.ofUser(CurrentCaller.get().userId()).map(StaffView::of)
                .orElseThrow(() -> ApiProblem.notFound("Staff profile"));
    }

    @Requires(Permission.STAFF_VIEW)
    @GetMapping("/staff/{id}")
    @Operation(summary = "One staff profile")
    StaffView get(@PathVariable UUID id) {
        return StaffView.of(directory.get(id));
    }

    @Requires(Permission.STAFF_ADMIN)
    @PatchMapping("/staff/{id}")
    @Operation(summary = "Change a staff profile", description = "Fields left out stay as they are; active=false retires it.")
    StaffView update(@PathVariable UUID id, @Valid @RequestBody StaffRequest body) {
        return StaffView.of(directory.update(id, body.details()));
    }

    @Requires(Permission.STAFF_VIEW)
    @GetMapping("/staff-roles")
    @Operation(summary = "The business's staff roles and the permissions each adds")
    Map<String, List<StaffRoleView>> roles() {
        return Map.of("data", roles.list().stream().map(StaffRoleView::of).toList());
    }

    @Requires(Permission.STAFF_ADMIN)
    @PutMapping("/staff-roles/{code}")
    @Operation(summary = "Add or change a staff role",
            description = "The permissions it adds take effect for its people within seconds. Owner and admin powers "
                    + "(location_create, user_admin, tenant_settings, staff_admin, audit_view, operations_view, location_act) "
                    + "are refused.")
    StaffRoleView put(@PathVariable String code, @Valid @RequestBody StaffRoleRequest body) {
        return StaffRoleView.of(roles.put(code, body.name(), body.permissions(), CurrentCaller.get().userId()));
    }

    public record StaffRequest(UUID userId, @Size(max = 40) String staffRole, BigDecimal hourlyRate,
                               @Size(max = 100) List<UUID> locationIds, @Size(max = 30) List<@Size(max = 40) String> skills,
                               Boolean active) {
        StaffDetails details() {
            return new StaffDetails(userId, staffRole, hourlyRate, locationIds, skills, active);
        }
    }

    public record StaffRoleRequest(@Size(max = 100) String name, @Size(max = 50) List<@Size(max = 40) String> permissions) {
    }

    record StaffView(UUID id, UUID userId, String displayName, String email, String staffRole, BigDecimal hourlyRate,
                     List<UUID> locationIds, List<String> skills, boolean active, boolean userActive) {
        static StaffView of(StaffMember m) {
            return new StaffView(m.id(), m.userId(), m.displayName(), m.email(), m.staffRole(), m.hourlyRate(), m.locationIds(),
                    m.skills(), m.active(), m.userActive());
        }
    }

    record StaffRoleView(String code, String name, List<String> permissions) {
        static StaffRoleView of(StaffRole r) {
            return new StaffRoleView(r.code(), r.name(), r.permissions().stream().map(Permission::wireName).sorted().toList());
        }
    }
}
