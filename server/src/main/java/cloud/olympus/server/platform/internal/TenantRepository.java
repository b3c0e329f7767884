package cloud.olympus.server.platform.internal;

import cloud.olympus.model.tenant.Industry;
import cloud.olympus.model.tenant.Tier;
import cloud.olympus.server.platform.Tenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tenant rows visible to the tenant in context: its own and its locations'. */
@Repository
public class TenantRepository {

    private static final String COLUMNS = """
            id, slug, name, industry, tier, parent_id, settings, features, branding, created_at, updated_at
            """;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TenantRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The live tenant with this slug, whoever is in context; null-safe for unknown slugs. */
    public Optional<UUID> resolveSlug(String slug) {
        return jdbc.sql("SELECT id FROM platform.resolve_tenant(:slug) AS id WHERE id IS NOT NULL")
                .param("slug", slug).query(UUID.class).optional();
    }

    public Optional<Tenant> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.tenants WHERE id = :id AND deleted_at IS NULL")
                .param("id", id).query(this::tenant).optional();
    }

    public Optional<Tenant> findForUpdate(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.tenants WHERE id = :id AND deleted_at IS NULL FOR UPDATE")
                .param("id", id).query(this::tenant).optional();
    }

    public boolean isLocationOf(UUID locationId, UUID organisationId) {
        return isLocationOf(locationId, organisationId, false);
    }

    /** Whether the location belongs to the live organisation: open, or closed too when {@code closedToo}. */
    public boolean isLocationOf(UUID locationId, UUID organisationId, boolean closedToo) {
        return jdbc.sql("""
                        SELECT count(*) FROM platform.tenants l JOIN platform.tenants o ON o.id = l.parent_id
                        WHERE l.id = :location AND o.id = :organisation
                          AND (l.deleted_at IS NULL OR :closedToo) AND o.deleted_at IS NULL
                        """)
                .param("location", locationId).param("organisation", organisationId).param("closedToo", closedToo)
                .query(Long.class).single() > 0;
    }

    public List<Tenant> locationsOf(UUID organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM platform.tenants
                        WHERE parent_id = :organisation AND deleted_at IS NULL ORDER BY name, slug
                        """)
                .param("organisation", organisationId).query(this::tenant).list();
    }

    public Tenant insert(UUID id, String slug, String name, Industry industry, Tier tier, UUID parentId,
                         Map<String, Object> settings, Map<String, Object> features, Map<String, Object> branding) {
        return jdbc.sql("""
                        INSERT INTO platform.tenants (id, slug, name, industry, tier, parent_id, settings, features, branding)
                        VALUES (:id, :slug, :name, :industry, :tier, :parent, CAST(:settings AS jsonb),
                                CAST(:features AS jsonb), CAST(:branding AS jsonb))
                        RETURNING\s""" + COLUMNS)
                .param("id", id).param("slug", slug).param("name", name)
                .param("industry", industry.wireName()).param("tier", tier.wireName()).param("parent", parentId)
                .param("settings", json.writeValueAsString(settings))
                .param("features", json.writeValueAsString(features))
                .param("branding", json.writeValueAsString(branding))
                .query(this::tenant).single();
    }

    public Tenant update(Tenant tenant) {
        return jdbc.sql("""
                        UPDATE platform.tenants
                           SET name = :name, tier = :tier, settings = CAST(:settings AS jsonb),
                               features = CAST(:features AS jsonb), branding = CAST(:branding AS jsonb), updated_at = now()
                         WHERE id = :id AND deleted_at IS NULL
                        RETURNING\s""" + COLUMNS)
                .param("id", tenant.id()).param("name", tenant.name()).param("tier", tenant.tier().wireName())
                .param("settings", json.writeValueAsString(tenant.settings()))
                .param("features", json.writeValueAsString(tenant.features()))
                .param("branding", json.writeValueAsString(tenant.branding()))
                .query(this::tenant).single();
    }

    /** The closed locations of an organisation, by name. */
    public List<Tenant> closedLocationsOf(UUID organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM platform.tenants
                        WHERE parent_id = :organisation AND deleted_at IS NOT NULL ORDER BY name, slug
                        """)
                .param("organisation", organisationId).query(this::tenant).list();
    }

    /**
     * Locks a location of the organisation, open or closed, and answers whether it is open; empty
     * when the id names no location of it.
     */
    public Optional<Boolean> lockLocation(UUID locationId, UUID organisationId) {
        return jdbc.sql("SELECT deleted_at IS NULL FROM platform.tenants WHERE id = :id AND parent_id = :organisation FOR UPDATE")
                .param("id", locationId).param("organisation", organisationId).query(Boolean.class).optional();
    }

    /** Renames a location, open or closed. */
    public void rename(UUID id, String name) {
        jdbc.sql("UPDATE platform.tenants SET name = :name, updated_at = now() WHERE id = :id")
                .param("id", id).param("name", name).update();
    }

    /** Opens a closed tenant again: it can log in once more. */
    public void reopen(UUID id) {
        jdbc.sql("UPDATE platform.tenants SET deleted_at = NULL, updated_at = now() WHERE id = :id AND deleted_at IS NOT NULL")
                .param("id", id).update();
    }

    /** The tenant, open or closed. */
    public Optional<Tenant> findOpenOrClosed(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.tenants WHERE id = :id")
                .param("id", id).query(this::tenant).optional();
    }

    public long countLiveLocations(UUID organisationId) {
        return jdbc.sql("SELECT count(*) FROM platform.tenants WHERE parent_id = :id AND deleted_at IS NULL")
                .param("id", organisationId).query(Long.class).single();
    }

    public void softDelete(UUID id) {
        jdbc.sql("UPDATE platform.tenants SET deleted_at = now(), updated_at = now() WHERE id = :id AND deleted_at IS NULL")
                .param("id", id).update();
    }

    private Tenant tenant(ResultSet rs, int row) throws SQLException {
        return new Tenant((UUID) rs.getObject("id"), rs.getString("slug"), rs.getString("name"),
                Industry.fromWireName(rs.getString("industry")).orElseThrow(),
                Tier.fromWireName(rs.getString("tier")).orElseThrow(), (UUID) rs.getObject("parent_id"),
                json.readValue(rs.getString("settings"), MAP), json.readValue(rs.getString("features"), MAP),
                json.readValue(rs.getString("branding"), MAP), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
