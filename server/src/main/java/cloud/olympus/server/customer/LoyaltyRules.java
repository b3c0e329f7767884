package cloud.olympus.server.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's loyalty programme, from its {@code loyalty} settings: points earned per unit of
 * currency spent, points that pay one unit, and tiers by lifetime spend.
 */
public record LoyaltyRules(BigDecimal pointsPerUnit, int redeemPointsPerUnit, List<Tier> tiers) {

    public record Tier(String name, BigDecimal threshold) {
    }

    public static LoyaltyRules from(Map<String, Object> section) {
        BigDecimal earn = new BigDecimal(String.valueOf(section.getOrDefault("points_per_unit", "1")));
        int redeem = new BigDecimal(String.valueOf(section.getOrDefault("redeem_points_per_unit", "100"))).intValueExact();
        List<Tier> tiers = section.get("tiers") instanceof Map<?, ?> configured
                ? configured.entrySet().stream()
                    .map(e -> new Tier(e.getKey().toString(), new BigDecimal(e.getValue().toString())))
                    .sorted(Comparator.comparing(Tier::threshold))
                    .toList()
                : List.of();
        return new LoyaltyRules(earn, redeem, tiers);
    }

    /** Points earned for spending {@code amount}: whole points, rounded down. */
    public long pointsFor(BigDecimal amount) {
        return amount.multiply(pointsPerUnit).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** Points that pay {@code amount}, rounded up so points never pay more than they are worth. */
    public long pointsToPay(BigDecimal amount) {
        return amount.multiply(BigDecimal.valueOf(redeemPointsPerUnit)).setScale(0, RoundingMode.UP).longValueExact();
    }

    /** The highest tier whose threshold the lifetime spend reaches. */
    public Optional<String> tierFor(BigDecimal lifetimeValue) {
        return tiers.stream().filter(t -> lifetimeValue.compareTo(t.threshold()) >= 0)
                .max(Comparator.comparing(Tier::threshold)).map(Tier::name);
    }
}
