package cloud.olympus.desktop.console;

import java.util.ArrayList;
import java.util.List;

/** The console's screens in the order the navigation offers them; each decides who may open it. */
public final class ConsoleScreens {

    private ConsoleScreens() {
    }

    /** Every screen of the console for {@code context}, allowed or not. */
    public static List<ConsoleScreen> all(ConsoleContext context) {
        List<ConsoleScreen> screens = new ArrayList<>();
        // One line per screen, in navigation order.
        screens.add(new cloud.olympus.desktop.console.dashboard.DashboardScreen(context));
        screens.add(new cloud.olympus.desktop.console.orders.OrdersScreen(context));
        screens.add(new cloud.olympus.desktop.console.review.ReviewScreen(context));
        screens.add(new cloud.olympus.desktop.console.catalogue.CatalogueScreen(context));
        screens.add(new cloud.olympus.desktop.console.customers.CustomersScreen(context));
        screens.add(new cloud.olympus.desktop.console.staff.StaffScreen(context));
        screens.add(new cloud.olympus.desktop.console.assistant.AssistantScreen(context));
        screens.add(new cloud.olympus.desktop.console.reports.ReportsScreen(context));
        screens.add(new cloud.olympus.desktop.console.settings.SettingsScreen(context));
        return List.copyOf(screens);
    }
}
