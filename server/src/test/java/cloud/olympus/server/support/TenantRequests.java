package cloud.olympus.server.support;

import cloud.olympus.server.platform.web.AdminTenantController.AdminUpdateRequest;
import cloud.olympus.server.platform.web.TenantController.UpdateTenantRequest;
import java.util.Map;

/** Bodies for the tenant API, built from its own request records with only what a test names. */
public final class TenantRequests {

    private TenantRequests() {
    }

    /** Settings to merge into the tenant's, key by key; nothing else changed. */
    public static UpdateTenantRequest settings(Map<String, Object> settings) {
        return new UpdateTenantRequest(null, settings, null);
    }

    /** Branding to merge into the tenant's, key by key; nothing else changed. */
    public static UpdateTenantRequest branding(Map<String, Object> branding) {
        return new UpdateTenantRequest(null, null, branding);
    }

    /** Through the admin API: settings to merge into the tenant's, nothing else changed. */
    public static AdminUpdateRequest adminSettings(Map<String, Object> settings) {
        return new AdminUpdateRequest(null, null, settings, null, null);
    }

    /** Through the admin API: features to merge into the tenant's, nothing else changed. */
    public static AdminUpdateRequest adminFeatures(Map<String, Object> features) {
        return new AdminUpdateRequest(null, null, null, features, null);
    }

    /** Through the admin API: branding to merge into the tenant's, nothing else changed. */
    public static AdminUpdateRequest adminBranding(Map<String, Object> branding) {
        return new AdminUpdateRequest(null, null, null, null, branding);
    }

    /** Through the admin API: another subscription tier, nothing else changed. */
    public static AdminUpdateRequest adminTier(String tier) {
        return new AdminUpdateRequest(null, tier, null, null, null);
    }
}
