--liquibase formatted sql

--changeset olympus:approvals-requests
-- A till's request for a manager's approval (a refund, a discount over the limit), decided from afar
-- by someone who may decide, or left to expire. An approved request unlocks one action, once.
CREATE SCHEMA IF NOT EXISTS approvals;
CREATE TABLE approvals.requests (
    tenant_id       UUID NOT NULL,
    id              UUID NOT NULL,
    kind            VARCHAR(30) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    summary         VARCHAR(500) NOT NULL,
    amount          NUMERIC(14, 2),
    order_id        UUID,
    details         JSONB,
    terminal_id     UUID,
    requested_by    UUID NOT NULL,
    requester_name  VARCHAR(200) NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    decided_by      UUID,
    decider_name    VARCHAR(200),
    decided_at      TIMESTAMPTZ,
    reason          VARCHAR(500),
    used_at         TIMESTAMPTZ,
    used_for        VARCHAR(200),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX approvals_pending ON approvals.requests (tenant_id, expires_at) WHERE status = 'pending';
SELECT platform.isolate_by_tenant('approvals.requests');

--changeset olympus:approvals-owner-read
-- The owner reads pending requests of every business (for the function below) even when row-level
-- security is forced on it; the application role still sees one tenant's.
CREATE POLICY owner_read ON approvals.requests FOR SELECT TO CURRENT_USER USING (true);

--changeset olympus:approvals-expiring-tenants splitStatements:false
-- The sweep that expires requests nobody decided runs across all businesses: a narrow function of the
-- owner that answers only which tenants have a pending request past its time.
CREATE OR REPLACE FUNCTION approvals.tenants_with_expired(now_at TIMESTAMPTZ) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$ SELECT DISTINCT tenant_id FROM approvals.requests WHERE status = 'pending' AND expires_at <= now_at $$;
REVOKE ALL ON FUNCTION approvals.tenants_with_expired(TIMESTAMPTZ) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION approvals.tenants_with_expired(TIMESTAMPTZ) TO olympus_app;
