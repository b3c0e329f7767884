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

    AuditTrail(AuditRepository entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    /**
     * Adds an entry for the current tenant.
     *
     * @param before  the subject's state before, or null
     * @param after   the subject's state after, or null
     * @param details anything else worth knowing (amounts, reasons, the client's address)
     */
    @Transactional
    public void record(Instant occurredAt, UUID actorId, UUID deviceId, String action, String subjectType, UUID subjectId,
                       Map<String, ?> before, Map<String, ?> after, Map<String, ?> details) {
        entries.insert(TenantContext.require(), new AuditEntry(null, occurredAt, actorId, deviceId, action, subjectType,
                subjectId, text(before), text(after), details == null ? "{}" : json.writeValueAsString(details)));
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
