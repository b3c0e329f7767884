package cloud.olympus.server.workforce.internal;

import cloud.olympus.server.platform.TenantProvisioned;
import cloud.olympus.server.shared.tenancy.TenantContext;
import cloud.olympus.server.workforce.StaffRoles;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** A business that opens gets the default staff roles right away. */
@Component
class DefaultStaffRoles {

    private final StaffRoles roles;

    DefaultStaffRoles(StaffRoles roles) {
        this.roles = roles;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TenantProvisioned event) {
        TenantContext.runAs(event.tenantId(), roles::ensureDefaults);
    }
}
