--liquibase formatted sql

--changeset olympus:audit-schema
CREATE SCHEMA IF NOT EXISTS audit;

--changeset olympus:audit-entries
-- Who did what, when, from which device, with the state before and after: one row per sensitive
-- action, written after the action committed. Append-only: the application role may read and add
-- rows and nothing else (see shared/999-grants.sql); a row once written stays as it was.
-- actor_id is null when nobody known acted (a failed login); device_id when no device is known.
CREATE TABLE audit.entries (
    tenant_id     UUID NOT NULL,
    id            UUID NOT NULL DEFAULT gen_random_uuid(),
    occurred_at   TIMESTAMPTZ NOT NULL,
    actor_id      UUID,
    device_id     UUID,
    action        VARCHAR(50) NOT NULL,
    subject_type  VARCHAR(30) NOT NULL,
    subject_id    UUID,
    before        JSONB,
    after         JSONB,
    details       JSONB NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX idx_audit_entries_occurred ON audit.entries (tenant_id, occurred_at DESC, id DESC);
CREATE INDEX idx_audit_entries_action ON audit.entries (tenant_id, action, occurred_at DESC);
CREATE INDEX idx_audit_entries_actor ON audit.entries (tenant_id, actor_id, occurred_at DESC) WHERE actor_id IS NOT NULL;
CREATE INDEX idx_audit_entries_subject ON audit.entries (tenant_id, subject_id, occurred_at DESC) WHERE subject_id IS NOT NULL;
SELECT platform.isolate_by_tenant('audit.entries');
