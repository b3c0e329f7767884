package cloud.olympus.server.platform;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant's settings or branding changed: each as it was and as it is now, by {@code changedBy}
 * (null when nobody logged in did it: provisioning, seeding) {@code at} that moment.
 */
public record TenantSettingsChanged(UUID tenantId, Map<String, Object> settingsBefore, Map<String, Object> settingsAfter,
                                    Map<String, Object> brandingBefore, Map<String, Object> brandingAfter, UUID changedBy,
                                    Instant at) {
}
