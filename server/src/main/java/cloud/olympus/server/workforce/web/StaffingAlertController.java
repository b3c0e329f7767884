package cloud.olympus.server.workforce.web;

import cloud.olympus.model.alerts.Alert;
import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.CurrentCaller;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.domain.Input;
import cloud.olympus.server.shared.web.Page;
import cloud.olympus.server.shared.web.ProblemResponses;
import cloud.olympus.server.shared.web.ProblemType;
import cloud.olympus.server.workforce.StaffingAlert;
import cloud.olympus.server.workforce.StaffingAlerts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workforce/alerts")
@Tag(name = "Staffing alerts", description = "Hours with more orders than the people on shift can take")
public class StaffingAlertController {

    private final StaffingAlerts alerts;

    StaffingAlertController(StaffingAlerts alerts) {
        this.alerts = alerts;
    }

    @Requires(Permission.ALERT_VIEW)
    @GetMapping
    @Operation(summary = "Staffing alerts, newest first",
            description = "status: open (default: neither acknowledged nor over), acknowledged, or all. understaffed: an "
                    + "hour that closed with more orders per person clocked in than the business's orders_per_staff_hour, or "
                    + "orders and nobody clocked in; understaffed_planned: an hour of the next seven days whose expected "
                    + "orders (the average of the same weekday and hour over the last four weeks) exceed it for the people "
                    + "planned on shifts. Over by itself (resolved_at) when the hour is no longer short.")
    Page<AlertView> list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer limit,
                         @RequestParam(required = false) String cursor) {
        StaffingAlert.Status wanted = status == null ? StaffingAlert.Status.OPEN
                : Input.choice(StaffingAlert.Status.class, status, "status");
        int size = Page.limit(limit);
        Page.After after = Page.after(cursor).orElse(null);
        List<StaffingAlert> rows = alerts.page(wanted, after == null ? null : after.at(), after == null ? null : after.id(),
                size + 1);
        return Page.of(rows, size, a -> Page.timeAndId(a.raisedAt(), a.id()), a -> AlertView.of(a.toAlert()));
    }

    @Requires(Permission.ALERT_ACKNOWLEDGE)
    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "Acknowledge a staffing alert", description = "Managers. Acknowledging again keeps the first acknowledgement.")
    AlertView acknowledge(@PathVariable UUID id) {
        return AlertView.of(alerts.acknowledge(id, CurrentCaller.get().userId()).toAlert());
    }

    @Requires(Permission.ALERT_ACKNOWLEDGE)
    @PostMapping("/check")
    @ProblemResponses(ProblemType.NOT_FOUND)
    @Operation(summary = "Check a business day's staffing now",
            description = "Its closed hours against the orders and the time clock, its hours within the next seven days "
                    + "against the plan, as the regular check does; answers the day's staffing alerts of both kinds, in "
                    + "hour order. location_id: the business itself (default) or one of its locations.")
    Map<String, List<AlertView>> check(@Valid @RequestBody CheckRequest request) {
        return Map.of("data", alerts.checkDay(LabourInput.location(request.locationId()), LabourInput.date(request.date()))
                .stream().map(a -> AlertView.of(a.toAlert())).toList());
    }

    public record CheckRequest(@NotBlank @Size(max = 10) String date, @Size(max = 36) String locationId) {
    }

    /** An alert on the wire, in the shape every client reads alerts in. */
    record AlertView(UUID id, String kind, String severity, Alert.Subject subject, String messageKey, Map<String, Object> arguments,
                     Instant raisedAt, Instant acknowledgedAt, UUID acknowledgedBy, Instant resolvedAt) {

        static AlertView of(Alert a) {
            return new AlertView(a.id(), a.kind(), a.severity().wireName(), a.subject(), a.messageKey(), a.arguments(),
                    a.raisedAt(), a.acknowledgedAt(), a.acknowledgedBy(), a.resolvedAt());
        }
    }
}
