package cloud.olympus.server.platform.internal;

import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.model.pricing.Amounts;
import cloud.olympus.server.shared.domain.Input;
import java.math.BigDecimal;
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
    private static final int MAX_ENTRIES = 20;
    private static final int MAX_TIP_PERCENT = 1_000;
    private static final BigDecimal MAX_POINTS_PER_UNIT = BigDecimal.valueOf(1_000);
    private static final int MAX_REDEEM_POINTS = 1_000_000;
    /** Days a till lets someone log in without the server after their last login with it, unless the business says. */
    public static final int DEFAULT_OFFLINE_LOGIN_DAYS = 7;
    private static final int MAX_OFFLINE_LOGIN_DAYS = 90;

    private static final Map<String, Rule> SETTINGS = Map.ofEntries(
            Map.entry("tax_rates", new Rule("an object of at most " + MAX_ENTRIES + " tax classes to rates from 0 up to 1, "
                    + "such as {\"standard\": 0.0825}", TenantRules::isTaxRates)),
            Map.entry("loyalty", new Rule("an object with points_per_unit (0 to " + MAX_POINTS_PER_UNIT + "), "
                    + "redeem_points_per_unit (a whole number from 1 to " + MAX_REDEEM_POINTS + ") and tiers (at most "
                    + MAX_ENTRIES + " names to lifetime spend thresholds from 0 to " + Amounts.MAX_ENTERED.toPlainString() + ")",
                    TenantRules::isLoyalty)),
            Map.entry("order_prefix", new Rule("1 to 4 capital letters or digits",
                    v -> v instanceof String s && PREFIX.matcher(s).matches())),
            Map.entry("currency", new Rule("an ISO 4217 currency code such as USD", v -> v instanceof String s && isCurrency(s))),
            Map.entry("locale", new Rule("a language tag such as en-US", v -> v instanceof String s && isLocale(s))),
            Map.entry("timezone", new Rule("a time zone such as Europe/Paris", v -> v instanceof String s && isZone(s))),
            Map.entry("tax_inclusive", new Rule("true or false", v -> v instanceof Boolean)),
            Map.entry("business_day_starts_at", new Rule("a time of day such as 04:00", v -> v instanceof String s && isTime(s))),
            Map.entry("receipt_footer", new Rule("text of at most 500 characters", v -> v instanceof String s && s.length() <= 500)),
            Map.entry("max_tip_percent", new Rule("a whole number from 0 to " + MAX_TIP_PERCENT
                    + ": the largest tip as a percentage of the order total", v -> isWhole(v, 0, MAX_TIP_PERCENT))),
            Map.entry("offline_login_days", new Rule("a whole number of days from 1 to " + MAX_OFFLINE_LOGIN_DAYS
                    + ": how long after a login with the server a till still lets the same person log in without it",
                    v -> isWhole(v, 1, MAX_OFFLINE_LOGIN_DAYS))));

    private static final Map<String, Rule> BRANDING = Map.of(
            "app_name", new Rule("text of 1 to 60 characters", v -> v instanceof String s && !s.isBlank() && s.length() <= 60),
            "accent_color", new Rule("a colour such as #C0392B", v -> v instanceof String s && HEX_COLOUR.matcher(s).matches()),
            "logo_url", new Rule("an http or https address", v -> v instanceof String s && Input.isWebAddress(s)));

    private TenantRules() {
    }

    public static Map<String, Object> mergeSettings(Map<String, Object> current, Map<String, Object> changes) {
        return merge("settings", current, changes, SETTINGS);
    }

    public static Map<String, Object> mergeBranding(Map<String, Object> current, Map<String, Object> changes) {
        return merge("branding", current, changes, BRANDING);
    }

    /**
     * The features there are: each changes something people see (tills take tips, paid orders wait for
     * the kitchen, sales earn loyalty points, owners open locations). A switch nothing reads is not one.
     */
    public static final java.util.Set<String> FEATURES = java.util.Set.of("tips", "kitchen_display", "loyalty", "multi_location");

    /** Features are switches, on or off, among {@link #FEATURES}. */
    public static Map<String, Object> mergeFeatures(Map<String, Object> current, Map<String, Object> changes) {
        Map<String, Object> merged = new LinkedHashMap<>(current);
        changes.forEach((key, value) -> {
            if (!FEATURES.contains(key)) {
                throw new InvalidInput("features." + key + " is not a feature; the features are " + FEATURES.stream().sorted().toList())
                        .field("features." + key);
            }
            if (value == null) {
                merged.remove(key);
            } else if (value instanceof Boolean) {
                merged.put(key, value);
            } else {
                throw new InvalidInput("features." + key + " must be true or false").field("features." + key);
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
                throw new InvalidInput("Unknown " + section + " key '" + key + "'; known keys are "
                        + rules.keySet().stream().sorted().toList()).field(section + "." + key);
            }
            Object value = change.getValue();
            if (value == null) {
                merged.remove(key);
            } else if (rule.accepts().test(value)) {
                merged.put(key, value);
            } else {
                throw new InvalidInput(section + "." + key + " must be " + rule.expected()).field(section + "." + key);
            }
        }
        return merged;
    }

    private static boolean isTaxRates(Object value) {
        if (!(value instanceof Map<?, ?> rates) || rates.isEmpty() || rates.size() > MAX_ENTRIES) {
            return false;
        }
        return rates.entrySet().stream().allMatch(e -> e.getKey() instanceof String name && CLASS_NAME.matcher(name).matches()
                && decimal(e.getValue()).filter(TenantRules::isFraction).isPresent());
    }

    private static boolean isFraction(BigDecimal rate) {
        return rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) < 0;
    }

    private static boolean isLoyalty(Object value) {
        if (!(value instanceof Map<?, ?> loyalty)) {
            return false;
        }
        boolean keysKnown = loyalty.keySet().stream().allMatch(k -> java.util.Set.of("points_per_unit",
                "redeem_points_per_unit", "tiers").contains(k));
        boolean earn = loyalty.get("points_per_unit") == null || decimal(loyalty.get("points_per_unit"))
                .filter(n -> n.signum() >= 0 && n.compareTo(MAX_POINTS_PER_UNIT) <= 0).isPresent();
        boolean redeem = loyalty.get("redeem_points_per_unit") == null
                || isWhole(loyalty.get("redeem_points_per_unit"), 1, MAX_REDEEM_POINTS);
        boolean tiers = loyalty.get("tiers") == null || loyalty.get("tiers") instanceof Map<?, ?> t && t.size() <= MAX_ENTRIES
                && t.entrySet().stream().allMatch(e -> e.getKey() instanceof String name && CLASS_NAME.matcher(name).matches()
                        && decimal(e.getValue()).filter(n -> n.signum() >= 0 && n.compareTo(Amounts.MAX_ENTERED) <= 0).isPresent());
        return keysKnown && earn && redeem && tiers;
    }

    /** A JSON number as an exact decimal; anything else (text, true) is not one. */
    private static java.util.Optional<BigDecimal> decimal(Object value) {
        if (!(value instanceof Number number)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new BigDecimal(number.toString()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty(); // NaN, Infinity
        }
    }

    private static boolean isWhole(Object value, long min, long max) {
        return decimal(value).filter(n -> n.stripTrailingZeros().scale() <= 0
                && n.compareTo(BigDecimal.valueOf(min)) >= 0 && n.compareTo(BigDecimal.valueOf(max)) <= 0).isPresent();
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

    private record Rule(String expected, Predicate<Object> accepts) {
    }
}
