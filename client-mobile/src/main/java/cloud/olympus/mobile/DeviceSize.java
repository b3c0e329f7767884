package cloud.olympus.mobile;

import java.util.List;

/** The windows the app opens on the desktop, standing in for the devices it runs on. */
enum DeviceSize {
    TABLET(1280, 800, "tablet"),
    TABLET_PORTRAIT(800, 1280, "tablet-portrait"),
    PHONE(390, 844, "phone");

    /** From this width on, the app lays out as on a tablet: a side rail and two panes. */
    static final double TABLET_FROM = 900;

    private final double width;
    private final double height;
    private final String label;

    DeviceSize(double width, double height, String label) {
        this.width = width;
        this.height = height;
        this.label = label;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** The name in screenshot files. */
    String label() {
        return label;
    }

    /** {@code --phone}, {@code --tablet} (the default) and {@code --portrait}. */
    static DeviceSize from(List<String> flags) {
        if (flags.contains("--phone")) {
            return PHONE;
        }
        return flags.contains("--portrait") ? TABLET_PORTRAIT : TABLET;
    }
}
