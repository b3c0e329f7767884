package cloud.olympus.desktop.console.staff;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The week a staff list shows: Monday to Sunday in the business's time zone, turned a week at a time. */
public final class WeekShown {

    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<LocalDate> monday;

    public WeekShown(ZoneId zone, LocalDate today) {
        this.zone = zone;
        this.monday = new ReadOnlyObjectWrapper<>(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The Monday the week starts on. */
    public ReadOnlyObjectProperty<LocalDate> mondayProperty() {
        return monday.getReadOnlyProperty();
    }

    public LocalDate monday() {
        return monday.get();
    }

    /** When the week starts, in the business's time zone. */
    public Instant from() {
        return monday.get().atStartOfDay(zone).toInstant();
    }

    /** When the next week starts. */
    public Instant to() {
        return monday.get().plusDays(7).atStartOfDay(zone).toInstant();
    }

    /** Shows the week {@code weeks} later (earlier when negative). */
    public void turn(int weeks) {
        monday.set(monday.get().plusWeeks(weeks));
    }
}
