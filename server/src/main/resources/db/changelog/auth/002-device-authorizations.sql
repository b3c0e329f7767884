--liquibase formatted sql

--changeset olympus:auth-device-authorizations
-- The device authorization grant (RFC 8628): a watch asks for a pair of codes, a logged-in person
-- of the same business approves the short user code, and the watch exchanges its device code for
-- a session of that person, once. Only the codes' SHA-256 is stored.
CREATE TABLE auth.device_authorizations (
    tenant_id         UUID NOT NULL REFERENCES platform.tenants (id),
    id                UUID NOT NULL DEFAULT gen_random_uuid(),
    device_code_hash  BYTEA NOT NULL,
    user_code_hash    BYTEA NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at        TIMESTAMPTZ NOT NULL,
    interval_seconds  INTEGER NOT NULL CHECK (interval_seconds BETWEEN 1 AND 300),
    last_polled_at    TIMESTAMPTZ,
    user_id           UUID,
    approved_at       TIMESTAMPTZ,
    denied_at         TIMESTAMPTZ,
    redeemed_at       TIMESTAMPTZ,
    user_agent        VARCHAR(255),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, device_code_hash),
    UNIQUE (tenant_id, user_code_hash),
    FOREIGN KEY (tenant_id, user_id) REFERENCES auth.users (tenant_id, id),
    CHECK (approved_at IS NULL OR denied_at IS NULL),
    CHECK (approved_at IS NULL OR user_id IS NOT NULL),
    CHECK (redeemed_at IS NULL OR approved_at IS NOT NULL)
);
CREATE INDEX idx_device_authorizations_expiry ON auth.device_authorizations (tenant_id, expires_at);

SELECT platform.isolate_by_tenant('auth.device_authorizations');
