package cloud.olympus.server.demo;

import cloud.olympus.model.tenant.Industry;
import cloud.olympus.server.inventory.ModifierGroup;
import cloud.olympus.server.inventory.ModifierGroup.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What each kind of demo business sells, with how popular each item is. */
final class DemoCatalogue {

    /** An item to seed; {@code popularity} weighs how often orders pick it, {@code stock} is 0 when untracked. */
    record Entry(String sku, String name, String category, String price, String cost, String taxClass, int stock,
                 int minStock, String barcode, int popularity, List<ModifierGroup> modifiers) {

        boolean tracked() {
            return stock > 0;
        }
    }

    private DemoCatalogue() {
    }

    static List<Entry> of(Industry industry) {
        return switch (industry) {
            case RESTAURANT -> restaurant();
            case RETAIL -> retail();
            case SALON -> salon();
            case HOSPITALITY -> hotel();
        };
    }

    private static List<Entry> restaurant() {
        List<ModifierGroup> pizza = List.of(
                group("Size", true, 1, 1, "Regular", "0", "Large", "4.00"),
                group("Extras", false, 0, 3, "Olives", "1.00", "Buffalo mozzarella", "2.50", "Chili oil", "0.50"));
        List<ModifierGroup> pasta = List.of(group("Pasta", true, 1, 1, "Spaghetti", "0", "Penne", "0", "Gluten-free", "2.00"));
        List<ModifierGroup> coffee = List.of(
                group("Milk", false, 0, 1, "Whole", "0", "Oat", "0.60", "Almond", "0.60"),
                group("Shot", false, 0, 2, "Extra shot", "0.80", "Decaf", "0"));
        List<ModifierGroup> steak = List.of(group("Cooking", true, 1, 1, "Rare", "0", "Medium rare", "0", "Medium", "0", "Well done", "0"));
        List<ModifierGroup> glass = List.of(group("Serve", true, 1, 1, "Glass", "0", "Bottle", "24.00"));
        return List.of(
                food("ANT-BRU", "Bruschetta al pomodoro", "Antipasti", "8.50", "2.10", 40, List.of()),
                food("ANT-BUR", "Burrata with heirloom tomatoes", "Antipasti", "14.00", "4.80", 22, List.of()),
                food("ANT-CAL", "Fried calamari", "Antipasti", "13.50", "4.10", 25, List.of()),
                food("PIZ-MAR", "Pizza Margherita", "Pizza", "13.00", "3.20", 60, pizza),
                food("PIZ-DIA", "Pizza Diavola", "Pizza", "15.50", "3.90", 38, pizza),
                food("PIZ-FUN", "Pizza ai funghi", "Pizza", "15.00", "3.70", 26, pizza),
                food("PAS-CAR", "Carbonara", "Pasta", "17.00", "3.80", 45, pasta),
                food("PAS-BOL", "Ragù alla bolognese", "Pasta", "17.50", "4.10", 40, pasta),
                food("PAS-PES", "Pesto genovese", "Pasta", "16.00", "3.40", 24, pasta),
                food("SEC-BIS", "Bistecca (300 g)", "Secondi", "34.00", "13.50", 14, steak),
                food("SEC-BRA", "Branzino al forno", "Secondi", "28.00", "10.20", 12, List.of()),
                food("DOL-TIR", "Tiramisù", "Dolci", "8.00", "1.90", 30, List.of()),
                food("DOL-PAN", "Panna cotta", "Dolci", "7.50", "1.60", 18, List.of()),
                food("BEV-ESP", "Espresso", "Coffee", "3.00", "0.35", 50, coffee),
                food("BEV-CAP", "Cappuccino", "Coffee", "4.20", "0.55", 35, coffee),
                stocked("BEV-ACQ", "San Pellegrino 750 ml", "Drinks", "5.00", "1.20", "standard", 240, 48, "8002270014901", 30),
                stocked("BEV-COK", "Coca-Cola 330 ml", "Drinks", "3.50", "0.70", "standard", 300, 60, "5449000000996", 35),
                stocked("VIN-CHI", "Chianti Classico", "Wine", "11.00", "4.20", "alcohol", 120, 24, null, 28, glass),
                stocked("VIN-PRO", "Prosecco DOC", "Wine", "10.00", "3.60", "alcohol", 120, 24, null, 24, glass),
                stocked("BIR-MOR", "Birra Moretti 330 ml", "Beer", "6.00", "1.40", "alcohol", 200, 48, "8005530000015", 26, List.of()));
    }

    private static List<Entry> retail() {
        List<Entry> items = new ArrayList<>();
        String[][] styles = {
                {"TEE", "Organic cotton tee", "Tops", "24.00", "7.50", "55"},
                {"HOOD", "Heavyweight hoodie", "Tops", "68.00", "22.00", "22"},
                {"SHIRT", "Oxford shirt", "Tops", "59.00", "18.00", "18"},
                {"JEAN", "Slim selvedge jeans", "Bottoms", "98.00", "31.00", "20"},
                {"CHINO", "Stretch chinos", "Bottoms", "72.00", "21.00", "16"},
                {"JKT", "Waxed field jacket", "Outerwear", "189.00", "64.00", "6"}};
        String[] sizes = {"S", "M", "L", "XL"};
        int[] sizeWeight = {2, 4, 3, 1};
        for (String[] style : styles) {
            for (int i = 0; i < sizes.length; i++) {
                int popularity = Integer.parseInt(style[5]) * sizeWeight[i] / 4;
                items.add(new Entry(style[0] + "-" + sizes[i], style[1] + " " + sizes[i], style[2], style[3], style[4],
                        "standard", 30 + 10 * sizeWeight[i], 6, null, Math.max(1, popularity), List.of()));
            }
        }
        items.add(stocked("SOCK-3", "Merino socks, 3 pairs", "Accessories", "29.00", "8.00", "standard", 80, 15, "0712345678911", 25));
        items.add(stocked("BELT", "Leather belt", "Accessories", "45.00", "12.00", "standard", 40, 8, "0712345678928", 10));
        items.add(stocked("CAP", "Canvas cap", "Accessories", "28.00", "7.00", "standard", 50, 10, "0712345678935", 12));
        items.add(stocked("TOTE", "Canvas tote bag", "Accessories", "18.00", "4.50", "reduced", 90, 15, "0712345678942", 18));
        items.add(new Entry("GIFT-WRAP", "Gift wrapping", "Services", "4.00", null, "exempt", 0, 0, null, 6, List.of()));
        return items;
    }

    private static List<Entry> salon() {
        List<ModifierGroup> length = List.of(group("Hair length", true, 1, 1, "Short", "0", "Medium", "10.00", "Long", "20.00"));
        return List.of(
                service("CUT-W", "Women's cut and style", "Cuts", "65.00", 40, length),
                service("CUT-M", "Men's cut", "Cuts", "38.00", 35, List.of()),
                service("CUT-K", "Kids' cut", "Cuts", "25.00", 10, List.of()),
                service("COL-ROOT", "Root colour", "Colour", "75.00", 18, List.of()),
                service("COL-FULL", "Full colour", "Colour", "120.00", 10, length),
                service("COL-BAL", "Balayage", "Colour", "185.00", 8, length),
                service("TRT-OLA", "Bond repair treatment", "Treatments", "45.00", 14, List.of()),
                service("BLOW", "Blow-dry", "Styling", "40.00", 20, length),
                stocked("PRD-SHA", "Repair shampoo 250 ml", "Products", "28.00", "9.00", "standard", 60, 12, "3474636397624", 12),
                stocked("PRD-CON", "Repair conditioner 250 ml", "Products", "30.00", "9.50", "standard", 60, 12, "3474636397631", 10),
                stocked("PRD-OIL", "Argan hair oil 100 ml", "Products", "36.00", "11.00", "standard", 40, 8, "3474636397648", 8),
                stocked("PRD-SPR", "Texture spray", "Products", "24.00", "7.00", "standard", 40, 8, "3474636397655", 6));
    }

    private static List<Entry> hotel() {
        return List.of(
                new Entry("ROOM-STD", "Standard room, one night", "Rooms", "189.00", null, "lodging", 0, 0, null, 30, List.of(
                        group("Rate", true, 1, 1, "Room only", "0", "Bed and breakfast", "28.00"))),
                new Entry("ROOM-DLX", "Deluxe sea-view room, one night", "Rooms", "269.00", null, "lodging", 0, 0, null, 14, List.of(
                        group("Rate", true, 1, 1, "Room only", "0", "Bed and breakfast", "28.00"))),
                new Entry("ROOM-STE", "Harbour suite, one night", "Rooms", "449.00", null, "lodging", 0, 0, null, 4, List.of()),
                food("BRK-BUF", "Breakfast buffet", "Restaurant", "26.00", "7.00", 30, List.of()),
                food("BAR-SPR", "Aperol spritz", "Bar", "13.00", "2.40", 18, List.of()),
                new Entry("SPA-MAS", "Massage, 60 minutes", "Spa", "120.00", null, "standard", 0, 0, null, 8, List.of()),
                new Entry("PARK", "Valet parking, one day", "Services", "35.00", null, "standard", 0, 0, null, 12, List.of()),
                stocked("MB-WAT", "Minibar still water", "Minibar", "4.00", "0.50", "standard", 400, 80, null, 20),
                stocked("MB-CHO", "Minibar chocolate", "Minibar", "6.00", "1.20", "standard", 200, 40, null, 10),
                stocked("MB-WIN", "Minibar half bottle of wine", "Minibar", "24.00", "7.00", "standard", 120, 24, null, 6));
    }

    private static Entry food(String sku, String name, String category, String price, String cost, int popularity,
                              List<ModifierGroup> modifiers) {
        return new Entry(sku, name, category, price, cost, "standard", 0, 0, null, popularity, modifiers);
    }

    private static Entry service(String sku, String name, String category, String price, int popularity,
                                 List<ModifierGroup> modifiers) {
        return new Entry(sku, name, category, price, null, "services", 0, 0, null, popularity, modifiers);
    }

    private static Entry stocked(String sku, String name, String category, String price, String cost, String taxClass,
                                 int stock, int min, String barcode, int popularity) {
        return stocked(sku, name, category, price, cost, taxClass, stock, min, barcode, popularity, List.of());
    }

    private static Entry stocked(String sku, String name, String category, String price, String cost, String taxClass,
                                 int stock, int min, String barcode, int popularity, List<ModifierGroup> modifiers) {
        return new Entry(sku, name, category, price, cost, taxClass, stock, min, barcode, popularity, modifiers);
    }

    private static ModifierGroup group(String name, boolean required, int min, int max, String... optionsAndPrices) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < optionsAndPrices.length; i += 2) {
            options.add(new Option(optionsAndPrices[i], new BigDecimal(optionsAndPrices[i + 1])));
        }
        return new ModifierGroup(name, required, min, max, options);
    }
}
