package cloud.olympus.fx.timeclock;

import cloud.olympus.client.api.TimeClock;
import cloud.olympus.fx.i18n.Phrase;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How a time clock reads on every device: off the clock, working since, on a break since, and the time so far. */
public final class ClockTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ClockTexts() {
    }

    /** Where the clock stands, with the time it started: {@code Working since 09:02}. */
    public static Phrase status(TimeClock clock, ZoneId zone) {
        return switch (clock.state()) {
            case OFF -> Phrase.of("clock.state.off");
            case WORKING -> Phrase.of("clock.state.working", TIME.format(clock.entry().clockIn().atZone(zone)));
            case ON_BREAK -> Phrase.of("clock.state.on_break", TIME.format(
                    (clock.entry().breakSince() == null ? clock.entry().clockIn() : clock.entry().breakSince()).atZone(zone)));
        };
    }

    /** The time worked so far in the open entry, {@code 3 h 12 min}; nothing when off the clock. */
    public static Phrase worked(TimeClock clock) {
        if (clock.state() == TimeClock.State.OFF) {
            return Phrase.NONE;
        }
        return Phrase.of("clock.worked", clock.workedMinutes() / 60, clock.workedMinutes() % 60);
    }
}
