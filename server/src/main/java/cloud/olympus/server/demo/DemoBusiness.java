package cloud.olympus.server.demo;

import cloud.olympus.model.tenant.Industry;
import cloud.olympus.server.auth.User;
import cloud.olympus.server.auth.UserAccounts;
import cloud.olympus.server.commerce.OrderHistory;
import cloud.olympus.server.customer.Customer;
import cloud.olympus.server.customer.Customers;
import cloud.olympus.server.customer.Loyalty;
import cloud.olympus.server.inventory.Catalogue;
import cloud.olympus.server.inventory.Item;
import cloud.olympus.server.inventory.NewItem;
import cloud.olympus.server.inventory.StockLedger;
import cloud.olympus.server.platform.TenantSettings;
import cloud.olympus.server.platform.Tenants;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills one demo business, in one transaction: its catalogue, its customers, its past orders
 * with the stock they sold and the points they earned, and its staff with the shifts and time
 * clock that served those orders. A business that already has a catalogue is
 * left as it is.
 */
@Component
class DemoBusiness {

    private final Tenants tenants;
    private final Catalogue catalogue;
    private final StockLedger ledger;
    private final Customers customers;
    private final Loyalty loyalty;
    private final OrderHistory history;
    private final UserAccounts users;
    private final DemoWorkforce workforce;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int historyDays;
    private final int customerCount;

    DemoBusiness(Tenants tenants, Catalogue catalogue, StockLedger ledger, Customers customers, Loyalty loyalty,
                 OrderHistory history, UserAccounts users, DemoWorkforce workforce, TransactionTemplate tx, Clock clock,
                 @Value("${olympus.demo-history-days:90}") int historyDays,
                 @Value("${olympus.demo-customers:300}") int customerCount) {
        this.tenants = tenants;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.customers = customers;
        this.loyalty = loyalty;
        this.history = history;
        this.users = users;
        this.workforce = workforce;
        this.tx = tx;
        this.clock = clock;
        this.historyDays = historyDays;
        this.customerCount = customerCount;
    }

    /** Answers how many past orders were written; 0 when the business was filled before. */
    int fill(UUID tenantId, String slug, Industry industry, boolean location) {
        tenants.adoptPresetDefaults(tenantId);
        return TenantContext.callAs(tenantId, () -> tx.execute(status -> {
            if (!catalogue.page(null, null, null, null, null, 1).isEmpty()) {
                return 0;
            }
            TenantSettings settings = tenants.settingsOf(tenantId);
            Random random = new Random(slug.hashCode());
            List<DemoCatalogue.Entry> entries = DemoCatalogue.of(industry);
            Map<String, Integer> popularity = new HashMap<>();
            Map<UUID, DemoCatalogue.Entry> entryOf = new HashMap<>();
            for (DemoCatalogue.Entry e : entries) {
                Item item = catalogue.create(new NewItem(e.sku(), e.name(), e.category(), money(e.cost()), new BigDecimal(e.price()),
                        0, e.minStock(), e.tracked() ? e.stock() * 3 : null, e.barcode(), e.taxClass(), true, e.tracked(), false,
                        e.modifiers(), Map.of(), null), null);
                popularity.put(e.sku(), e.popularity());
                entryOf.put(item.id(), e);
            }
            List<UUID> customerIds = customers.importAll(DemoPeople.customers(location ? customerCount / 2 : customerCount, random),
                    clock.instant().minus(java.time.Duration.ofDays(historyDays + 30))).stream().map(Customer::id).toList();
            UUID cashier = users.findByEmail("cashier@" + slug + ".example").map(User::id).orElse(null);
            List<Item> items = catalogue.page(null, null, null, null, null, 500);
            LocalDate today = settings.businessDate(clock.instant());
            DemoHistory.Result past = new DemoHistory(industry, settings, items, popularity, customerIds, cashier,
                    random.nextLong(), location ? 0.8 : 1.0).generate(today, historyDays);
            history.importOrders(past.orders());
            int n = 0;
            for (Item item : items) {
                if (!item.trackStock()) {
                    continue;
                }
                DemoCatalogue.Entry entry = entryOf.get(item.id());
                // Every fifth stocked item has run low, so there is something to reorder.
                int target = n++ % 5 == 4 ? Math.max(0, entry.minStock() - 2) : entry.stock();
                SortedMap<java.time.Instant, Integer> sold = past.sales().getOrDefault(item.id(), new TreeMap<>());
                int total = sold.values().stream().mapToInt(Integer::intValue).sum();
                ledger.importHistory(item.id(), target + total, past.start(), sold);
            }
            loyalty.importEarnings(past.earnings());
            int firstName = 9 * DemoTenants.ALL.stream().map(DemoTenants.DemoTenant::slug).toList().indexOf(slug);
            workforce.fill(tenantId, slug, industry, location, settings, past.orders(), today, random.nextLong(), firstName);
            return past.orders().size();
        }));
    }

    private static BigDecimal money(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
