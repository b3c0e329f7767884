package cloud.olympus.fx.timeclock;

import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.api.TimeClock;
import java.util.List;
import java.util.Locale;

/** What a person can do with their time clock; which of them fits depends on where it stands. */
public enum ClockAction {
    CLOCK_IN, BREAK_START, BREAK_END, CLOCK_OUT;

    /**
     * The actions that fit {@code clock}, the one most likely wanted first: clocking in when off; a
     * break, or clocking out, while working; ending the break while on one (clocking out ends it too).
     */
    public static List<ClockAction> available(TimeClock clock) {
        return switch (clock.state()) {
            case OFF -> List.of(CLOCK_IN);
            case WORKING -> List.of(BREAK_START, CLOCK_OUT);
            case ON_BREAK -> List.of(BREAK_END, CLOCK_OUT);
        };
    }

    /** Asks the server to do it; answers where the clock stands afterwards. */
    public TimeClock perform(OlympusApi api) {
        return switch (this) {
            case CLOCK_IN -> api.clockIn();
            case BREAK_START -> api.startBreak();
            case BREAK_END -> api.endBreak();
            case CLOCK_OUT -> api.clockOut();
        };
    }

    /** The bundle key of the button's words, e.g. {@code clock.action.clock_in}. */
    public String messageKey() {
        return "clock.action." + name().toLowerCase(Locale.ROOT);
    }
}
