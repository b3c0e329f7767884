package cloud.olympus.mobile;

import java.util.List;

/** The windows the app opens on the desktop, standing in for the devices it runs on. */
enum DeviceSize {
    TABLET(1280, 800, "tablet"),
    TABLET_PORTRAIT(800, 1280, "tablet-portrait"),
    PHONE(390, 844, "phone");

    /** From this width on, the app lays out as on a tablet: a side rail and two panes. */
    static final double TABLET_FROM = 900;
    /** A window whose shorter side is at least this is a tablet's, held either way (800 × 1280 upright). */
    static final double TABLET_SHORT_SIDE = 600;

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

    /** Whether a window of this size is laid out as a tablet's; a window not shown yet (0 × 0) counts as one. */
    static boolean tablet(double width, double height) {
        return width == 0 || width >= TABLET_FROM || Math.min(width, height) >= TABLET_SHORT_SIDE;
    }

    /** Whether {@code node}'s window is a tablet's. */
    static boolean tablet(javafx.scene.Node node) {
        javafx.scene.Scene scene = node.getScene();
        return scene == null || tablet(scene.getWidth(), scene.getHeight());
    }

    /** {@code --phone}, {@code --tablet} (the default) and {@code --portrait}. */
    static DeviceSize from(List<String> flags) {
        if (flags.contains("--phone")) {
            return PHONE;
        }
        return flags.contains("--portrait") ? TABLET_PORTRAIT : TABLET;
    }
}
