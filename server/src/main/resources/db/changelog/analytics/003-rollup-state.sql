--liquibase formatted sql

--changeset olympus:analytics-rollup-state
-- When each business's rollups were last counted again from its orders, and what that found. A
-- business without a row has never been rebuilt: its rollups may lack the orders written before the
-- rollups existed or without events (an imported past), and the start-up backfill rebuilds it once.
CREATE TABLE analytics.rollup_state (
    tenant_id        UUID PRIMARY KEY,
    rebuilt_at       TIMESTAMPTZ NOT NULL,
    orders_counted   INTEGER NOT NULL,
    refunds_counted  INTEGER NOT NULL,
    hours_counted    INTEGER NOT NULL
);
SELECT platform.isolate_by_tenant('analytics.rollup_state');
-- The owner reads every business's row (for the function below) even when row-level security is
-- forced on it; the application role still sees one tenant's.
CREATE POLICY owner_read ON analytics.rollup_state FOR SELECT TO CURRENT_USER USING (true);

--changeset olympus:analytics-never-rebuilt splitStatements:false
-- The start-up backfill walks the businesses whose rollups were never rebuilt, across all of them: a
-- narrow function of the owner that answers only those businesses' ids (organisations before their
-- locations, oldest first), as the application role sees one tenant at a time. Closed ones are left.
CREATE OR REPLACE FUNCTION analytics.never_rebuilt_tenants() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT t.id FROM platform.tenants t
       WHERE t.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM analytics.rollup_state s WHERE s.tenant_id = t.id)
       ORDER BY t.created_at, t.id $$;
REVOKE ALL ON FUNCTION analytics.never_rebuilt_tenants() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION analytics.never_rebuilt_tenants() TO olympus_app;
