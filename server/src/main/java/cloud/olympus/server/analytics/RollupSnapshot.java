package cloud.olympus.server.analytics;

import java.util.List;

/** Every rollup of one tenant, each in its key order: what a rebuild must reproduce exactly. */
public record RollupSnapshot(List<HourRollup> hours, List<ProductRollup> products, List<PaymentRollup> payments,
                             List<CustomerDayRollup> customers, List<CustomerSummaryRollup> customerSummaries) {
}
