package cloud.olympus.desktop.pos;

import cloud.olympus.fx.i18n.MoneyFormat;
import cloud.olympus.client.api.CatalogueItem;
import cloud.olympus.client.api.TenantProfile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A small restaurant catalogue and its tenant, for view-model tests. */
final class Fixtures {

    static final TenantProfile RESTAURANT = new TenantProfile(UUID.randomUUID(), "trattoria", "Trattoria", "restaurant", "USD",
            "en-US", Map.of("standard", new BigDecimal("0.0875"), "alcohol", new BigDecimal("0.10")), false, "Trattoria", "#C0392B",
            null, "Grazie!", Map.of("kitchen_display", true, "tips", true), 20, null);
    /** A shop that takes no tips, as retail businesses start. */
    static final TenantProfile SHOP = new TenantProfile(UUID.randomUUID(), "corner-shop", "Corner Shop", "retail", "USD",
            "en-US", Map.of("standard", new BigDecimal("0.0825")), false, "Corner Shop", "#2E86C1", null, null, Map.of(), null, null);

    /** Dollars, as an English-speaking till writes them. */
    static final MoneyFormat MONEY = new MoneyFormat(java.util.Locale.ENGLISH, "USD");

    static final CatalogueItem.ModifierGroup SIZE = new CatalogueItem.ModifierGroup("Size", true, 1, 1,
            List.of(new CatalogueItem.Option("Regular", BigDecimal.ZERO), new CatalogueItem.Option("Large", new BigDecimal("4.00"))));
    static final CatalogueItem.ModifierGroup EXTRAS = new CatalogueItem.ModifierGroup("Extras", false, 0, 2,
            List.of(new CatalogueItem.Option("Olives", new BigDecimal("1.00")), new CatalogueItem.Option("Basil", new BigDecimal("0.50")),
                    new CatalogueItem.Option("Chili", new BigDecimal("0.50"))));

    static final CatalogueItem PIZZA = item("PIZ", "Pizza Margherita", "Pizza", "13.00", "standard", List.of(SIZE, EXTRAS));
    static final CatalogueItem COLA = item("COLA", "Coca-Cola", "Drinks", "3.50", "standard", List.of());
    static final CatalogueItem WINE = item("WINE", "Chianti", "Wine", "11.00", "alcohol", List.of());

    static CatalogueItem item(String sku, String name, String category, String price, String taxClass,
                              List<CatalogueItem.ModifierGroup> groups) {
        return new CatalogueItem(UUID.randomUUID(), sku, name, category, new BigDecimal(price), taxClass, null, true, false, 0,
                false, groups, null);
    }

    static final UUID TERMINAL = UUID.randomUUID();

    /** Where and when a test sale is rung: this terminal, now, online. */
    static CartViewModel.Sale sale() {
        return new CartViewModel.Sale(TERMINAL, null, java.time.Instant.now(), false);
    }

    private Fixtures() {
    }
}
