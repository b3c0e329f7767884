package cloud.olympus.server.platform.internal;

import cloud.olympus.model.tenant.Industry;
import cloud.olympus.model.tenant.Tier;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a new tenant starts with, by industry and tier: sensible settings, the features its kind
 * of business uses, and a default look.
 */
public final class IndustryPresets {

    private IndustryPresets() {
    }

    public static Map<String, Object> settings(Industry industry, String slug) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("order_prefix", slug.substring(0, 1).toUpperCase(java.util.Locale.ROOT));
        settings.put("tax_rates", switch (industry) {
            case RESTAURANT -> Map.of("standard", new BigDecimal("0.0875"), "alcohol", new BigDecimal("0.1000"),
                    "exempt", BigDecimal.ZERO);
            case RETAIL -> Map.of("standard", new BigDecimal("0.0825"), "reduced", new BigDecimal("0.0400"),
                    "exempt", BigDecimal.ZERO);
            case SALON -> Map.of("standard", new BigDecimal("0.0825"), "services", new BigDecimal("0.0450"),
                    "exempt", BigDecimal.ZERO);
            case HOSPITALITY -> Map.of("standard", new BigDecimal("0.0875"), "lodging", new BigDecimal("0.1475"),
                    "exempt", BigDecimal.ZERO);
        });
        settings.put("loyalty", Map.of("points_per_unit", 1, "redeem_points_per_unit", 100,
                "tiers", Map.of("bronze", 0, "silver", 500, "gold", 2000)));
        settings.put("currency", "USD");
        settings.put("locale", "en-US");
        settings.put("timezone", "America/New_York");
        settings.put("tax_inclusive", false);
        settings.put("business_day_starts_at", industry == Industry.HOSPITALITY ? "00:00" : "04:00");
        // How many days after their last login with the server a person may log in at a till without it.
        settings.put("offline_login_days", TenantRules.DEFAULT_OFFLINE_LOGIN_DAYS);
        settings.put("receipt_footer", switch (industry) {
            case RESTAURANT -> "Thank you for dining with us!";
            case RETAIL -> "Returns within 30 days with receipt.";
            case SALON -> "See you at your next appointment!";
            case HOSPITALITY -> "Thank you for staying with us.";
        });
        return settings;
    }

    public static Map<String, Object> features(Industry industry, Tier tier) {
        Map<String, Object> features = new LinkedHashMap<>();
        // Each one changes what people see: tills ask for tips and the server takes them; paid orders
        // wait for the kitchen on the orders board; completed sales earn loyalty points; owners open
        // more locations.
        features.put("tips", industry != Industry.RETAIL);
        features.put("kitchen_display", industry == Industry.RESTAURANT);
        features.put("loyalty", tier != Tier.STARTER);
        features.put("multi_location", tier == Tier.ENTERPRISE);
        return features;
    }

    public static Map<String, Object> branding(Industry industry, String name) {
        Map<String, Object> branding = new LinkedHashMap<>();
        branding.put("app_name", name);
        branding.put("accent_color", switch (industry) {
            case RESTAURANT -> "#C0392B";
            case RETAIL -> "#2C3E50";
            case SALON -> "#8E44AD";
            case HOSPITALITY -> "#16A085";
        });
        branding.put("logo_url", null);
        return branding;
    }
}
