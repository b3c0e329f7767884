--liquibase formatted sql

--changeset olympus:shared-schemas
CREATE SCHEMA IF NOT EXISTS platform;
CREATE SCHEMA IF NOT EXISTS auth;
CREATE SCHEMA IF NOT EXISTS commerce;
CREATE SCHEMA IF NOT EXISTS inventory;
CREATE SCHEMA IF NOT EXISTS customer;
CREATE SCHEMA IF NOT EXISTS workforce;
CREATE SCHEMA IF NOT EXISTS analytics;

--changeset olympus:shared-current-tenant splitStatements:false
-- The tenant of the current transaction, set by the application with
-- set_config('app.tenant_id', ?, true). A pooled connection that has used the setting once
-- answers '' rather than NULL, hence the nullif. No tenant set: NULL, and every policy denies.
CREATE OR REPLACE FUNCTION platform.current_tenant_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

--changeset olympus:shared-isolate-by-tenant splitStatements:false
-- Every tenant table is walled off the same way: row-level security, forced even on the owner,
-- with the one policy that shows and accepts only the rows of the transaction's tenant.
CREATE OR REPLACE FUNCTION platform.isolate_by_tenant(tbl regclass) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = platform.current_tenant_id()) '
                   'WITH CHECK (tenant_id = platform.current_tenant_id())', tbl);
END
$$;

--changeset olympus:shared-isolate-by-tenant-private
REVOKE ALL ON FUNCTION platform.isolate_by_tenant(regclass) FROM PUBLIC;
