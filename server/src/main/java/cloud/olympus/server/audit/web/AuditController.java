package cloud.olympus.server.audit.web;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.audit.AuditEntry;
import cloud.olympus.server.audit.AuditFilter;
import cloud.olympus.server.audit.AuditTrail;
import cloud.olympus.server.auth.Requires;
import cloud.olympus.server.shared.web.ApiProblem;
import cloud.olympus.server.shared.web.Locations;
import cloud.olympus.server.shared.web.Page;
import cloud.olympus.server.shared.web.QueryIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import cloud.olympus.server.shared.domain.InputBounds;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The business's audit trail, for its owners and admins. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who did what sensitive thing, when, from which device, before and after")
public class AuditController {

    /** Actions and subject types are dotted lower-case words, such as {@code order.refunded}. */
    private static final Pattern NAME = Pattern.compile("[a-z_]{1,30}(\\.[a-z_]{1,30}){0,2}");

    private final AuditTrail trail;
    private final JsonMapper json;
    private final Locations locations;

    AuditController(AuditTrail trail, JsonMapper json, Locations locations) {
        this.locations = locations;
        this.trail = trail;
        this.json = json;
    }

    @Requires(Permission.AUDIT_VIEW)
    @GetMapping
    @Operation(summary = "Audit entries, newest first",
            description = "Logins and refused logins, refunds, cancellations, reviewed sales, stock adjustments, role "
                    + "and settings changes. Filters: action (such as order.refunded), actor (a user id), subject_type and subject (an "
                    + "id), from (inclusive) and to (exclusive) as ISO-8601 instants. Entries are never changed or removed. "
                    + "location_id: the business itself (default) or one of its locations, whose trail it is.")
    Page<EntryView> list(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
                         @RequestParam(name = "subject_type", required = false) String subjectType,
                         @RequestParam(required = false) String subject, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, @RequestParam(required = false) Integer limit,
                         @RequestParam(required = false) String cursor,
                         @RequestParam(name = "location_id", required = false) String locationId) {
        // A location's trail is its own tenant's: read as that tenant.
        return locations.callAt(QueryIds.optional(locationId, "location_id"),
                () -> page(action, actor, subjectType, subject, from, to, limit, cursor));
    }

    private Page<EntryView> page(String action, String actor, String subjectType, String subject, String from, String to,
                                 Integer limit, String cursor) {
        AuditFilter filter = new AuditFilter(name(action, "action"), id(actor, "actor"), name(subjectType, "subject_type"),
                id(subject, "subject"), instant(from, "from"), instant(to, "to"));
        int size = Page.limit(limit);
        String[] before = Page.decode(cursor).map(c -> c.split("\n", 2)).orElse(null);
        Instant beforeAt;
        UUID beforeId;
        try {
            beforeAt = before == null ? null : Instant.parse(before[0]);
            beforeId = before == null ? null : UUID.fromString(before[1]);
            if (beforeAt != null && InputBounds.instantProblem(beforeAt).isPresent()) {
                throw new IllegalArgumentException("cursor out of range");
            }
        } catch (RuntimeException e) {
            throw ApiProblem.invalid("cursor is not valid").with("field", "cursor");
        }
        List<AuditEntry> rows = trail.page(filter, beforeAt, beforeId, size + 1);
        return Page.of(rows, size, e -> e.occurredAt() + "\n" + e.id(), this::view);
    }

    private EntryView view(AuditEntry entry) {
        return new EntryView(entry.id(), entry.occurredAt(), entry.actorId(), entry.deviceId(), entry.action(),
                entry.subjectType(), entry.subjectId(), tree(entry.before()), tree(entry.after()), tree(entry.details()));
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }

    private static String name(String value, String field) {
        if (value == null) {
            return null;
        }
        if (!NAME.matcher(value).matches()) {
            throw ApiProblem.invalid(field + " is not a known name, such as order.refunded").with("field", field);
        }
        return value;
    }

    private static UUID id(String value, String field) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field + " must be an id").with("field", field);
        }
    }

    private static Instant instant(String value, String field) {
        return cloud.olympus.server.shared.web.QueryInstants.parse(value, field);
    }

    /** One audit entry; before, after and details are JSON objects (before and after null when they do not apply). */
    public record EntryView(UUID id, Instant occurredAt, UUID actorId, UUID deviceId, String action, String subjectType,
                            UUID subjectId, JsonNode before, JsonNode after, JsonNode details) {
    }
}
