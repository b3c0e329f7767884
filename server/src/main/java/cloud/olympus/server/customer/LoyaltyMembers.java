package cloud.olympus.server.customer;

import cloud.olympus.server.customer.internal.LoyaltyMembersRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many of the tenant in context's customers are in its loyalty scheme: they have a tier or points. */
@Service
public class LoyaltyMembers {

    private final LoyaltyMembersRepository repository;

    LoyaltyMembers(LoyaltyMembersRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }
}
