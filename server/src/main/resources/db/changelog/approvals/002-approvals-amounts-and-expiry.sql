--liquibase formatted sql

--changeset olympus:approvals-amount-three-decimals
-- Amounts are asked for in the business's currency, some of which have three decimals: as the orders keep them.
ALTER TABLE approvals.requests ALTER COLUMN amount TYPE NUMERIC(14, 3);

--changeset olympus:approvals-expiring-tenants-now splitStatements:false
-- Which tenants have a pending request past its time is answered at the database's own time: a caller
-- cannot make the function look at another moment.
DROP FUNCTION IF EXISTS approvals.tenants_with_expired(TIMESTAMPTZ);
CREATE OR REPLACE FUNCTION approvals.tenants_with_expired() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT DISTINCT tenant_id FROM approvals.requests WHERE status = 'pending' AND expires_at <= now() $$;
REVOKE ALL ON FUNCTION approvals.tenants_with_expired() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION approvals.tenants_with_expired() TO olympus_app;
