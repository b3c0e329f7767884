package cloud.olympus.server.assistant.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a question is about, read from normalised text on the business's calendar: named days
 * and periods (today, last week, this weekend, Saturday), the last N days, written dates (2026-11-03,
 * 3/11, 3.11., 3 novembre, 3. November, November 3, always day before month when in digits) and
 * months. A weekday or a date without a year is the last one for questions about the past, the next
 * one for questions looking ahead.
 */
final class DateExpressions {

    /** The days found, both included, and the text with their words taken out. */
    record Found(LocalDate from, LocalDate to, String rest) {
    }

    private record Words(Map<String, Integer> months, Map<String, DayOfWeek> weekdays, Map<Period, Pattern> periods,
                         Pattern lastDays) {
    }

    enum Period { TODAY, YESTERDAY, TOMORROW, THIS_WEEK, LAST_WEEK, NEXT_WEEK, THIS_MONTH, LAST_MONTH, WEEKEND }

    private static final Map<Language, Words> WORDS = new EnumMap<>(Language.class);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{4}|\\d{2})\\b|\\.|\\b)");

    static {
        WORDS.put(Language.EN, words(Language.EN,
                "january february march april may june july august september october november december",
                "monday tuesday wednesday thursday friday saturday sunday",
                "today|tonight|so far today", "yesterday", "tomorrow", "this week", "last week|previous week|past week",
                "next week", "this month", "last month|previous month|past month", "(this |last |next )?weekend",
                "(?:last|past|previous) (N) days"));
        WORDS.put(Language.ES, words(Language.ES,
                "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
                "lunes martes miercoles jueves viernes sabado domingo",
                "hoy", "ayer", "manana", "esta semana", "(la )?semana pasada|(la )?ultima semana", "(la )?proxima semana|semana que viene",
                "este mes", "(el )?mes pasado|(el )?ultimo mes", "(este |el )?fin de semana",
                "(?:los )?(?:ultimos|pasados) (N) dias"));
        WORDS.put(Language.FR, words(Language.FR,
                "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
                "lundi mardi mercredi jeudi vendredi samedi dimanche",
                "aujourd hui|ce jour", "hier", "demain", "cette semaine", "(la )?semaine (derniere|passee)",
                "(la )?semaine prochaine", "ce mois( ci)?", "(le )?mois (dernier|passe)", "(ce )?week end",
                "(?:les )?(N) derniers jours|(?:les )?derniers (N) jours"));
        WORDS.put(Language.DE, words(Language.DE,
                "januar februar marz april mai juni juli august september oktober november dezember",
                "montag dienstag mittwoch donnerstag freitag samstag sonntag",
                "heute", "gestern", "morgen", "diese woche|dieser woche", "letzte woche|letzten woche|vorige woche|vergangene woche",
                "nachste woche|nachsten woche|kommende woche", "diesen monat|dieser monat|diesem monat",
                "letzten monat|letzter monat|vormonat|vorigen monat|vergangenen monat", "(dieses |am |letztes )?wochenende",
                "(?:den |die )?(?:letzten|vergangenen) (N) tagen?"));
    }

    private DateExpressions() {
    }

    private static Words words(Language language, String months, String weekdays, String... periodsThenLastDays) {
        Map<String, Integer> monthNumbers = numbered(months);
        Map<String, DayOfWeek> days = new java.util.HashMap<>();
        numbered(weekdays).forEach((name, n) -> days.put(name, DayOfWeek.of(n)));
        Map<Period, Pattern> periods = new EnumMap<>(Period.class);
        for (Period period : Period.values()) {
            periods.put(period, Pattern.compile("\\b(?:" + periodsThenLastDays[period.ordinal()] + ")\\b"));
        }
        String lastDays = periodsThenLastDays[Period.values().length].replace("N", NumberWords.pattern(language));
        return new Words(monthNumbers, Map.copyOf(days), periods, Pattern.compile("\\b(?:" + lastDays + ")\\b"));
    }

    /** Each of the space-separated words with its place, from 1. */
    private static Map<String, Integer> numbered(String words) {
        Map<String, Integer> numbers = new java.util.HashMap<>();
        List<String> names = List.of(words.split(" "));
        for (int i = 0; i < names.size(); i++) {
            numbers.put(names.get(i), i + 1);
        }
        return Map.copyOf(numbers);
    }

    static Optional<Found> find(String text, Language language, LocalDate today, boolean ahead) {
        Words words = WORDS.get(language);
        String months = String.join("|", words.months().keySet());
        Pattern dayMonth = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)? (?:de )?(" + months + ")(?: (?:de )?(\\d{4}))?\\b");
        Pattern monthDay = Pattern.compile("\\b(" + months + ") (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?");
        Pattern monthAlone = Pattern.compile("\\b(?:in |en |im |au mois de |el mes de )?(" + months + ")(?: (?:de )?(\\d{4}))?\\b");
        List<Function<String, Optional<Found>>> readers = List.of(
                t -> first(ISO, t, m -> date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))),
                t -> first(NUMERIC, t, m -> dated(m.group(1), m.group(2), m.group(3), today, ahead)),
                t -> first(dayMonth, t, m -> dated(m.group(1), String.valueOf(words.months().get(m.group(2))), m.group(3), today, ahead)),
                t -> first(monthDay, t, m -> mayIsAMonth(m, language)
                        ? dated(m.group(2), String.valueOf(words.months().get(m.group(1))), m.group(3), today, ahead)
                        : Optional.empty()),
                t -> first(words.lastDays(), t, m -> lastDays(m, language, today)),
                t -> period(words, t, today, ahead),
                t -> weekday(words, t, today, ahead),
                t -> first(monthAlone, t, m -> mayIsAMonth(m, language) ? month(words.months().get(m.group(1)), m.group(2), today, ahead)
                        : Optional.empty()));
        for (Function<String, Optional<Found>> reader : readers) {
            Optional<Found> found = reader.apply(text);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** "may" is an English verb as often as a month: a month only beside a day, a year or "in". */
    private static boolean mayIsAMonth(Matcher m, Language language) {
        if (language != Language.EN || !m.group().contains("may")) {
            return true;
        }
        return m.group().trim().length() > "may".length();
    }

    private static Optional<Found> first(Pattern pattern, String text, Function<Matcher, Optional<Range>> read) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Optional<Range> range = read.apply(m);
            if (range.isPresent()) {
                return Optional.of(new Found(range.get().from(), range.get().to(), mask(text, m.start(), m.end())));
            }
        }
        return Optional.empty();
    }

    private record Range(LocalDate from, LocalDate to) {
        static Optional<Range> day(LocalDate day) {
            return Optional.of(new Range(day, day));
        }
    }

    private static Optional<Range> date(int year, int month, int day) {
        try {
            return Range.day(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Range> dated(String day, String month, String year, LocalDate today, boolean ahead) {
        if (year != null) {
            int y = Integer.parseInt(year);
            return date(y < 100 ? 2000 + y : y, Integer.parseInt(month), Integer.parseInt(day));
        }
        Optional<Range> thisYear = date(today.getYear(), Integer.parseInt(month), Integer.parseInt(day));
        if (thisYear.isEmpty()) {
            return thisYear;
        }
        LocalDate date = thisYear.get().from();
        if (!ahead && date.isAfter(today)) {
            date = date.minusYears(1);
        } else if (ahead && date.isBefore(today)) {
            date = date.plusYears(1);
        }
        return Range.day(date);
    }

    private static Optional<Range> lastDays(Matcher m, Language language, LocalDate today) {
        String number = m.group(1) != null ? m.group(1) : m.group(2);
        return NumberWords.value(number, language).filter(n -> n >= 1 && n <= 366)
                .map(n -> new Range(today.minusDays(n - 1L), today));
    }

    private static Optional<Range> month(int month, String year, LocalDate today, boolean ahead) {
        int y = year != null ? Integer.parseInt(year) : today.getYear();
        LocalDate first = LocalDate.of(y, month, 1);
        if (year == null && !ahead && first.isAfter(today)) {
            first = first.minusYears(1);
        } else if (year == null && ahead && first.plusMonths(1).isBefore(today)) {
            first = first.plusYears(1);
        }
        return Optional.of(new Range(first, first.with(TemporalAdjusters.lastDayOfMonth())));
    }

    private static Optional<Found> period(Words words, String text, LocalDate today, boolean ahead) {
        for (Map.Entry<Period, Pattern> entry : words.periods().entrySet()) {
            Matcher m = entry.getValue().matcher(text);
            if (m.find()) {
                Range range = range(entry.getKey(), today, ahead);
                return Optional.of(new Found(range.from(), range.to(), mask(text, m.start(), m.end())));
            }
        }
        return Optional.empty();
    }

    private static Range range(Period period, LocalDate today, boolean ahead) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (period) {
            case TODAY -> new Range(today, today);
            case YESTERDAY -> new Range(today.minusDays(1), today.minusDays(1));
            case TOMORROW -> new Range(today.plusDays(1), today.plusDays(1));
            case THIS_WEEK -> new Range(ahead ? today : monday, ahead ? monday.plusDays(6) : today);
            case LAST_WEEK -> new Range(monday.minusWeeks(1), monday.minusDays(1));
            case NEXT_WEEK -> new Range(monday.plusWeeks(1), monday.plusDays(13));
            case THIS_MONTH -> new Range(today.withDayOfMonth(1), ahead ? today.with(TemporalAdjusters.lastDayOfMonth()) : today);
            case LAST_MONTH -> new Range(today.minusMonths(1).withDayOfMonth(1),
                    today.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth()));
            case WEEKEND -> weekend(today, ahead);
        };
    }

    /** The coming weekend looking ahead; looking back, the one under way or the last one. */
    private static Range weekend(LocalDate today, boolean ahead) {
        if (today.getDayOfWeek() == DayOfWeek.SATURDAY || today.getDayOfWeek() == DayOfWeek.SUNDAY) {
            LocalDate saturday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            return ahead ? new Range(today, saturday.plusDays(1)) : new Range(saturday, today);
        }
        LocalDate saturday = ahead ? today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                : today.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        return new Range(saturday, saturday.plusDays(1));
    }

    private static Optional<Found> weekday(Words words, String text, LocalDate today, boolean ahead) {
        Matcher m = Pattern.compile("\\b(" + String.join("|", words.weekdays().keySet()) + ")s?\\b").matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        DayOfWeek day = words.weekdays().get(m.group(1));
        LocalDate date = ahead ? today.with(TemporalAdjusters.next(day)) : today.with(TemporalAdjusters.previousOrSame(day));
        return Optional.of(new Found(date, date, mask(text, m.start(), m.end())));
    }

    private static String mask(String text, int start, int end) {
        return text.substring(0, start) + " ".repeat(end - start) + text.substring(end);
    }
}
