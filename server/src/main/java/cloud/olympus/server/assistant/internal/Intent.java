package cloud.olympus.server.assistant.internal;

import java.util.Locale;

/**
 * What a question asks for. The family says which intents may be asked about together: a sales
 * word alongside a stock, customer or staff question only narrows that question, while two of the
 * other families in one question make it ambiguous.
 */
public enum Intent {
    HELP(Family.HELP, false),
    SALES_FORECAST(Family.SALES, true),
    SALES_COMPARE(Family.SALES, false),
    AVERAGE_ORDER(Family.SALES, false),
    ORDERS_COUNT(Family.SALES, false),
    PAYMENT_MIX(Family.SALES, false),
    TOP_CATEGORIES(Family.SALES, false),
    TOP_PRODUCTS(Family.SALES, false),
    SALES_TOTAL(Family.SALES, false),
    STOCK_OUT(Family.STOCK, true),
    LOW_STOCK(Family.STOCK, false),
    AT_RISK_CUSTOMERS(Family.CUSTOMERS, false),
    BEST_CUSTOMERS(Family.CUSTOMERS, false),
    UNDERSTAFFED(Family.STAFF, false),
    LABOUR_COST(Family.STAFF, false);

    public enum Family { HELP, SALES, STOCK, CUSTOMERS, STAFF }

    private final Family family;
    private final boolean lookingAhead;

    Intent(Family family, boolean lookingAhead) {
        this.family = family;
        this.lookingAhead = lookingAhead;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Family family() {
        return family;
    }

    /** Whether its dates are in the future: a weekday named is the next one, not the last. */
    public boolean lookingAhead() {
        return lookingAhead;
    }
}
