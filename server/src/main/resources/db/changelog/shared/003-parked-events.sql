--liquibase formatted sql

-- Events a listener could not handle because of their data, kept with the reason for the
-- tenant's admins instead of being delivered again and again.
--changeset olympus:shared-parked-events
CREATE TABLE platform.parked_events (
    tenant_id   UUID NOT NULL,
    id          UUID NOT NULL,
    listener    VARCHAR(255) NOT NULL,
    event_type  VARCHAR(255) NOT NULL,
    payload     JSONB NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    parked_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX idx_parked_events_parked ON platform.parked_events (tenant_id, parked_at DESC);

SELECT platform.isolate_by_tenant('platform.parked_events');
