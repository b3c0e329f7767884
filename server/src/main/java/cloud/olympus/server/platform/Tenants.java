package cloud.olympus.server.platform;

import cloud.olympus.server.shared.domain.InvalidInput;
import cloud.olympus.server.shared.domain.Conflict;
import cloud.olympus.server.shared.domain.NotAllowed;
import cloud.olympus.model.tenant.TenantSlug;
import cloud.olympus.server.auth.NewUser;
import cloud.olympus.server.auth.UserAccounts;
import cloud.olympus.model.auth.Role;
import cloud.olympus.server.platform.internal.IndustryPresets;
import cloud.olympus.server.platform.internal.TenantRepository;
import cloud.olympus.server.platform.internal.TenantRules;
import cloud.olympus.server.shared.AfterCommit;
import cloud.olympus.server.shared.tenancy.TenantContext;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens, reads, changes and closes tenants. Each operation runs in the tenant's own context, so
 * row-level security checks it too: a business sees itself and its locations, never a sibling.
 */
@Service
public class Tenants {

    private final TenantRepository repository;
    private final UserAccounts users;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final List<CurrencyLock> currencyLocks;
    /** Settings are read on every order; a few seconds of staleness after a change elsewhere is fine. */
    private final Cache<UUID, TenantSettings> settings = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(10)).build();

    private final java.time.Clock clock;

    Tenants(TenantRepository repository, UserAccounts users, TransactionTemplate tx, ApplicationEventPublisher events,
            List<CurrencyLock> currencyLocks, java.time.Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.users = users;
        this.tx = tx;
        this.events = events;
        this.currencyLocks = currencyLocks;
    }

    /** The typed settings of a tenant, cached briefly. */
    public TenantSettings settingsOf(UUID tenantId) {
        // A closed location's data is still read (its reports, in its own business day), so its settings are too.
        return settings.get(tenantId, id -> TenantSettings.of(findOpenOrClosed(id).orElseThrow(() -> new TenantNotFound())));
    }

    /** Opens a tenant from its industry preset, with its first owner when one is given. */
    public Tenant provision(NewTenant request) {
        String slug = request.slug();
        TenantSlug.describeProblem(slug).ifPresent(problem -> {
            throw new InvalidInput(problem).field("slug");
        });
        Optional<Tenant> parent = request.parentId().map(this::requireOrganisation);
        if (parent.isEmpty() && request.owner().isEmpty()) {
            throw new InvalidInput("A new business needs its first owner").field("owner");
        }
        UUID id = UUID.randomUUID();
        Map<String, Object> settings = parent.map(Tenant::settings).orElseGet(() -> IndustryPresets.settings(request.industry(), request.slug()));
        Map<String, Object> features = parent.map(Tenant::features)
                .orElseGet(() -> IndustryPresets.features(request.industry(), request.tier()));
        Map<String, Object> branding = new LinkedHashMap<>(parent.map(Tenant::branding)
                .orElseGet(() -> IndustryPresets.branding(request.industry(), request.name())));
        if (parent.isEmpty()) {
            branding.put("app_name", request.name().length() <= 60 ? request.name() : request.name().substring(0, 60));
        }
        return TenantContext.callAs(id, () -> tx.execute(status -> {
            Tenant tenant;
            try {
                tenant = repository.insert(id, slug, request.name().trim(), request.industry(), request.tier(),
                        parent.map(Tenant::id).orElse(null), settings, features, branding);
            } catch (DuplicateKeyException e) {
                throw new Conflict("The slug '" + slug + "' is taken").field("slug");
            }
            request.owner().ifPresent(owner -> users.create(new NewUser(owner.email(), owner.password(), null,
                    owner.displayName(), Set.of(Role.OWNER), Map.of())));
            events.publishEvent(new TenantProvisioned(id, slug, request.industry(), tenant.parentId()));
            return tenant;
        }));
    }

    public Optional<UUID> resolveSlug(String slug) {
        return repository.resolveSlug(slug);
    }

    /** The tenant, open or closed (a closed location's data is still read), read in its own context. */
    public Optional<Tenant> findOpenOrClosed(UUID id) {
        return TenantContext.callAs(id, () -> tx.execute(status -> repository.findOpenOrClosed(id)));
    }

    /** The tenant, read in its own context. */
    public Optional<Tenant> find(UUID id) {
        return TenantContext.callAs(id, () -> tx.execute(status -> repository.find(id)));
    }

    /** The live locations of an organisation, read in the organisation's context. */
    public List<Tenant> locationsOf(UUID organisationId) {
        return TenantContext.callAs(organisationId, () -> tx.execute(status -> repository.locationsOf(organisationId)));
    }

    public boolean isLocationOf(UUID locationId, UUID organisationId) {
        return TenantContext.callAs(organisationId,
                () -> Boolean.TRUE.equals(tx.execute(status -> repository.isLocationOf(locationId, organisationId))));
    }

    /**
     * Whether the organisation's data at {@code locationId} may be read: an open location of it, or
     * one it closed (whose data stays). Nothing is written at a closed location.
     */
    public boolean isReadableLocationOf(UUID locationId, UUID organisationId) {
        return TenantContext.callAs(organisationId,
                () -> Boolean.TRUE.equals(tx.execute(status -> repository.isLocationOf(locationId, organisationId, true))));
    }

    /** Applies changes; settings, features and branding merge key by key and are validated. */
    public Tenant change(UUID id, TenantChanges changes) {
        return TenantContext.callAs(id, () -> tx.execute(status -> {
            Tenant current = repository.findForUpdate(id).orElseThrow(() -> new TenantNotFound());
            String name = changes.name().map(String::trim).orElse(current.name());
            if (name.isEmpty() || name.length() > 255) {
                throw new InvalidInput("name must be 1 to 255 characters").field("name");
            }
            Tenant changed = new Tenant(current.id(), current.slug(), name, current.industry(),
                    changes.tier().orElse(current.tier()), current.parentId(),
                    changes.settings().map(s -> TenantRules.mergeSettings(current.settings(), s)).orElse(current.settings()),
                    changes.features().map(f -> TenantRules.mergeFeatures(current.features(), f)).orElse(current.features()),
                    changes.branding().map(b -> TenantRules.mergeBranding(current.branding(), b)).orElse(current.branding()),
                    current.createdAt(), current.updatedAt());
            checkCurrencyChange(current.settings(), changed.settings());
            Tenant saved = repository.update(changed);
            AfterCommit.forget(() -> settings.invalidate(id));
            if (!java.util.Objects.equals(changed.settings(), current.settings())
                    || !java.util.Objects.equals(changed.branding(), current.branding())) {
                UUID changedBy = cloud.olympus.server.auth.CurrentCaller.find().map(cloud.olympus.server.auth.Caller::userId)
                        .orElse(null);
                events.publishEvent(new TenantSettingsChanged(id, current.settings(), changed.settings(), current.branding(),
                        changed.branding(), changedBy, clock.instant(),
                        cloud.olympus.server.auth.CurrentCaller.find().map(cloud.olympus.server.auth.Caller::deviceId).orElse(null)));
            }
            return saved;
        }));
    }

    /** A tenant switches currency only while nothing it recorded is in the old one. */
    private void checkCurrencyChange(Map<String, Object> before, Map<String, Object> after) {
        Object from = before.getOrDefault("currency", "USD");
        Object to = after.getOrDefault("currency", "USD");
        if (from.equals(to)) {
            return;
        }
        java.util.Currency currency = java.util.Currency.getInstance(to.toString());
        for (CurrencyLock lock : currencyLocks) {
            lock.objection(currency).ifPresent(reason -> {
                throw new Conflict("The currency cannot change from " + from + " to " + to + ": " + reason)
                        .field("settings.currency");
            });
        }
    }

    /**
     * Adds the settings a tenant's industry preset has and the tenant lacks (tenants opened
     * before a setting existed), leaving everything it has alone.
     */
    public Tenant adoptPresetDefaults(UUID id) {
        return TenantContext.callAs(id, () -> tx.execute(status -> {
            Tenant current = repository.findForUpdate(id).orElseThrow(() -> new TenantNotFound());
            Map<String, Object> merged = new LinkedHashMap<>(IndustryPresets.settings(current.industry(), current.slug()));
            merged.putAll(current.settings());
            if (merged.equals(current.settings())) {
                return current;
            }
            Tenant saved = repository.update(new Tenant(current.id(), current.slug(), current.name(), current.industry(),
                    current.tier(), current.parentId(), merged, current.features(), current.branding(), current.createdAt(),
                    current.updatedAt()));
            AfterCommit.forget(() -> settings.invalidate(id));
            return saved;
        }));
    }

    /** A location of an organisation, and whether it is open (a closed one cannot log in; its data stays). */
    public record Location(Tenant tenant, boolean open) {
    }

    /** The organisation's open locations and, when asked, its closed ones after them. */
    public List<Location> locationsOf(UUID organisationId, boolean closedToo) {
        return TenantContext.callAs(organisationId, () -> tx.execute(status -> {
            List<Location> all = new java.util.ArrayList<>();
            repository.locationsOf(organisationId).forEach(t -> all.add(new Location(t, true)));
            if (closedToo) {
                repository.closedLocationsOf(organisationId).forEach(t -> all.add(new Location(t, false)));
            }
            return all;
        }));
    }

    /**
     * Renames, closes or opens again a location of the organisation. Closing ends the sessions of
     * everyone logged in there; its data stays. Any id that is not one of the organisation's
     * locations is not found.
     */
    public Location changeLocation(UUID organisationId, UUID locationId, Optional<String> name, Optional<Boolean> open) {
        Optional<String> newName = name.map(String::trim);
        newName.ifPresent(n -> {
            if (n.isEmpty() || n.length() > 255 || n.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidInput("name must be 1 to 255 characters, without control characters").field("name");
            }
        });
        if (newName.isEmpty() && open.isEmpty()) {
            throw new InvalidInput("Give the location a new name, or say whether it is open");
        }
        Location changed = TenantContext.callAs(organisationId, () -> tx.execute(status -> {
            boolean wasOpen = repository.lockLocation(locationId, organisationId).orElseThrow(TenantNotFound::new);
            newName.ifPresent(n -> repository.rename(locationId, n));
            if (open.isPresent() && open.get() != wasOpen) {
                if (open.get()) {
                    requireMultiLocation(organisationId);
                    repository.reopen(locationId);
                } else {
                    repository.softDelete(locationId);
                    users.revokeAllSessionsOfLocation(organisationId, locationId);
                }
            }
            AfterCommit.forget(() -> settings.invalidate(locationId));
            Tenant now = repository.findOpenOrClosed(locationId).orElseThrow(TenantNotFound::new);
            return new Location(now, open.orElse(wasOpen));
        }));
        return changed;
    }

    /** Refuses a further open location to an organisation whose subscription has no multi_location feature. */
    public static void requireMultiLocation(Tenant organisation) {
        if (!Boolean.TRUE.equals(organisation.features().get("multi_location"))) {
            throw new NotAllowed("Your subscription does not include more than one location");
        }
    }

    private void requireMultiLocation(UUID organisationId) {
        requireMultiLocation(repository.find(organisationId).orElseThrow(TenantNotFound::new));
    }

    /** Closes a tenant: it can no longer log in and its sessions end. Its data stays. */
    public void close(UUID id) {
        TenantContext.runAs(id, () -> tx.executeWithoutResult(status -> {
            repository.findForUpdate(id).orElseThrow(() -> new TenantNotFound());
            if (repository.countLiveLocations(id) > 0) {
                throw new Conflict("Close the tenant's locations first");
            }
            repository.softDelete(id);
            users.revokeAllSessions();
        }));
    }

    private Tenant requireOrganisation(UUID parentId) {
        Tenant parent = find(parentId).orElseThrow(() ->
                new InvalidInput("parent_id names no tenant").field("parent_id"));
        if (parent.isLocation()) {
            throw new InvalidInput("A location cannot have locations of its own").field("parent_id");
        }
        return parent;
    }
}
