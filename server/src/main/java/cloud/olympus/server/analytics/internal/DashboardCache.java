package cloud.olympus.server.analytics.internal;

import cloud.olympus.server.analytics.Dashboard;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Dashboards already read, per scope and date, until a sale or refund of any tenant they cover has
 * been rolled up (or a minute has passed, for the people on shift and the stock).
 */
@Component
public class DashboardCache {

    private record Key(UUID scope, LocalDate date) {
    }

    private record Entry(Dashboard dashboard, Set<UUID> covers) {
    }

    private final Cache<Key, Entry> cache = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();
    private final AtomicLong changes = new AtomicLong();

    /** The dashboard of {@code scope} on {@code date}, read by {@code read} if not cached; it covers {@code covers}. */
    public Dashboard get(UUID scope, LocalDate date, Set<UUID> covers, Supplier<Dashboard> read) {
        long before = changes.get();
        Key key = new Key(scope, date);
        Dashboard dashboard = cache.get(key, k -> new Entry(read.get(), Set.copyOf(covers))).dashboard();
        if (changes.get() != before) {
            // Something was rolled up while this was read: the next read must not take it from here.
            cache.invalidate(key);
        }
        return dashboard;
    }

    /** Forgets every dashboard that covers the tenant: its own, and its organisation's. */
    public void invalidate(UUID tenant) {
        changes.incrementAndGet();
        cache.asMap().values().removeIf(entry -> entry.covers().contains(tenant));
    }

    /** Forgets every dashboard. */
    public void clear() {
        cache.invalidateAll();
    }
}
