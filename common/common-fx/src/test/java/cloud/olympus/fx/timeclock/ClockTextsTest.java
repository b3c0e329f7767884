package cloud.olympus.fx.timeclock;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.api.TimeClock;
import cloud.olympus.fx.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a time clock reads, in the wearer's language and time zone. */
class ClockTextsTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Instant NINE_UTC = Instant.parse("2026-11-27T09:02:00Z");

    @Test
    void offWorkingAndOnABreakReadAsTheyShould() {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        TimeClock.Entry entry = new TimeClock.Entry(UUID.randomUUID(), null, NINE_UTC, NINE_UTC.plusSeconds(3 * 3600));
        assertThat(english.text(ClockTexts.status(TimeClock.OFF, MADRID))).isEqualTo("Off the clock");
        assertThat(english.text(ClockTexts.worked(TimeClock.OFF))).isEmpty();
        TimeClock working = new TimeClock(TimeClock.State.WORKING, entry, 192, 0);
        assertThat(english.text(ClockTexts.status(working, MADRID))).isEqualTo("Working since 10:02");
        assertThat(english.text(ClockTexts.worked(working))).isEqualTo("3 h 12 min worked");
        TimeClock onBreak = new TimeClock(TimeClock.State.ON_BREAK, entry, 180, 4);
        assertThat(Messages.forLocale(Locale.GERMAN).text(ClockTexts.status(onBreak, MADRID))).isEqualTo("In der Pause seit 13:02");
        assertThat(Messages.forLocale(Locale.FRENCH).text(ClockTexts.worked(new TimeClock(TimeClock.State.WORKING, entry, 65, 0))))
                .isEqualTo("1 h 05 travaillées");
    }

    @Test
    void theButtonsFitWhereTheClockStands() {
        TimeClock.Entry entry = new TimeClock.Entry(UUID.randomUUID(), null, NINE_UTC, null);
        assertThat(ClockAction.available(TimeClock.OFF)).containsExactly(ClockAction.CLOCK_IN);
        assertThat(ClockAction.available(new TimeClock(TimeClock.State.WORKING, entry, 1, 0)))
                .containsExactly(ClockAction.BREAK_START, ClockAction.CLOCK_OUT);
        assertThat(ClockAction.available(new TimeClock(TimeClock.State.ON_BREAK, entry, 1, 0)))
                .containsExactly(ClockAction.BREAK_END, ClockAction.CLOCK_OUT);
        for (ClockAction action : ClockAction.values()) {
            for (Locale locale : Messages.SUPPORTED) {
                assertThat(Messages.forLocale(locale).has(action.messageKey())).as(locale + " " + action).isTrue();
            }
        }
    }
}
