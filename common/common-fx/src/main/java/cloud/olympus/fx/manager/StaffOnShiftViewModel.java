package cloud.olympus.fx.manager;

import cloud.olympus.client.manager.BusinessDay;
import cloud.olympus.client.manager.Labour;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.client.manager.ShiftEntry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Who is at work now (since when, their shift, on a break or not) and what today's labour has cost against its sales. */
public final class StaffOnShiftViewModel {

    /** The calls behind the screen; {@link #of(ManagerApi)} makes them over HTTP. */
    public interface Source {
        List<ShiftEntry> onShift(Instant now);

        Labour labour(LocalDate day);

        static Source of(ManagerApi api) {
            return new Source() {
                @Override
                public List<ShiftEntry> onShift(Instant now) {
                    return api.onShift(now);
                }

                @Override
                public Labour labour(LocalDate day) {
                    return api.labour(day, null);
                }
            };
        }
    }

    /** The screen's figures as kept. */
    public record StaffToday(List<ShiftEntry> onShift, Labour labour) {
        public StaffToday {
            onShift = onShift == null ? List.of() : List.copyOf(onShift);
        }
    }

    private final Source source;
    private final ScreenFigures<StaffToday> figures;
    private final Clock clock;
    private final BusinessDay days;
    private final ObservableList<ShiftEntry> people = FXCollections.observableArrayList();
    private final ObservableList<ShiftEntry> peopleView = FXCollections.unmodifiableObservableList(people);
    private final ReadOnlyObjectWrapper<Labour.Totals> totals = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> currency = new ReadOnlyObjectWrapper<>();

    public StaffOnShiftViewModel(Source source, ScreenFigures<StaffToday> figures, Clock clock, BusinessDay days) {
        this.source = source;
        this.figures = figures;
        this.clock = clock;
        this.days = days;
        figures.valueProperty().addListener((obs, old, now) -> {
            people.setAll(now == null ? List.of() : now.onShift().stream()
                    .sorted(Comparator.comparing(ShiftEntry::clockIn)).toList());
            totals.set(now == null || now.labour() == null ? null : now.labour().totals());
            currency.set(now == null || now.labour() == null ? null : now.labour().currency());
        });
    }

    public ScreenFigures<StaffToday> figures() {
        return figures;
    }

    /** Who is clocked in, first in first. */
    public ObservableList<ShiftEntry> people() {
        return peopleView;
    }

    /** Today's labour and sales so far; null before loaded. */
    public ReadOnlyObjectProperty<Labour.Totals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    /** The labour cost so far, zero before loaded. */
    public BigDecimal labourCost() {
        return totals.get() == null || totals.get().labourCost() == null ? BigDecimal.ZERO : totals.get().labourCost();
    }

    /** Who is at work now, and the labour of the business day under way (from the business's day start, on its clock). */
    public void refresh() {
        Instant now = clock.instant();
        LocalDate today = days.dateAt(now);
        figures.load(() -> new StaffToday(source.onShift(now), source.labour(today)));
    }
}
