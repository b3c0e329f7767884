package cloud.olympus.server.audit;

import cloud.olympus.server.audit.internal.AuditRepository;
import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the current tenant's audit trail. Entries are only ever added. */
@Service
public class AuditTrail {

    private final AuditRepository entries;
    private final JsonMapper json;
    private final java.time.Clock clock;

    AuditTrail(AuditRepository entries, JsonMapper json, java.time.Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Adds an entry for the current tenant.
     *
     * @param occurredAt when the action happened; null for an event written before events carried
     *                   their time (still waiting in the registry after an upgrade): the time it is recorded
     * @param before  the subject's state before, or null
     * @param after   the subject's state after, or null
     * @param details anything else worth knowing (amounts, reasons, the client's address)
     */
    @Transactional
    public void record(Instant occurredAt, UUID actorId, UUID deviceId, String action, String subjectType, UUID subjectId,
                       Map<String, ?> before, Map<String, ?> after, Map<String, ?> details) {
        Instant at = occurredAt != null ? occurredAt : clock.instant();
        entries.insert(TenantContext.require(), new AuditEntry(null, at, actorId, deviceId, action, subjectType, subjectId,
                text(before), text(after), details == null ? "{}" : json.writeValueAsString(details)));
    }

    /** Entries newest first, those before the given one when paging. */
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditFilter filter, Instant beforeAt, UUID beforeId, int limit) {
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw new InvalidInput("from must be before to").field("from");
        }
        return entries.page(filter, beforeAt, beforeId, limit);
    }

    private String text(Map<String, ?> state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
