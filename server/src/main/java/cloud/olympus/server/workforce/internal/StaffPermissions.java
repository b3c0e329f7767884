package cloud.olympus.server.workforce.internal;

import cloud.olympus.model.auth.Permission;
import cloud.olympus.server.auth.ExtraPermissions;
import cloud.olympus.server.shared.AfterCommit;
import cloud.olympus.server.shared.tenancy.TenantContext;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a person's staff role adds to their access roles, asked on every request: each answer is kept
 * for {@link #KEPT}; a change of a role or a profile on this instance forgets the answers it touches
 * at once (and again when it commits), one on another instance takes effect when the answer expires.
 * A staff role never carries owner-level permissions ({@link StaffRolePolicy}), and these are dropped
 * here too should the table hold any.
 */
@Component
public class StaffPermissions implements ExtraPermissions {

    static final Duration KEPT = Duration.ofSeconds(5);

    private record Key(UUID tenantId, UUID userId) {
    }

    private final StaffRepository staff;
    private final TransactionTemplate tx;
    private final Cache<Key, Set<Permission>> answers = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(KEPT).build();

    StaffPermissions(StaffRepository staff, TransactionTemplate tx) {
        this.staff = staff;
        this.tx = new TransactionTemplate(tx.getTransactionManager());
        this.tx.setReadOnly(true);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Set<Permission> of(UUID tenantId, UUID userId) {
        return answers.get(new Key(tenantId, userId), key -> TenantContext.callAs(tenantId, () -> {
            Set<Permission> found = tx.execute(s -> staff.permissionsOfUser(userId));
            found.removeAll(StaffRolePolicy.NEVER_GRANTED);
            return Set.copyOf(found);
        }));
    }

    /** Forgets what is known of a business's people, after one of its staff roles changed. */
    public void forgetTenant(UUID tenantId) {
        AfterCommit.forget(() -> answers.asMap().keySet().removeIf(k -> k.tenantId().equals(tenantId)));
    }

    /** Forgets what is known of one person, after their profile changed. */
    public void forget(UUID tenantId, UUID userId) {
        Key key = new Key(tenantId, userId);
        AfterCommit.forget(() -> answers.invalidate(key));
    }
}
