package cloud.olympus.server.platform.internal;

import cloud.olympus.server.shared.web.ApiProblem;
import java.net.URI;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What settings, features and branding may hold. Changes merge key by key (a null value removes
 * the key); the merged result is checked before it is saved, and anything unknown or malformed
 * is refused with the key named.
 */
public final class TenantRules {

    private static final Pattern HEX_COLOUR = Pattern.compile("^#[0-9A-Fa-f]{6}$");

    private static final Pattern PREFIX = Pattern.compile("^[A-Z0-9]{1,4}$");
    private static final Pattern CLASS_NAME = Pattern.compile("^[a-z][a-z0-9_]{0,49}$");

    private static final Map<String, Rule> SETTINGS = Map.of(
            "tax_rates", new Rule("an object of tax classes to rates from 0 up to 1, such as {\"standard\": 0.0825}",
                    TenantRules::isTaxRates),
            "loyalty", new Rule("an object with points_per_unit (0 or more), redeem_points_per_unit (1 or more) and tiers "
                    + "(names to lifetime spend thresholds)", TenantRules::isLoyalty),
            "order_prefix", new Rule("1 to 4 capital letters or digits", v -> v instanceof String s && PREFIX.matcher(s).matches()),
            "currency", new Rule("an ISO 4217 currency code such as USD", v -> v instanceof String s && isCurrency(s)),
            "locale", new Rule("a language tag such as en-US", v -> v instanceof String s && isLocale(s)),
            "timezone", new Rule("a time zone such as Europe/Paris", v -> v instanceof String s && isZone(s)),
            "tax_inclusive", new Rule("true or false", v -> v instanceof Boolean),
            "business_day_starts_at", new Rule("a time of day such as 04:00", v -> v instanceof String s && isTime(s)),
            "receipt_footer", new Rule("text of at most 500 characters", v -> v instanceof String s && s.length() <= 500));

    private static final Map<String, Rule> BRANDING = Map.of(
            "app_name", new Rule("text of 1 to 60 characters", v -> v instanceof String s && !s.isBlank() && s.length() <= 60),
            "accent_color", new Rule("a colour such as #C0392B", v -> v instanceof String s && HEX_COLOUR.matcher(s).matches()),
            "logo_url", new Rule("an http or https address", v -> v instanceof String s && isWebAddress(s)));

    private TenantRules() {
    }

    public static Map<String, Object> mergeSettings(Map<String, Object> current, Map<String, Object> changes) {
        return merge("settings", current, changes, SETTINGS);
    }

    public static Map<String, Object> mergeBranding(Map<String, Object> current, Map<String, Object> changes) {
        return merge("branding", current, changes, BRANDING);
    }

    /** Features are switches: any name of letters, digits and underscores, on or off. */
    public static Map<String, Object> mergeFeatures(Map<String, Object> current, Map<String, Object> changes) {
        Map<String, Object> merged = new LinkedHashMap<>(current);
        changes.forEach((key, value) -> {
            if (!key.matches("[a-z][a-z0-9_]{0,63}")) {
                throw ApiProblem.invalid("features." + key + " is not a valid feature name").with("field", "features." + key);
            }
            if (value == null) {
                merged.remove(key);
            } else if (value instanceof Boolean) {
                merged.put(key, value);
            } else {
                throw ApiProblem.invalid("features." + key + " must be true or false").with("field", "features." + key);
            }
        });
        return merged;
    }

    private static Map<String, Object> merge(String section, Map<String, Object> current, Map<String, Object> changes,
                                             Map<String, Rule> rules) {
        Map<String, Object> merged = new LinkedHashMap<>(current);
        for (var change : changes.entrySet()) {
            String key = change.getKey();
            Rule rule = rules.get(key);
            if (rule == null) {
                throw ApiProblem.invalid("Unknown " + section + " key '" + key + "'; known keys are "
                        + rules.keySet().stream().sorted().toList()).with("field", section + "." + key);
            }
            Object value = change.getValue();
            if (value == null) {
                merged.remove(key);
            } else if (rule.accepts().test(value)) {
                merged.put(key, value);
            } else {
                throw ApiProblem.invalid(section + "." + key + " must be " + rule.expected()).with("field", section + "." + key);
            }
        }
        return merged;
    }

    private static boolean isTaxRates(Object value) {
        if (!(value instanceof Map<?, ?> rates) || rates.isEmpty()) {
            return false;
        }
        return rates.entrySet().stream().allMatch(e -> e.getKey() instanceof String name && CLASS_NAME.matcher(name).matches()
                && e.getValue() instanceof Number rate && isFraction(new java.math.BigDecimal(rate.toString())));
    }

    private static boolean isFraction(java.math.BigDecimal rate) {
        return rate.signum() >= 0 && rate.compareTo(java.math.BigDecimal.ONE) < 0;
    }

    private static boolean isLoyalty(Object value) {
        if (!(value instanceof Map<?, ?> loyalty)) {
            return false;
        }
        boolean keysKnown = loyalty.keySet().stream().allMatch(k -> java.util.Set.of("points_per_unit",
                "redeem_points_per_unit", "tiers").contains(k));
        boolean earn = loyalty.get("points_per_unit") == null || loyalty.get("points_per_unit") instanceof Number n
                && new java.math.BigDecimal(n.toString()).signum() >= 0;
        boolean redeem = loyalty.get("redeem_points_per_unit") == null
                || loyalty.get("redeem_points_per_unit") instanceof Number n && n.intValue() >= 1 && n.doubleValue() == n.intValue();
        boolean tiers = loyalty.get("tiers") == null || loyalty.get("tiers") instanceof Map<?, ?> t && t.entrySet().stream()
                .allMatch(e -> e.getKey() instanceof String name && CLASS_NAME.matcher(name).matches()
                        && e.getValue() instanceof Number threshold && threshold.doubleValue() >= 0);
        return keysKnown && earn && redeem && tiers;
    }

    private static boolean isCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isLocale(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        return !locale.getLanguage().isEmpty() && locale.toLanguageTag().equalsIgnoreCase(tag);
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isTime(String time) {
        try {
            LocalTime.parse(time);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isWebAddress(String address) {
        if (address.length() > 2048) {
            return false;
        }
        try {
            URI uri = URI.create(address);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private record Rule(String expected, Predicate<Object> accepts) {
    }
}
