package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.Business;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.i18n.Phrase;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The loyalty rules: points earned for each unit of money spent, points a unit of money costs when
 * paying with points, and the tiers by lifetime spend ({@code silver=500, gold=2000}).
 */
public final class LoyaltyViewModel extends BusinessForm {

    private final StringProperty pointsPerUnit = new SimpleStringProperty("");
    private final StringProperty redeemPointsPerUnit = new SimpleStringProperty("");
    private final StringProperty tiers = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper included = new ReadOnlyBooleanWrapper();

    public LoyaltyViewModel(BusinessAdmin admin, Background work) {
        super(admin, work);
    }

    public StringProperty pointsPerUnitProperty() {
        return pointsPerUnit;
    }

    public StringProperty redeemPointsPerUnitProperty() {
        return redeemPointsPerUnit;
    }

    /** The tiers as {@code name=threshold} pairs separated by commas. */
    public StringProperty tiersProperty() {
        return tiers;
    }

    @Override
    void fill(Business business) {
        Map<?, ?> loyalty = business.settings().get("loyalty") instanceof Map<?, ?> m ? m : Map.of();
        pointsPerUnit.set(loyalty.get("points_per_unit") == null ? "" : loyalty.get("points_per_unit").toString());
        redeemPointsPerUnit.set(loyalty.get("redeem_points_per_unit") == null ? "" : loyalty.get("redeem_points_per_unit").toString());
        tiers.set(loyalty.get("tiers") instanceof Map<?, ?> t
                ? t.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")) : "");
        included.set(Boolean.TRUE.equals(business.features().get("loyalty")));
    }

    @Override
    Change change() {
        Map<String, Object> loyalty = new LinkedHashMap<>();
        try {
            loyalty.put("points_per_unit", new BigDecimal(pointsPerUnit.get().trim().replace(',', '.')));
        } catch (NumberFormatException e) {
            return refuse("points_per_unit", Phrase.of("console.form.number"));
        }
        try {
            loyalty.put("redeem_points_per_unit", Integer.parseInt(redeemPointsPerUnit.get().trim()));
        } catch (NumberFormatException e) {
            return refuse("redeem_points_per_unit", Phrase.of("console.form.whole"));
        }
        Map<String, Object> levels = new LinkedHashMap<>();
        for (String pair : tiers.get().split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            try {
                levels.put(parts[0].trim(), new BigDecimal(parts[1].trim()));
            } catch (RuntimeException e) {
                return refuse("tiers", Phrase.of("console.settings.loyalty.bad_tiers"));
            }
        }
        loyalty.put("tiers", levels);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("loyalty", loyalty);
        return new Change(null, settings, null);
    }

    /** Whether the subscription includes loyalty: without it no points are earned, whatever the rules say. */
    public ReadOnlyBooleanProperty includedProperty() {
        return included.getReadOnlyProperty();
    }
}
