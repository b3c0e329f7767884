package cloud.olympus.server.auth;

import cloud.olympus.server.shared.domain.NotAllowed;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.model.auth.Role;
import cloud.olympus.server.auth.internal.LiveSessions;
import cloud.olympus.server.auth.internal.PasswordHasher;
import cloud.olympus.server.auth.internal.RefreshTokenRepository;
import cloud.olympus.server.auth.internal.UserRepository;
import cloud.olympus.server.shared.tenancy.TenantContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of the tenant in context. Guards the rules every way in must keep: emails are unique
 * per tenant and stored in lower case, nobody grants a role above their own, and a tenant never
 * loses its last active owner.
 */
@Service
public class UserAccounts {

    private final UserRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final LiveSessions liveSessions;
    private final PasswordHasher hasher;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    UserAccounts(UserRepository users, RefreshTokenRepository refreshTokens, LiveSessions liveSessions, PasswordHasher hasher,
                 ApplicationEventPublisher events, java.time.Clock clock) {
        this.clock = clock;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.liveSessions = liveSessions;
        this.hasher = hasher;
        this.events = events;
    }

    /**
     * Adds a user without checking who asks: for provisioning and seeding, not for requests. Without a
     * password (null) they cannot log in with one until an admin sets it; they may switch in on a till
     * with a PIN.
     */
    @Transactional
    public User create(NewUser user) {
        String email = normaliseEmail(user.email());
        if (users.emailTaken(email)) {
            throw new Conflict("A user with email " + email + " already exists").field("email");
        }
        return users.insert(TenantContext.require(), email, user.password() == null ? null : hasher.hash(user.password()), user.phone(),
                user.displayName(), user.roles(), user.metadata());
    }

    /** Adds a user on behalf of {@code caller}, who may grant only roles within their own. */
    @Transactional
    public User create(Caller caller, NewUser user) {
        requireMayGrant(caller, user.roles());
        return create(user);
    }

    @Transactional(readOnly = true)
    public Optional<User> find(UUID id) {
        return users.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<User> findByEmail(String email) {
        return users.findCredentials(normaliseEmail(email)).flatMap(c -> users.find(c.userId()));
    }

    @Transactional(readOnly = true)
    public List<User> page(String afterEmail, int limit) {
        return users.page(afterEmail, limit);
    }

    @Transactional
    public User update(Caller caller, UUID id, UserChanges changes) {
        User current = users.findForUpdate(id).orElseThrow(() -> new UserNotFound());
        requireMayManage(caller, current);
        Set<Role> roles = changes.roles().orElse(current.roles());
        if (changes.roles().isPresent()) {
            requireMayGrant(caller, roles);
            if (current.roles().contains(Role.OWNER) && !roles.contains(Role.OWNER)) {
                requireAnotherOwner(id);
            }
        }
        User changed = new User(current.id(), current.tenantId(), current.email(),
                changes.phone().orElse(current.phone()), changes.displayName().orElse(current.displayName()),
                roles, changes.metadata().orElse(current.metadata()), current.lastLogin(), current.createdAt(),
                current.updatedAt(), current.deactivatedAt());
        String hash = changes.password().map(hasher::hash).orElse(null);
        User saved = users.update(changed, hash);
        if (hash != null || !roles.equals(current.roles())) {
            // New password or other powers: sessions opened under the old ones end, access tokens included.
            liveSessions.forget(refreshTokens.revokeAllOf(id));
        }
        if (!roles.equals(current.roles())) {
            events.publishEvent(new UserRolesChanged(current.tenantId(), id, current.roles(), roles, caller.userId(),
                    clock.instant(), caller.deviceId()));
        }
        return saved;
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        User current = users.findForUpdate(id).orElseThrow(() -> new UserNotFound());
        requireMayManage(caller, current);
        if (current.roles().contains(Role.OWNER)) {
            requireAnotherOwner(id);
        }
        users.softDelete(id);
        liveSessions.forget(refreshTokens.revokeAllOf(id));
    }

    /**
     * Deactivates a user: they cannot log in by password, PIN or refresh token, their open sessions
     * end at once, and they leave the lists of who may switch in; what they did keeps their name.
     * Nobody deactivates themselves, only an owner deactivates an owner, and the last active owner
     * stays. Deactivating someone deactivated already changes nothing.
     */
    @Transactional
    public User deactivate(Caller caller, UUID id) {
        User current = users.findForUpdate(id).orElseThrow(() -> new UserNotFound());
        if (id.equals(caller.userId())) {
            throw new NotAllowed("Nobody deactivates themselves; ask another owner or admin").with("reason", "self");
        }
        requireMayManage(caller, current);
        if (!current.active()) {
            return current;
        }
        if (current.roles().contains(Role.OWNER)) {
            requireAnotherOwner(id);
        }
        User saved = users.setDeactivated(id, caller.userId());
        liveSessions.forget(refreshTokens.revokeAllOf(id));
        events.publishEvent(new UserActivationChanged(current.tenantId(), id, false, caller.userId(), clock.instant(),
                caller.deviceId()));
        return saved;
    }

    /** Lets a deactivated user log in again; an active one stays as they are. */
    @Transactional
    public User reactivate(Caller caller, UUID id) {
        User current = users.findForUpdate(id).orElseThrow(() -> new UserNotFound());
        requireMayManage(caller, current);
        if (current.active()) {
            return current;
        }
        User saved = users.setDeactivated(id, null);
        events.publishEvent(new UserActivationChanged(current.tenantId(), id, true, caller.userId(), clock.instant(),
                caller.deviceId()));
        return saved;
    }

    /** Ends every session of every user of the tenant in context, e.g. when the tenant closes. */
    @Transactional
    public void revokeAllSessions() {
        liveSessions.forget(refreshTokens.revokeAll());
    }

    /**
     * Ends every session of every user of a location of the organisation in context, in the
     * transaction under way: they end if, and when, that commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeAllSessionsOfLocation(UUID organisationId, UUID locationId) {
        liveSessions.forget(refreshTokens.revokeAllOf(locationId, organisationId));
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    private static void requireMayGrant(Caller caller, Set<Role> roles) {
        if (!caller.mayGrant(roles)) {
            throw new NotAllowed("Your role cannot grant " + roles.stream().map(Role::wireName).sorted().toList());
        }
    }

    private static void requireMayManage(Caller caller, User target) {
        if (target.roles().contains(Role.OWNER) && !caller.has(Role.OWNER)) {
            throw new NotAllowed("Only an owner can change, deactivate or remove an owner");
        }
    }

    /**
     * Refuses to take away the last active owner. Two owners demoted, removed or deactivated at once
     * take turns here (one lock per business), so the second counts what the first left.
     */
    private void requireAnotherOwner(UUID id) {
        users.lockOwners();
        if (users.countOtherActiveOwners(id) == 0) {
            throw new Conflict("A tenant must keep at least one active owner").with("reason", "last_owner");
        }
    }
}
