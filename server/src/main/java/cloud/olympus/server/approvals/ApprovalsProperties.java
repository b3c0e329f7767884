package cloud.olympus.server.approvals;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a request waits for a manager ({@code olympus.approvals.ttl}) and how often the requests
 * nobody decided are marked expired ({@code olympus.approvals.sweep-interval}).
 */
@ConfigurationProperties("olympus.approvals")
public record ApprovalsProperties(@DefaultValue("2m") Duration ttl, @DefaultValue("15s") Duration sweepInterval) {
}
