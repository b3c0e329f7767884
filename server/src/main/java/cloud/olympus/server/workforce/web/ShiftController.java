package cloud.olympus.server.workforce.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.workforce.Schedule;
import cloud.olympus.server.workforce.Shift;
import cloud.olympus.server.workforce.ShiftTemplate;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workforce")
public class ShiftController {

    private final Schedule schedule;

    ShiftController(Schedule schedule) {
        this.schedule = schedule;
    }

    @Requires(Permission.SCHEDULE_VIEW)
    @GetMapping("/shifts")
    @Operation(summary = "Shifts overlapping from..to", description = "from defaults to now, to to 7 days after from; at most "
            + "93 days. location_id, staff_id and open=true (only open shifts) narrow the list.")
    Map<String, List<ShiftView>> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                      @RequestParam(name = "location_id", required = false) String locationId,
                                      @RequestParam(name = "staff_id", required = false) String staffId,
                                      @RequestParam(required = false) Boolean open) {
        Instant start = Params.instant(from, "from", Instant.now());
        Instant end = Params.instant(to, "to", start.plus(Duration.ofDays(7)));
        return Map.of("data", schedule.list(start, end, Params.id(locationId, "location_id"), Params.id(staffId, "staff_id"),
                Boolean.TRUE.equals(open)).stream().map(ShiftView::of).toList());
    }

    @Requires(Permission.SCHEDULE_EDIT)
    @ProblemResponses(ProblemType.NOT_FOUND)
    @PostMapping("/shifts")
    @Operation(summary = "Plan a shift", description = "Without staff_id the shift is open for anyone with its staff role.")
    ResponseEntity<ShiftView> create(@Valid @RequestBody ShiftRequest body) {
        Shift shift = schedule.create(body.shift(null));
        return ResponseEntity.created(URI.create("/api/v1/workforce/shifts/" + shift.id())).body(ShiftView.of(shift));
    }

    @Requires(Permission.SCHEDULE_EDIT)
    @ProblemResponses(ProblemType.CONFLICT)
    @PatchMapping("/shifts/{id}")
    @Operation(summary = "Change a shift", description = "Fields left out stay as they are; open=true takes the person off it. "
            + "409 when its person already has another shift at the new time.")
    ShiftView update(@PathVariable UUID id, @Valid @RequestBody ShiftRequest body) {
        return ShiftView.of(schedule.update(id, body.shift(id), Boolean.TRUE.equals(body.open())));
    }

    @Requires(Permission.SCHEDULE_EDIT)
    @DeleteMapping("/shifts/{id}")
    @Operation(summary = "Remove a shift")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        schedule.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Requires(Permission.TIME_CLOCK)
    @ProblemResponses({ProblemType.CONFLICT, ProblemType.FORBIDDEN})
    @PostMapping("/shifts/{id}/claim")
    @Operation(summary = "Take an open shift", description = "For someone with the shift's staff role who works at its place; "
            + "409 when someone took it first.")
    ShiftView claim(@PathVariable UUID id) {
        return ShiftView.of(schedule.claim(id, CurrentCaller.get()));
    }

    @Requires(Permission.SCHEDULE_EDIT)
    @PostMapping("/shifts/copy-week")
    @Operation(summary = "Copy a place's week of shifts to another week", description = "Shifts starting in the 7 days from "
            + "from_week move to_week - from_week days (a whole number of weeks); a shift already there is not planned twice.")
    Map<String, Object> copyWeek(@Valid @RequestBody CopyWeekRequest body) {
        List<Shift> copied = schedule.copyWeek(Params.date(body.fromWeek(), "from_week"), Params.date(body.toWeek(), "to_week"),
                body.locationId());
        return Map.of("copied", copied.size(), "data", copied.stream().map(ShiftView::of).toList());
    }

    @Requires(Permission.SCHEDULE_VIEW)
    @GetMapping("/shift-templates")
    @Operation(summary = "The business's shift templates")
    Map<String, List<TemplateView>> templates() {
        return Map.of("data", schedule.templates().stream().map(TemplateView::of).toList());
    }

    @Requires(Permission.SCHEDULE_EDIT)
    @ProblemResponses(ProblemType.CONFLICT)
    @PostMapping("/shift-templates")
    @Operation(summary = "Add a shift template", description = "A template ending at or before its start ends the next day.")
    ResponseEntity<TemplateView> createTemplate(@Valid @RequestBody TemplateRequest body) {
        ShiftTemplate t = schedule.createTemplate(new ShiftTemplate(null, body.name(), body.locationId(), body.staffRole(),
                body.startTime(), body.endTime(), body.breakMinutes() == null ? 0 : body.breakMinutes()));
        return ResponseEntity.created(URI.create("/api/v1/workforce/shift-templates/" + t.id())).body(TemplateView.of(t));
    }

    @Requires(Permission.SCHEDULE_EDIT)
    @PostMapping("/shift-templates/{id}/apply")
    @Operation(summary = "Plan a shift from a template on a day", description = "Open, or for staff_id.")
    ResponseEntity<ShiftView> apply(@PathVariable UUID id, @Valid @RequestBody ApplyRequest body) {
        Shift shift = schedule.applyTemplate(id, Params.date(body.date(), "date"), body.staffId());
        return ResponseEntity.created(URI.create("/api/v1/workforce/shifts/" + shift.id())).body(ShiftView.of(shift));
    }

    public record ShiftRequest(UUID locationId, UUID staffId, @Size(max = 40) String staffRole, Instant startsAt, Instant endsAt,
                               Integer breakMinutes, @Size(max = 500) String note, Boolean open) {
        Shift shift(UUID id) {
            return new Shift(id, locationId, staffId, staffRole, startsAt, endsAt,
                    breakMinutes == null ? (id == null ? 0 : -1) : breakMinutes, null, note);
        }
    }

    public record CopyWeekRequest(@Size(max = 10) String fromWeek, @Size(max = 10) String toWeek, UUID locationId) {
    }

    public record TemplateRequest(@Size(max = 100) String name, UUID locationId, @Size(max = 40) String staffRole,
                                  LocalTime startTime, LocalTime endTime, Integer breakMinutes) {
    }

    public record ApplyRequest(@Size(max = 10) String date, UUID staffId) {
    }

    record ShiftView(UUID id, UUID locationId, UUID staffId, String staffRole, Instant startsAt, Instant endsAt, int breakMinutes,
                     UUID templateId, String note, boolean open) {
        static ShiftView of(Shift s) {
            return new ShiftView(s.id(), s.locationId(), s.staffId(), s.staffRole(), s.startsAt(), s.endsAt(), s.breakMinutes(),
                    s.templateId(), s.note(), s.isOpen());
        }
    }

    record TemplateView(UUID id, String name, UUID locationId, String staffRole, LocalTime startTime, LocalTime endTime,
                        int breakMinutes) {
        static TemplateView of(ShiftTemplate t) {
            return new TemplateView(t.id(), t.name(), t.locationId(), t.staffRole(), t.startTime(), t.endTime(), t.breakMinutes());
        }
    }
}
