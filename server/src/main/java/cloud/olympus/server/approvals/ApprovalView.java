package cloud.olympus.server.approvals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A request for approval as the API and the live screens show it. */
public record ApprovalView(UUID id, String kind, String status, String summary, BigDecimal amount, UUID orderId,
                           Map<String, Object> details, UUID terminalId, PersonView requestedBy, Instant requestedAt,
                           Instant expiresAt, PersonView decidedBy, Instant decidedAt, String reason, Instant usedAt) {

    public record PersonView(UUID userId, String name) {
        public static PersonView of(Approval.Person person) {
            return person == null ? null : new PersonView(person.userId(), person.name());
        }
    }

    public static ApprovalView of(Approval a) {
        return new ApprovalView(a.id(), a.kind().wireName(), a.status().wireName(), a.summary(), a.amount(), a.orderId(),
                a.details(), a.terminalId(), PersonView.of(a.requestedBy()), a.requestedAt(), a.expiresAt(),
                PersonView.of(a.decidedBy()), a.decidedAt(), a.reason(), a.usedAt());
    }
}
