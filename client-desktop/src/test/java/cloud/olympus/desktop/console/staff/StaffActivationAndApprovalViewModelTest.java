package cloud.olympus.desktop.console.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.olympus.client.admin.BusinessAdmin;
import cloud.olympus.client.admin.WorkforceAdmin;
import cloud.olympus.client.admin.WorkforceAdmin.StaffMember;
import cloud.olympus.client.api.OlympusApi;
import cloud.olympus.client.manager.ManagerApi;
import cloud.olympus.desktop.DemoServer;
import cloud.olympus.fx.forms.Background;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deactivating someone from the people tab and approving a week from the timesheets tab, against the
 * demo server, calls made in place of a background thread. What each test changes it puts back.
 */
class StaffActivationAndApprovalViewModelTest {

    private static final String TENANT = "harbor-hotel";

    private OlympusApi owner;
    private WorkforceAdmin workforce;
    private BusinessAdmin business;
    private ZoneId zone;
    private final Background inPlace = new Background(Runnable::run, Runnable::run);

    @BeforeEach
    void logIn() {
        owner = DemoServer.login(TENANT, "owner");
        workforce = new WorkforceAdmin(owner.client());
        business = new BusinessAdmin(owner.client());
        zone = new ManagerApi(owner).zone();
    }

    @Test
    void aDeactivatedPersonIsListedOnlyWithTheInactiveAndIsReactivated() {
        PeopleViewModel people = new PeopleViewModel(workforce, business, true, inPlace);
        people.load();
        StaffMember someone = people.shown().stream().filter(s -> !isDemoLogin(s) && !s.userId().equals(owner.session().userId()))
                .findFirst().orElseThrow();
        int listed = people.shown().size();
        people.edit(someone);
        people.askToDeactivate();
        assertThat(people.confirmingProperty().get()).isTrue();
        people.keep();
        assertThat(people.confirmingProperty().get()).isFalse();
        try {
            people.askToDeactivate();
            people.deactivate();
            assertThat(people.form().problemsProperty().get().isEmpty()).as(String.valueOf(people.form().problemsProperty().get()))
                    .isTrue();
            assertThat(people.form().statusProperty().get().key()).isEqualTo("console.staff.people.deactivated");
            assertThat(people.confirmingProperty().get()).isFalse();
            assertThat(people.shown()).extracting(StaffMember::id).doesNotContain(someone.id());
            assertThat(people.shown()).hasSize(listed - 1);
            assertThat(people.editingProperty().get().userActive()).isFalse();
            assertThat(workforce.staff(false)).extracting(StaffMember::id).doesNotContain(someone.id());
            assertThat(activeOf(someone.userId())).isFalse();

            people.showInactiveProperty().set(true);
            assertThat(people.shown()).extracting(StaffMember::id).contains(someone.id());
            people.showInactiveProperty().set(false);
            assertThat(people.shown()).extracting(StaffMember::id).doesNotContain(someone.id());

            people.reactivate();
            assertThat(people.form().statusProperty().get().key()).isEqualTo("console.staff.people.reactivated");
            assertThat(people.shown()).extracting(StaffMember::id).contains(someone.id());
            assertThat(activeOf(someone.userId())).isTrue();
        } finally {
            business.reactivateUser(someone.userId());
        }
    }

    @Test
    void nobodyDeactivatesThemselvesAndTheServerSaysSo() {
        PeopleViewModel people = new PeopleViewModel(workforce, business, true, inPlace);
        people.load();
        people.staff().stream().filter(s -> s.userId().equals(owner.session().userId())).findFirst().ifPresent(me -> {
            people.edit(me);
            people.deactivate();
            assertThat(people.form().problemsProperty().get().isEmpty()).isFalse();
            assertThat(activeOf(me.userId())).isTrue();
        });
        PeopleViewModel manager = new PeopleViewModel(workforce, business, false, inPlace);
        manager.load();
        manager.edit(people.staff().get(0));
        manager.deactivate();
        assertThat(activeOf(people.staff().get(0).userId())).isTrue();
    }

    @Test
    void aWeekApprovedIsNotCorrectedUntilTheApprovalIsWithdrawn() {
        TimesheetsViewModel sheets = new TimesheetsViewModel(workforce, inPlace, zone, LocalDate.now(zone),
                owner.session().userId());
        sheets.load();
        if (sheets.rows().stream().noneMatch(r -> r.entry().clockOut() != null)) {
            sheets.previousWeek();
        }
        assertThat(sheets.rows()).as(String.valueOf(sheets.form().problemsProperty().get()))
                .anyMatch(r -> r.entry().clockOut() != null);
        assertThat(sheets.weekApproved()).isFalse();
        LocalDate monday = sheets.week().monday();
        Set<UUID> people = sheets.rows().stream().map(r -> r.entry().staffId()).collect(Collectors.toSet());
        try {
            sheets.approveWeek();
            assertThat(sheets.form().problemsProperty().get().isEmpty()).as(String.valueOf(sheets.form().problemsProperty().get()))
                    .isTrue();
            assertThat(sheets.form().statusProperty().get().key()).isEqualTo("console.staff.timesheets.approved_week");
            assertThat(sheets.weekApproved()).isTrue();
            TimesheetsViewModel.Row row = sheets.rows().stream().filter(r -> r.entry().clockOut() != null).findFirst().orElseThrow();
            assertThat(row.entry().approved()).isTrue();
            assertThat(row.entry().approvedBy()).isEqualTo(owner.session().userId());

            sheets.approveWeek();
            assertThat(sheets.form().statusProperty().get().key()).isEqualTo("console.staff.timesheets.nothing_to_approve");

            sheets.edit(row);
            sheets.reasonProperty().set("Left later than clocked");
            sheets.correct();
            assertThat(sheets.form().problemsProperty().get().isEmpty()).isFalse();
            assertThat(sheets.editingProperty().get().entry().corrected()).isEqualTo(row.entry().corrected());

            sheets.unapproveSelected();
            assertThat(sheets.form().statusProperty().get().key()).isEqualTo("console.staff.timesheets.unapproved");
            assertThat(sheets.editingProperty().get().entry().approved()).isFalse();
            assertThat(sheets.weekApproved()).isFalse();
        } finally {
            for (UUID person : people) {
                workforce.unapprove(person, monday, monday.plusDays(6));
            }
        }
    }

    @Test
    void aWeekApprovedInPartIsReadAgainAndSaysWhoWasApproved() {
        java.util.List<UUID> asked = new java.util.ArrayList<>();
        java.util.Map<UUID, Set<UUID>> named = new java.util.HashMap<>();
        // The connection drops after the first person's week is approved.
        WorkforceAdmin dropping = new WorkforceAdmin(owner.client()) {
            @Override
            public Approval approve(UUID staffId, LocalDate from, LocalDate to, java.util.Collection<UUID> entries) {
                asked.add(staffId);
                named.put(staffId, Set.copyOf(entries));
                if (asked.size() > 1) {
                    throw new java.io.UncheckedIOException(new java.io.IOException("connection reset"));
                }
                return super.approve(staffId, from, to, entries);
            }
        };
        TimesheetsViewModel sheets = new TimesheetsViewModel(dropping, inPlace, zone, LocalDate.now(zone), owner.session().userId());
        sheets.load();
        for (int back = 0; back < 8 && waiting(sheets) < 2; back++) {
            sheets.previousWeek();
        }
        assertThat(waiting(sheets)).as("a week with two people's time to approve").isGreaterThanOrEqualTo(2);
        LocalDate monday = sheets.week().monday();
        java.util.Map<UUID, Set<UUID>> shown = sheets.rows().stream().filter(r -> r.entry().clockOut() != null && !r.entry().approved())
                .collect(Collectors.groupingBy(r -> r.entry().staffId(), Collectors.mapping(r -> r.entry().id(), Collectors.toSet())));
        try {
            sheets.approveWeek();
            assertThat(asked).hasSize(2);
            assertThat(named).as("each person's entries shown, and only those, are sent").allSatisfy((staff, entries) ->
                    assertThat(entries).isEqualTo(shown.get(staff)));
            String first = sheets.rows().stream().filter(r -> r.entry().staffId().equals(asked.get(0))).findFirst().orElseThrow().name();
            assertThat(sheets.form().problemsProperty().get().isEmpty()).as("the failure is said").isFalse();
            assertThat(sheets.form().statusProperty().get().key()).isEqualTo("console.staff.timesheets.approved_some");
            assertThat(sheets.form().statusProperty().get().args().get(0)).isEqualTo(first);
            assertThat(sheets.rows()).as("read again: the first person's week shows approved")
                    .filteredOn(r -> r.entry().staffId().equals(asked.get(0)) && r.entry().clockOut() != null)
                    .isNotEmpty().allMatch(r -> r.entry().approved());
            assertThat(sheets.rows()).filteredOn(r -> r.entry().staffId().equals(asked.get(1)) && r.entry().clockOut() != null)
                    .isNotEmpty().noneMatch(r -> r.entry().approved());
        } finally {
            workforce.unapprove(asked.get(0), monday, monday.plusDays(6));
        }
    }

    /** How many people, the owner aside, have closed entries not yet approved in the week shown. */
    private long waiting(TimesheetsViewModel sheets) {
        return sheets.rows().stream().filter(r -> r.entry().clockOut() != null && !r.entry().approved())
                .map(r -> r.entry().staffId()).distinct()
                .filter(staff -> workforce.staff(true).stream().noneMatch(m -> m.id().equals(staff)
                        && owner.session().userId().equals(m.userId())))
                .count();
    }

    private boolean activeOf(UUID userId) {
        return business.users(100, null).users().stream().filter(u -> u.id().equals(userId)).findFirst().orElseThrow().active();
    }

    /** The demo's own logins, which other tests use. */
    private static boolean isDemoLogin(StaffMember s) {
        return s.email() != null && (s.email().startsWith("owner@") || s.email().startsWith("manager@")
                || s.email().startsWith("cashier@"));
    }
}
