package cloud.olympus.server.platform.web;

import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.model.tenant.Industry;
import cloud.olympus.model.tenant.Tier;
import cloud.olympus.server.platform.NewTenant;
import cloud.olympus.server.platform.Tenant;
import cloud.olympus.server.platform.TenantChanges;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platform operator's API: open, read, change and close tenants. Needs the admin key. */
@RestController
@RequestMapping("/api/v1/admin/tenants")
@Tag(name = "Admin: tenants", description = "Platform operator only (admin key as bearer token)")
public class AdminTenantController {

    private final Tenants tenants;

    AdminTenantController(Tenants tenants) {
        this.tenants = tenants;
    }

    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping
    @Operation(summary = "Provision a tenant with its first owner and industry preset")
    ResponseEntity<TenantView> provision(@Valid @RequestBody ProvisionRequest body) {
        Industry industry = Input.choice(Industry.class, body.industry(), "industry");
        Tier tier = body.tier() == null ? Tier.STARTER : parseTier(body.tier());
        Optional<NewTenant.FirstOwner> owner = Optional.ofNullable(body.owner())
                .map(o -> new NewTenant.FirstOwner(o.email(), o.password(), o.displayName()));
        Tenant tenant = tenants.provision(new NewTenant(body.slug(), body.name(), industry, tier,
                Optional.ofNullable(body.parentId()), owner));
        return ResponseEntity.created(URI.create("/api/v1/admin/tenants/" + tenant.id())).body(TenantView.of(tenant));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One tenant")
    TenantView get(@PathVariable UUID id) {
        return tenants.find(id).map(TenantView::of).orElseThrow(() -> ApiProblem.notFound("Tenant"));
    }

    @ProblemResponses(ProblemType.CONFLICT)
    @PatchMapping("/{id}")
    @Operation(summary = "Change name, tier, settings, features or branding",
            description = "Settings, features and branding merge key by key; a key sent as null is removed.")
    TenantView update(@PathVariable UUID id, @Valid @RequestBody AdminUpdateRequest body) {
        TenantChanges changes = new TenantChanges(Optional.ofNullable(body.name()),
                Optional.ofNullable(body.tier()).map(AdminTenantController::parseTier), Optional.ofNullable(body.settings()),
                Optional.ofNullable(body.features()), Optional.ofNullable(body.branding()));
        return TenantView.of(tenants.change(id, changes));
    }

    @ProblemResponses(ProblemType.CONFLICT)
    @DeleteMapping("/{id}")
    @Operation(summary = "Close a tenant", description = "Its users can no longer log in; its data is kept.")
    ResponseEntity<Void> close(@PathVariable UUID id) {
        tenants.close(id);
        return ResponseEntity.noContent().build();
    }

    private static Tier parseTier(String name) {
        return Input.choice(Tier.class, name, "tier");
    }

    public record ProvisionRequest(@NotBlank @Size(max = 63) String slug,
                                   @NotBlank @Size(max = 255) String name,
                                   @NotBlank String industry,
                                   String tier,
                                   UUID parentId,
                                   @Valid FirstOwnerRequest owner) {
    }

    public record FirstOwnerRequest(@NotBlank @Email @Size(max = 255) String email,
                                    @NotBlank @Size(min = 8, max = 256) String password,
                                    @Size(max = 255) String displayName) {
    }

    public record AdminUpdateRequest(@Size(min = 1, max = 255) String name, String tier, Map<String, Object> settings,
                                     Map<String, Object> features, Map<String, Object> branding) {
    }
}
