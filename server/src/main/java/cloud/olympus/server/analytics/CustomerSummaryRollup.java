package cloud.olympus.server.analytics;

import java.time.LocalDate;
import java.util.UUID;

/** A known customer's first and last day of buying something, and on how many days they did. */
public record CustomerSummaryRollup(UUID customerId, LocalDate firstDay, LocalDate lastDay, long visits) {
}
