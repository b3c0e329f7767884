package cloud.olympus.fx.manager;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.manager.BusinessDay;
import cloud.olympus.client.manager.Labour;
import cloud.olympus.client.manager.ShiftEntry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who is at work, first in first, and the day's labour; nobody at work is an empty list, not a problem. */
class StaffOnShiftViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");

    @Test
    void peopleAtWorkFirstInFirstWithTheDaysLabour() {
        ShiftEntry late = entry("Marco", "2026-11-27T12:00:00Z", new ShiftEntry.Break(Instant.parse("2026-11-27T14:50:00Z"), null));
        ShiftEntry early = entry("Giulia", "2026-11-27T08:00:00Z", null);
        StaffOnShiftViewModel model = model(List.of(late, early),
                new Labour(LocalDate.of(2026, 11, 27), "EUR", "Europe/Rome",
                        new Labour.Totals(new BigDecimal("900.00"), 40, new BigDecimal("180.00"), 2, new BigDecimal("20.0"))));

        model.refresh();

        assertThat(model.people()).extracting(ShiftEntry::name).containsExactly("Giulia", "Marco");
        assertThat(model.people().get(1).onBreak()).isTrue();
        assertThat(model.labourCost()).isEqualByComparingTo("180.00");
        assertThat(model.currencyProperty().get()).isEqualTo("EUR");
        assertThat(model.totalsProperty().get().labourPercent()).isEqualByComparingTo("20.0");
    }

    @Test
    void nobodyAtWorkIsAnEmptyListAndNoCost() {
        StaffOnShiftViewModel model = model(List.of(), null);

        model.refresh();

        assertThat(model.people()).isEmpty();
        assertThat(model.labourCost()).isEqualByComparingTo("0");
        assertThat(model.figures().problemProperty().get().isNone()).isTrue();
    }

    @Test
    void afterMidnightBeforeTheDayStartsTheLabourIsOfTheDayStillUnderWay() {
        List<LocalDate> asked = new java.util.ArrayList<>();
        StaffOnShiftViewModel.Source source = new StaffOnShiftViewModel.Source() {
            @Override
            public List<ShiftEntry> onShift(Instant now) {
                return List.of();
            }

            @Override
            public Labour labour(LocalDate day) {
                asked.add(day);
                return null;
            }
        };
        // 02:00 in Rome on the 28th; the business's days start at 04:00.
        StaffOnShiftViewModel model = new StaffOnShiftViewModel(source, Fixtures.figures(StaffOnShiftViewModel.StaffToday.class),
                Clock.fixed(Instant.parse("2026-11-28T01:00:00Z"), ZoneOffset.UTC),
                new BusinessDay(ZoneId.of("Europe/Rome"), java.time.LocalTime.of(4, 0)));

        model.refresh();

        assertThat(asked).containsExactly(LocalDate.of(2026, 11, 27));
    }

    private static StaffOnShiftViewModel model(List<ShiftEntry> people, Labour labour) {
        StaffOnShiftViewModel.Source source = new StaffOnShiftViewModel.Source() {
            @Override
            public List<ShiftEntry> onShift(Instant now) {
                assertThat(now).isEqualTo(NOW);
                return people;
            }

            @Override
            public Labour labour(LocalDate day) {
                assertThat(day).isEqualTo(LocalDate.of(2026, 11, 27));
                return labour;
            }
        };
        return new StaffOnShiftViewModel(source, Fixtures.figures(StaffOnShiftViewModel.StaffToday.class),
                Clock.fixed(NOW, ZoneOffset.UTC), BusinessDay.midnight(ZoneId.of("Europe/Rome")));
    }

    private static ShiftEntry entry(String name, String clockIn, ShiftEntry.Break open) {
        return new ShiftEntry(UUID.randomUUID(), name, "server", Instant.parse(clockIn), null, null,
                open == null ? List.of() : List.of(open), 60, 0);
    }
}
