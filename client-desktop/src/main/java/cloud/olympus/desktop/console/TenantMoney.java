package cloud.olympus.desktop.console;

import cloud.olympus.fx.i18n.MoneyFormat;

/**
 * The business's currency as the console writes amounts in: from the till's kept catalogue when it
 * has one, else asked of the server once. Until it is known, amounts are written as plain numbers.
 */
public final class TenantMoney {

    private final ConsoleContext context;
    private volatile MoneyFormat format;

    public TenantMoney(ConsoleContext context) {
        this.context = context;
    }

    /** Runs {@code then} on the UI thread once the currency is known (at once when it already is). */
    public void whenKnown(Runnable then) {
        if (format != null) {
            then.run();
            return;
        }
        context.background().execute(() -> {
            String currency;
            try {
                currency = context.till().catalogue().current().map(s -> s.tenant().currency())
                        .orElseGet(() -> context.api().tenant().currency());
            } catch (RuntimeException e) {
                currency = null;
            }
            String known = currency;
            context.ui().execute(() -> {
                if (known != null) {
                    format = MoneyFormat.of(context.messages(), known);
                }
                then.run();
            });
        });
    }

    /** The format to write amounts with; plain numbers at two decimals while the currency is not known. */
    public MoneyFormat format() {
        MoneyFormat known = format;
        return known != null ? known : MoneyFormat.of(context.messages(), "XXX");
    }
}
