--liquibase formatted sql

--changeset olympus:platform-tenants
CREATE TABLE platform.tenants (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    slug        VARCHAR(255) UNIQUE NOT NULL,
    name        VARCHAR(255) NOT NULL,
    industry    VARCHAR(50)  NOT NULL CHECK (industry IN ('restaurant', 'retail', 'salon', 'hospitality')),
    tier        VARCHAR(50)  NOT NULL CHECK (tier IN ('starter', 'professional', 'enterprise')),
    parent_id   UUID REFERENCES platform.tenants (id),
    settings    JSONB NOT NULL DEFAULT '{}',
    features    JSONB NOT NULL DEFAULT '{}',
    branding    JSONB NOT NULL DEFAULT '{}',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted_at  TIMESTAMPTZ,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX idx_tenants_parent ON platform.tenants (parent_id) WHERE parent_id IS NOT NULL;

--changeset olympus:platform-tenants-rls
-- A tenant sees its own row and the rows of its locations (children); a location does not see
-- its siblings. The owner policy lets the migration owner (and the one SECURITY DEFINER lookup
-- below) read tenants when the owner is not a superuser and FORCE applies to it; the
-- application role is never the owner.
ALTER TABLE platform.tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE platform.tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON platform.tenants
    USING (id = platform.current_tenant_id() OR parent_id = platform.current_tenant_id())
    WITH CHECK (id = platform.current_tenant_id() OR parent_id = platform.current_tenant_id());
CREATE POLICY owner_maintenance ON platform.tenants TO CURRENT_USER USING (true) WITH CHECK (true);

--changeset olympus:platform-resolve-tenant splitStatements:false
-- Login and idempotent provisioning must find a tenant by slug before any tenant is set. This
-- narrow function answers only the id of a live tenant, nothing else.
CREATE OR REPLACE FUNCTION platform.resolve_tenant(p_slug text) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT t.id FROM platform.tenants t WHERE t.slug = lower(p_slug) AND t.deleted_at IS NULL $$;

--changeset olympus:platform-resolve-tenant-grant
REVOKE ALL ON FUNCTION platform.resolve_tenant(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION platform.resolve_tenant(text) TO olympus_app;
GRANT EXECUTE ON FUNCTION platform.current_tenant_id() TO olympus_app;
