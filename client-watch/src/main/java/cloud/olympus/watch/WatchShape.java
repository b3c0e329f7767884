package cloud.olympus.watch;

import java.util.Locale;

/** The two faces the watch app is made for: a round one and a rectangular one, in device-independent pixels. */
public enum WatchShape {
    ROUND(454, 454), RECTANGULAR(396, 484);

    private final double width;
    private final double height;

    WatchShape(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The style class the face's root carries: {@code round} or {@code rectangular}. */
    public String styleClass() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code round} or anything else (rectangular, the default). */
    public static WatchShape parse(String value) {
        return value != null && value.trim().equalsIgnoreCase("round") ? ROUND : RECTANGULAR;
    }
}
