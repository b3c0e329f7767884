package cloud.olympus.desktop.console.staff;

import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.admin.WorkforceAdmin.TimeEntry;
import cloud.olympus.fx.forms.Background;
import cloud.olympus.fx.forms.FormState;
import cloud.olympus.fx.i18n.Phrase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The time clocked in a week, everyone's, and correcting an entry: a new clock-in or clock-out time
 * of day, with the reason the server requires (nobody corrects their own time: the server says so).
 * A manager approves the week shown, everyone's closed entries but their own, and withdraws the
 * approval of the selected person's week; an approved entry is corrected only once it is withdrawn.
 */
public final class TimesheetsViewModel {

    /** A time entry with the name of whose it is. */
    public record Row(TimeEntry entry, String name) {
    }

    private record Week(List<Row> rows, Map<UUID, UUID> userOfStaff) {
    }

    private final WorkforceAdmin workforce;
    private final WeekShown week;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Row> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty clockIn = new SimpleStringProperty("");
    private final StringProperty clockOut = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final FormState form;
    private final UUID me;
    private Map<UUID, UUID> userOfStaff = Map.of();

    /** {@code me}: the user looking, whose own time they do not approve. */
    public TimesheetsViewModel(WorkforceAdmin workforce, Background work, ZoneId zone, LocalDate today, UUID me) {
        this.workforce = workforce;
        this.me = me;
        this.form = new FormState(work);
        this.zone = zone;
        this.week = new WeekShown(zone, today);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The week shown. */
    public WeekShown week() {
        return week;
    }

    /** The week's entries, newest first. */
    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Row> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The clock-in time of day, HH:mm. */
    public StringProperty clockInProperty() {
        return clockIn;
    }

    /** The clock-out time of day, HH:mm; empty while still clocked in. */
    public StringProperty clockOutProperty() {
        return clockOut;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** Whether a call is under way, what it achieved and what was wrong. */
    public FormState form() {
        return form;
    }

    public void previousWeek() {
        week.turn(-1);
        load();
    }

    public void nextWeek() {
        week.turn(1);
        load();
    }

    public void load() {
        LocalDate shown = week.monday();
        Instant from = week.from();
        Instant to = week.to();
        form.run(() -> {
            Map<UUID, String> names = new HashMap<>();
            Map<UUID, UUID> users = new HashMap<>();
            workforce.staff(true).forEach(s -> {
                names.put(s.id(), s.name());
                users.put(s.id(), s.userId());
            });
            return new Week(workforce.timeEntries(from, to).stream().map(e -> new Row(e, names.getOrDefault(e.staffId(), "")))
                    .sorted(Comparator.comparing((Row r) -> r.entry().clockIn()).reversed()).toList(), users);
        }, loaded -> {
            if (shown.equals(week.monday())) {
                rows.setAll(loaded.rows());
                userOfStaff = loaded.userOfStaff();
                if (editing.get() != null) {
                    rows.stream().filter(r -> r.entry().id().equals(editing.get().entry().id())).findFirst()
                            .ifPresent(editing::set);
                }
            }
        });
    }

    /** Whether every closed entry of the week shown is approved (and there is one). */
    public boolean weekApproved() {
        List<Row> closed = rows.stream().filter(r -> r.entry().clockOut() != null).toList();
        return !closed.isEmpty() && closed.stream().allMatch(r -> r.entry().approved());
    }

    /**
     * Approves the week shown for everyone with closed entries not yet approved, but the person
     * looking: nobody approves their own time. Only the entries shown are approved: one closed since
     * the week was read waits for the manager to see it. The server approves one person at a time;
     * when one fails, those approved before stay approved: the week is read again and says who they are.
     */
    public void approveWeek() {
        LocalDate monday = week.monday();
        Map<UUID, String> people = new LinkedHashMap<>();
        Map<UUID, List<UUID>> shown = new HashMap<>();
        rows.stream().filter(r -> r.entry().clockOut() != null && !r.entry().approved())
                .filter(r -> !me.equals(userOfStaff.get(r.entry().staffId())))
                .forEach(r -> {
                    people.putIfAbsent(r.entry().staffId(), r.name());
                    shown.computeIfAbsent(r.entry().staffId(), k -> new ArrayList<>()).add(r.entry().id());
                });
        if (people.isEmpty()) {
            form.said(Phrase.of("console.staff.timesheets.nothing_to_approve"));
            return;
        }
        form.run(() -> {
            List<String> approved = new ArrayList<>();
            int entries = 0;
            for (Map.Entry<UUID, String> person : people.entrySet()) {
                try {
                    entries += workforce.approve(person.getKey(), monday, monday.plusDays(6), shown.get(person.getKey()))
                            .changedEntries();
                } catch (RuntimeException failure) {
                    return new Approved(approved, entries, failure);
                }
                approved.add(person.getValue());
            }
            return new Approved(approved, entries, null);
        }, done -> {
            load();
            if (done.failure() == null) {
                form.said(Phrase.of("console.staff.timesheets.approved_week", done.names().size(), done.entries()));
            } else {
                form.failed(done.failure(), done.names().isEmpty() ? Phrase.NONE
                        : Phrase.of("console.staff.timesheets.approved_some", String.join(", ", done.names()), done.entries()));
            }
        });
    }

    /** Whose week was approved, with how many entries, before {@code failure} (null: everyone's was). */
    private record Approved(List<String> names, int entries, RuntimeException failure) {
    }

    /** Withdraws the approval of the selected person's week shown, so their entries may be corrected. */
    public void unapproveSelected() {
        Row row = editing.get();
        if (row == null) {
            return;
        }
        LocalDate monday = week.monday();
        form.run(() -> workforce.unapprove(row.entry().staffId(), monday, monday.plusDays(6)), done -> {
            load();
            form.said(Phrase.of("console.staff.timesheets.unapproved", row.name()));
        });
    }

    /** Fills the correction form with an entry. */
    public void edit(Row row) {
        editing.set(row);
        clockIn.set(timeOf(row.entry().clockIn()));
        clockOut.set(row.entry().clockOut() == null ? "" : timeOf(row.entry().clockOut()));
        reason.set("");
        form.clear();
    }

    /** Sends the correction: the times on the entry's own day (a clock-out before the clock-in is the next day). */
    public void correct() {
        Row row = editing.get();
        if (row == null) {
            return;
        }
        LocalDate day = row.entry().clockIn().atZone(zone).toLocalDate();
        Instant in;
        Instant out = null;
        try {
            in = day.atTime(LocalTime.parse(clockIn.get().trim())).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            form.refuse("clock_in", Phrase.of("console.form.time"));
            return;
        }
        if (!clockOut.get().isBlank()) {
            try {
                ZonedDateTime end = day.atTime(LocalTime.parse(clockOut.get().trim())).atZone(zone);
                out = (end.toInstant().isAfter(in) ? end : end.plusDays(1)).toInstant();
            } catch (DateTimeParseException e) {
                form.refuse("clock_out", Phrase.of("console.form.time"));
                return;
            }
        }
        if (reason.get().isBlank()) {
            form.refuse("reason", Phrase.of("console.form.required"));
            return;
        }
        Instant newIn = in;
        Instant newOut = out;
        form.run(() -> workforce.correct(row.entry().id(), newIn, newOut, reason.get().trim()), corrected -> {
            Row updated = new Row(corrected, row.name());
            int at = rows.indexOf(row);
            if (at >= 0) {
                rows.set(at, updated);
            }
            editing.set(updated);
            form.said(Phrase.of("console.staff.timesheets.corrected", row.name()));
        });
    }

    private String timeOf(Instant at) {
        return at.atZone(zone).toLocalTime().withSecond(0).withNano(0).toString();
    }
}
