--liquibase formatted sql

-- Requests sent with an Idempotency-Key: the first answer is kept with the key, in the same
-- transaction as the work it describes, and replayed for any repeat of the key.
--changeset olympus:shared-idempotency-keys
CREATE TABLE platform.idempotency_keys (
    tenant_id     UUID NOT NULL,
    key           VARCHAR(255) NOT NULL,
    scope         VARCHAR(255) NOT NULL,
    request_hash  BYTEA NOT NULL,
    status        INTEGER,
    response      JSONB,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, key)
);
CREATE INDEX idx_idempotency_keys_created ON platform.idempotency_keys (created_at);

SELECT platform.isolate_by_tenant('platform.idempotency_keys');
