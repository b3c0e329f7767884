package cloud.olympus.server.platform.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.Caller;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.platform.NewTenant;
import cloud.olympus.server.platform.Tenant;
import cloud.olympus.server.platform.TenantChanges;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.events.ParkedEvents;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.Page;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own tenant (or the location named in X-Tenant-Id) and its locations. */
@RestController
@RequestMapping("/api/v1/tenant")
@Tag(name = "Tenant", description = "The business the caller works for: settings, branding, locations")
public class TenantController {

    private final Tenants tenants;
    private final ParkedEvents parkedEvents;

    TenantController(Tenants tenants, ParkedEvents parkedEvents) {
        this.tenants = tenants;
        this.parkedEvents = parkedEvents;
    }

    @Requires(Permission.TENANT_VIEW)
    @GetMapping
    @Operation(summary = "The tenant the request acts for", description = "Every role may read it; clients take branding from here.")
    TenantView get() {
        return TenantView.of(current());
    }

    @Requires(Permission.TENANT_SETTINGS)
    @ProblemResponses(ProblemType.CONFLICT)
    @PatchMapping
    @Operation(summary = "Change name, settings or branding",
            description = "Settings and branding merge key by key; a key sent as null is removed. Features follow the subscription and change through the admin API.")
    TenantView update(@Valid @RequestBody UpdateTenantRequest body) {
        TenantChanges changes = new TenantChanges(Optional.ofNullable(body.name()), Optional.empty(),
                Optional.ofNullable(body.settings()), Optional.empty(), Optional.ofNullable(body.branding()));
        return TenantView.of(tenants.change(CurrentCaller.get().actingTenantId(), changes));
    }

    @Requires(Permission.LOCATION_VIEW)
    @GetMapping("/locations")
    @Operation(summary = "The locations of the caller's organisation",
            description = "The open ones by name; with closed=true the closed ones after them, with active false.")
    List<TenantView> locations(@RequestParam(required = false) Boolean closed) {
        return tenants.locationsOf(CurrentCaller.get().actingTenantId(), Boolean.TRUE.equals(closed)).stream()
                .map(TenantView::of).toList();
    }

    @Requires(Permission.LOCATION_CREATE)
    @PatchMapping("/locations/{id}")
    @Operation(summary = "Rename, close or reopen a location of the caller's organisation",
            description = "A closed location cannot log in and everyone logged in there is logged out; its data stays, "
                    + "and it can be opened again (with the multi_location feature, as for a new one). Another business's location, or an id that is no location, is a 404.")
    TenantView changeLocation(@PathVariable UUID id, @Valid @RequestBody ChangeLocationRequest body) {
        return TenantView.of(tenants.changeLocation(CurrentCaller.get().actingTenantId(), id, Optional.ofNullable(body.name()),
                Optional.ofNullable(body.active())));
    }

    @Requires(Permission.LOCATION_CREATE)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping("/locations")
    @Operation(summary = "Open a new location of the caller's organisation",
            description = "The location starts with the organisation's settings, features and branding. Needs the multi_location feature.")
    ResponseEntity<TenantView> addLocation(@Valid @RequestBody NewLocationRequest body) {
        Caller caller = CurrentCaller.get();
        Tenant organisation = current();
        if (organisation.isLocation()) {
            throw ApiProblem.invalid("A location cannot have locations of its own");
        }
        Tenants.requireMultiLocation(organisation);
        Tenant location = tenants.provision(new NewTenant(body.slug(), body.name(), organisation.industry(),
                organisation.tier(), Optional.of(caller.actingTenantId()), Optional.empty()));
        return ResponseEntity.created(URI.create("/api/v1/tenant/locations/" + location.id())).body(TenantView.of(location));
    }

    @Requires(Permission.OPERATIONS_VIEW)
    @GetMapping("/parked-events")
    @Operation(summary = "Events a follow-up could not handle, with the reason",
            description = "For example a completed order whose loyalty points could not be booked. Newest first; the data "
                    + "they describe is saved, only the follow-up is missing.")
    List<ParkedEvents.Parked> parkedEvents(@RequestParam(required = false) Integer limit) {
        return parkedEvents.list(Page.limit(limit));
    }

    private Tenant current() {
        return tenants.find(CurrentCaller.get().actingTenantId()).orElseThrow(() -> ApiProblem.notFound("Tenant"));
    }

    public record UpdateTenantRequest(@Size(min = 1, max = 255) String name, Map<String, Object> settings,
                                      Map<String, Object> branding) {
    }

    /** What changes: the name, whether the location is open; at least one. */
    public record ChangeLocationRequest(@Size(min = 1, max = 255) String name, Boolean active) {
    }

    public record NewLocationRequest(@NotBlank @Size(max = 63) String slug, @NotBlank @Size(max = 255) String name) {
    }
}
