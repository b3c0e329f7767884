package cloud.olympus.desktop.console.settings;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.BusinessAdmin.Business;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.i18n.Phrase;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The business's profile: its name, currency, language and time zone, when its day starts, the
 * prefix of its order numbers, its receipts' footer, its largest tip and how long a till lets
 * someone in without the server.
 */
public final class ProfileViewModel extends BusinessForm {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty locale = new SimpleStringProperty("");
    private final StringProperty timezone = new SimpleStringProperty("");
    private final StringProperty dayStartsAt = new SimpleStringProperty("");
    private final StringProperty orderPrefix = new SimpleStringProperty("");
    private final StringProperty receiptFooter = new SimpleStringProperty("");
    private final StringProperty maxTipPercent = new SimpleStringProperty("");
    private final StringProperty offlineLoginDays = new SimpleStringProperty("");

    public ProfileViewModel(BusinessAdmin admin, Background work) {
        super(admin, work);
    }

    @Override
    void fill(Business business) {
        Map<String, Object> s = business.settings();
        name.set(business.name());
        currency.set(text(s, "currency"));
        locale.set(text(s, "locale"));
        timezone.set(text(s, "timezone"));
        dayStartsAt.set(text(s, "business_day_starts_at"));
        orderPrefix.set(text(s, "order_prefix"));
        receiptFooter.set(text(s, "receipt_footer"));
        maxTipPercent.set(text(s, "max_tip_percent"));
        offlineLoginDays.set(text(s, "offline_login_days"));
    }

    @Override
    Change change() {
        if (name.get().isBlank()) {
            return refuse("name", Phrase.of("console.form.required"));
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("currency", currency.get().trim().toUpperCase(java.util.Locale.ROOT));
        settings.put("locale", locale.get().trim());
        settings.put("timezone", timezone.get().trim());
        settings.put("business_day_starts_at", dayStartsAt.get().trim());
        settings.put("order_prefix", orderPrefix.get().trim());
        settings.put("receipt_footer", receiptFooter.get());
        for (String key : new String[] {"max_tip_percent", "offline_login_days"}) {
            String typed = (key.equals("max_tip_percent") ? maxTipPercent : offlineLoginDays).get().trim();
            if (typed.isEmpty()) {
                settings.put(key, null);
                continue;
            }
            try {
                settings.put(key, Integer.parseInt(typed));
            } catch (NumberFormatException e) {
                return refuse(key, Phrase.of("console.form.whole"));
            }
        }
        return new Change(name.get().trim(), settings, null);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty localeProperty() {
        return locale;
    }

    public StringProperty timezoneProperty() {
        return timezone;
    }

    public StringProperty dayStartsAtProperty() {
        return dayStartsAt;
    }

    public StringProperty orderPrefixProperty() {
        return orderPrefix;
    }

    public StringProperty receiptFooterProperty() {
        return receiptFooter;
    }

    public StringProperty maxTipPercentProperty() {
        return maxTipPercent;
    }

    public StringProperty offlineLoginDaysProperty() {
        return offlineLoginDays;
    }
}
