package cloud.olympus.installers;

/**
 * The three apps Olympus installs on people's machines, as the installers name and describe them.
 *
 * @param id          the package and launcher name: {@code olympus-desktop} installs to {@code /opt/olympus-desktop}
 * @param title       what menus and the Windows and macOS installers show
 * @param module      the Maven module that builds the app
 * @param mainClass   the launcher that starts JavaFX from the class path
 * @param description one line for the package managers and the menu entry
 * @param upgradeUuid keeps one Windows installation per app across versions
 */
public record App(String id, String title, String module, String mainClass, String description, String upgradeUuid) {

    public static final App DESKTOP = new App("olympus-desktop", "Olympus", "client-desktop",
            "cloud.olympus.desktop.Launcher",
            "Olympus point of sale and back-office console for restaurants, shops, salons and hotels",
            "5d0c1b8e-6a51-4f0e-9b8e-2f6b1c3d7a01");
    public static final App MANAGER = new App("olympus-manager", "Olympus Manager", "client-mobile",
            "cloud.olympus.mobile.Launcher",
            "Olympus for managers: the day's sales, staff and approvals at a glance",
            "5d0c1b8e-6a51-4f0e-9b8e-2f6b1c3d7a02");
    public static final App WATCH = new App("olympus-watch", "Olympus Watch", "client-watch",
            "cloud.olympus.watch.Launcher",
            "Olympus on the wrist: kitchen tickets, orders ready and alerts in huge type",
            "5d0c1b8e-6a51-4f0e-9b8e-2f6b1c3d7a03");

    public static java.util.List<App> all() {
        return java.util.List.of(DESKTOP, MANAGER, WATCH);
    }

    public static App named(String id) {
        return all().stream().filter(app -> app.id().equals(id) || app.id().equals("olympus-" + id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No app called " + id + "; there are "
                        + all().stream().map(App::id).toList()));
    }
}
