package cloud.olympus.client.admin;

import cloud.olympus.client.OlympusClient;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The calls that run a business's people: its staff and their jobs (staff roles and what each adds
 * to its people's permissions), the planned shifts, and the time clocked, with corrections.
 */
public class WorkforceAdmin {

    private static final String BASE = "/api/v1/workforce";

    private final OlympusClient client;

    public WorkforceAdmin(OlympusClient client) {
        this.client = client;
    }

    /**
     * Someone on the staff: the user they log in as, their job, pay and places. {@code active} is the
     * profile's (false once retired); {@code userActive} false once their user was deactivated.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StaffMember(UUID id, UUID userId, String displayName, String email, String staffRole, BigDecimal hourlyRate,
                              List<UUID> locationIds, List<String> skills, boolean active, Boolean userActive) {
        public StaffMember {
            locationIds = locationIds == null ? List.of() : List.copyOf(locationIds);
            skills = skills == null ? List.of() : List.copyOf(skills);
            userActive = userActive == null || userActive;
        }

        /** Whether they may log in and work: their profile and their user are both active. */
        public boolean working() {
            return active && userActive;
        }

        /** The name to show: their display name, else their email. */
        public String name() {
            return displayName == null || displayName.isBlank() ? email : displayName;
        }
    }

    /** A job at the business and the permissions it adds to the roles of its people. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StaffRole(String code, String name, List<String> permissions) {
        public StaffRole {
            permissions = permissions == null ? List.of() : List.copyOf(permissions);
        }
    }

    /** A planned shift; {@code staffId} null while it is open for anyone with its staff role. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shift(UUID id, UUID locationId, UUID staffId, String staffRole, Instant startsAt, Instant endsAt,
                        int breakMinutes, UUID templateId, String note, boolean open) {
    }

    /** Time someone clocked, with what it counts for. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TimeEntry(UUID id, UUID staffId, UUID locationId, UUID shiftId, Instant clockIn, Instant clockOut,
                            long workedMinutes, long breakMinutes, long overtimeMinutes, boolean overtime, boolean corrected,
                            String source, boolean approved, Instant approvedAt, UUID approvedBy) {
    }

    /** What approving (or withdrawing the approval of) a person's days changed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Approval(UUID staffId, LocalDate from, LocalDate to, boolean approved, int changedEntries, int openEntries,
                           int leftEntries) {
    }

    /** What a new or changed staff profile says; null fields are left out (unchanged). */
    public record StaffDraft(UUID userId, String staffRole, BigDecimal hourlyRate, Boolean active) {
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            put(body, "user_id", userId);
            put(body, "staff_role", staffRole);
            put(body, "hourly_rate", hourlyRate);
            put(body, "active", active);
            return body;
        }
    }

    /** The staff, active ones only unless {@code includeInactive}. */
    public List<StaffMember> staff(boolean includeInactive) {
        return list(BASE + "/staff" + (includeInactive ? "?include_inactive=true" : ""), StaffMember.class);
    }

    public StaffMember addStaff(StaffDraft draft) {
        return client.json().treeToValue(client.post(BASE + "/staff", draft.body()), StaffMember.class);
    }

    public StaffMember changeStaff(UUID id, StaffDraft draft) {
        return client.json().treeToValue(client.patch(BASE + "/staff/" + id, draft.body()), StaffMember.class);
    }

    public List<StaffRole> roles() {
        return list(BASE + "/staff-roles", StaffRole.class);
    }

    /** Adds or changes a staff role; the permissions it adds take effect for its people within seconds. */
    public StaffRole putRole(String code, String name, List<String> permissions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("permissions", permissions);
        return client.json().treeToValue(client.put(BASE + "/staff-roles/" + encode(code), body), StaffRole.class);
    }

    /** Shifts overlapping {@code from} up to {@code to} (at most 93 days). */
    public List<Shift> shifts(Instant from, Instant to) {
        return list(BASE + "/shifts?from=" + encode(from.toString()) + "&to=" + encode(to.toString()), Shift.class);
    }

    /** Moves a shift to new times and, when {@code staffId} is given, to another person. */
    public Shift moveShift(UUID id, Instant startsAt, Instant endsAt, UUID staffId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("starts_at", startsAt);
        body.put("ends_at", endsAt);
        put(body, "staff_id", staffId);
        return client.json().treeToValue(client.patch(BASE + "/shifts/" + id, body), Shift.class);
    }

    /** A shift to plan: {@code staffId} null leaves it open for anyone with {@code staffRole} at {@code locationId}. */
    public record ShiftDraft(UUID locationId, UUID staffId, String staffRole, Instant startsAt, Instant endsAt) {
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            put(body, "location_id", locationId);
            put(body, "staff_id", staffId);
            put(body, "staff_role", staffRole);
            put(body, "starts_at", startsAt);
            put(body, "ends_at", endsAt);
            return body;
        }
    }

    /** Plans a shift; one for a person who already works part of its time is refused (409 on {@code starts_at}). */
    public Shift planShift(ShiftDraft draft) {
        return client.json().treeToValue(client.post(BASE + "/shifts", draft.body()), Shift.class);
    }

    /** Moves a shift to new times and takes its person off it: it is open for anyone with its job. */
    public Shift openShift(UUID id, Instant startsAt, Instant endsAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("starts_at", startsAt);
        body.put("ends_at", endsAt);
        body.put("open", true);
        return client.json().treeToValue(client.patch(BASE + "/shifts/" + id, body), Shift.class);
    }

    /** Removes a planned shift. */
    public void removeShift(UUID id) {
        client.delete(BASE + "/shifts/" + id);
    }

    /** Everyone's time entries clocked in from {@code from} up to {@code to}. */
    public List<TimeEntry> timeEntries(Instant from, Instant to) {
        return list(BASE + "/time-entries?from=" + encode(from.toString()) + "&to=" + encode(to.toString()), TimeEntry.class);
    }

    /** Corrects the clock-in and/or clock-out of an entry, saying why; nobody corrects their own. */
    public TimeEntry correct(UUID id, Instant clockIn, Instant clockOut, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "clock_in", clockIn);
        put(body, "clock_out", clockOut);
        body.put("reason", reason);
        return client.json().treeToValue(client.patch(BASE + "/time-entries/" + id, body), TimeEntry.class);
    }

    /**
     * Approves one person's closed time entries clocked in from {@code from} to {@code to} (days on the
     * business's clock, both included); approved entries are not corrected until the approval is withdrawn.
     */
    public Approval approve(UUID staffId, LocalDate from, LocalDate to) {
        return approval("approve", staffId, from, to, null);
    }

    /**
     * Approves, of one person's closed entries of those days, only {@code entries}: the ones shown to
     * the manager, not one closed since.
     */
    public Approval approve(UUID staffId, LocalDate from, LocalDate to, Collection<UUID> entries) {
        return approval("approve", staffId, from, to, entries);
    }

    /** Withdraws the approval of one person's entries of those days, so they may be corrected again. */
    public Approval unapprove(UUID staffId, LocalDate from, LocalDate to) {
        return approval("unapprove", staffId, from, to, null);
    }

    private Approval approval(String action, UUID staffId, LocalDate from, LocalDate to, Collection<UUID> entries) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("staff_id", staffId.toString());
        body.put("from", from.toString());
        body.put("to", to.toString());
        if (entries != null) {
            body.put("entry_ids", entries.stream().map(UUID::toString).toList());
        }
        return client.json().treeToValue(client.post(BASE + "/timesheets/" + action, body), Approval.class);
    }

    private <T> List<T> list(String path, Class<T> type) {
        JsonNode answer = client.get(path);
        return answer.get("data").valueStream().map(node -> client.json().treeToValue(node, type)).toList();
    }

    static void put(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
